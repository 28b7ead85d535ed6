"""arbot: an open-source collections agent for accounts-receivable teams."""

__version__ = "0.1.0"
