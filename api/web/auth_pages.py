"""Log in and out of the web pages."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from agent.ledger.passwords import authenticate
from api.deps import SessionDep
from api.web import session as web_session
from api.web.render import redirect, render

log = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)


def safe_next(target: str | None) -> str:
    """Return a local path to go to after login (never another site)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login")
def login_page(request: Request, next: str | None = None) -> Response:  # noqa: A002 - query name
    """The login form."""
    web_session.web_session(request)
    return render(request, "login.html", title="Log in", next=safe_next(next), error=None, name="")


@router.post("/login", dependencies=[web_session.CsrfDep])
def login(request: Request, db: SessionDep, name: Annotated[str, Form(max_length=100)] = "",
          password: Annotated[str, Form(max_length=1000)] = "",
          next: Annotated[str, Form()] = "/") -> Response:  # noqa: A002
    """Check name and password; start a session or show the form again."""
    user = authenticate(session=db, name=name, password=password)
    if user is None or user.id is None:
        log.info("web login failed for name=%r", name[:100])
        return render(request, "login.html", status_code=401, title="Log in", next=safe_next(next),
                      error="Wrong name or password.", name=name)
    web_session.log_in(request, user_id=user.id, password_hash=user.password_hash)
    log.info("web login user=%s", user.name)
    return redirect(request, safe_next(next))


@router.post("/logout", dependencies=[web_session.CsrfDep])
def logout(request: Request) -> Response:
    """End the session."""
    web_session.log_out(request)
    return redirect(request, "/login")
