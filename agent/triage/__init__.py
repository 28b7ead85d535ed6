"""Triage: what a customer's reply means (intent) and says (facts)."""
