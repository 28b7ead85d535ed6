"""The ledger's exceptions: a small hierarchy that each boundary translates."""


class LedgerError(Exception):
    """Base of every error the ledger services raise on purpose."""


class NotFound(LedgerError):
    """The record does not exist (or is not the caller's to see)."""


class ValidationFailed(LedgerError):
    """Input broke a rule; the message says which and where."""


class ForeignCustomer(LedgerError):
    """A record of another customer was asked for by code bound to one customer."""
