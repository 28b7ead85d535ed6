"""Rendering of documents from ledger data (PDF); no ledger logic lives here."""
