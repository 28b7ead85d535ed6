"""The ledger: tables and keyword-only services. No langchain, fastapi or imapclient here."""
