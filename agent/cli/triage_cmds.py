"""Commands for triage: triage FILE.eml and eval DIR."""

from agent.cli.app import app  # noqa: F401
