"""Commands for mail: the worker (run) and the ingested messages (messages)."""

from agent.cli.app import app  # noqa: F401
