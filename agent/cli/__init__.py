"""The `arbot` command line. Each area registers its commands on the shared app."""

from agent.cli import dunning_cmds, ledger_cmds, mail_cmds, serve_cmds, triage_cmds, web_cmds  # noqa: F401  (register commands)
from agent.cli.app import app


def main() -> None:
    """Run the arbot command line."""
    app()


__all__ = ["app", "main"]
