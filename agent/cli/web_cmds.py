"""`arbot user passwd NAME`: set the password a user logs in with on the web pages."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from agent.cli.app import err_console, fail, load_settings, open_engine, user_app
from agent.db import session_scope
from agent.ledger.errors import LedgerError
from agent.ledger.passwords import set_password


@user_app.command("passwd")
def user_passwd_cmd(
    name: Annotated[str, typer.Argument(help="The user's login name.")],
    password_env: Annotated[str | None, typer.Option(
        "--password-env", metavar="VAR",
        help="Read the password from this environment variable instead of asking (for scripts).")] = None,
) -> None:
    """Set a user's web password (asked twice, never echoed; stored as a salted scrypt hash)."""
    if password_env:
        password = os.environ.get(password_env)
        if not password:
            raise fail(f"environment variable {password_env} is empty or unset", 2)
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    settings = load_settings()
    with open_engine(settings) as engine:
        try:
            with session_scope(engine) as session:
                set_password(session=session, name=name, password=password, actor="cli")
        except LedgerError as e:
            raise fail(str(e)) from None
    err_console.print(f"password set for {name!r}; log in at /login")
