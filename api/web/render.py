"""Templates (autoescaped, strict), security headers, and the logged-in user for pages."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from babel.numbers import format_currency
from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from agent.ledger.models import Role, User
from api.deps import SessionDep
from api.web import session as web_session

TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "templates"
STATIC_DIR = Path(__file__).resolve().parents[1] / "static"

# No inline script or style anywhere: the one script is /static/app.js. Customer email is
# escaped by Jinja; this header is the second wall should an escape ever be missed.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def money(amount: Any, currency: str | None) -> str:
    """Format an amount with its currency ("$4,200.00", "€900.00"); blank when unknown."""
    if amount is None or amount == "":
        return ""
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        return str(amount)
    if not currency:
        return f"{value:,.2f}"
    try:
        return format_currency(value, currency, locale="en_US")
    except (ValueError, KeyError):
        return f"{value:,.2f} {currency}"


def age(moment: datetime | None, now: datetime | None = None) -> str:
    """Return how long ago: "5 min", "3 h", "2 d"."""
    if moment is None:
        return ""
    seconds = ((now or datetime.now(UTC)) - moment).total_seconds()
    if seconds < 3600:
        return f"{max(int(seconds // 60), 0)} min"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} d"


def when(moment: datetime | date | str | None) -> str:
    """Return a date or instant as "2026-11-20 14:05 UTC" or "2026-11-20"."""
    if moment is None or moment == "":
        return ""
    if isinstance(moment, datetime):
        return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return str(moment)


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES_DIR), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(money=money, age=age, when=when)
    return env


templates = Jinja2Templates(env=_environment())


def render(request: Request, template: str, *, status_code: int = 200, user: User | None = None,
           **context: Any) -> HTMLResponse:
    """Render a page with the session's CSRF token and the security headers."""
    session = web_session.web_session(request)
    response = templates.TemplateResponse(
        request, template, {"user": user, "csrf_token": session.csrf, "is_manager": _is_manager(user),
                        **context},
        status_code=status_code, headers=SECURITY_HEADERS)
    return web_session.save(request, response)  # type: ignore[return-value]


def redirect(request: Request, url: str) -> Response:
    """Answer 303 See Other (a POST's result is a GET), keeping the cookie current."""
    return web_session.save(request, RedirectResponse(url, status_code=303, headers=SECURITY_HEADERS))


def _is_manager(user: User | None) -> bool:
    return user is not None and user.role == Role.MANAGER


def page_user(request: Request, db: SessionDep, session: web_session.WebSessionDep) -> User:
    """Return the logged-in user, or send the browser to /login (303)."""
    user = db.get(User, session.user_id) if session.user_id is not None else None
    if user is None or not user.active or web_session.password_mark(user.password_hash) != session.password_mark:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise HTTPException(status_code=303, detail="log in first",
                            headers={"Location": f"/login?next={quote(target, safe='')}"})
    return user


PageUserDep = Annotated[User, Depends(page_user)]


def forbidden(request: Request, user: User, message: str) -> HTMLResponse:
    """Render the 403 page."""
    return render(request, "error.html", status_code=403, user=user, title="Not allowed", message=message)
