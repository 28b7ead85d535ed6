"""The browser session: a signed, HttpOnly, SameSite=Lax cookie holding the user and a CSRF token.

The cookie is `payload.signature` with payload = base64url(JSON) and signature = HMAC-SHA256 of
the payload under the app's secret key. It carries the user id, a per-session CSRF token, when
it was issued, and a fingerprint of the user's password hash, so that changing a password ends
every session of that user. Every POST form carries the CSRF token in a hidden field, and the
server compares it with the cookie's (a page on another site can neither read the cookie nor
the token).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Form, HTTPException, Request, Response

log = logging.getLogger(__name__)

COOKIE = "arbot_session"
MAX_AGE_SECONDS = 12 * 3600
SECRET_FILE = ".arbot-web-secret"


@dataclass
class WebSession:
    """What the cookie says; `dirty` when it must be (re)written on the response."""

    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    user_id: int | None = None
    password_mark: str | None = None
    issued: int = field(default_factory=lambda: int(time.time()))
    dirty: bool = True
    cleared: bool = False


def secret_key(settings: Any) -> bytes:
    """Return the signing key: settings.secret_key, else a random key kept in the data dir.

    The file makes sessions survive a restart; when it cannot be written, the key lives only
    as long as the process (people log in again after a restart).
    """
    configured = getattr(settings, "secret_key", None)
    if configured:
        return str(configured).encode()
    path = Path(settings.resolve(SECRET_FILE))
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        pass
    key = secrets.token_urlsafe(48).encode()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(key)
    except FileExistsError:
        return path.read_bytes().strip()
    except OSError as e:
        log.warning("web session key: cannot write %s (%s); sessions end on restart", path, e)
    return key


def _app_key(request: Request) -> bytes:
    """Return the app's signing key, read (or made) once per app rather than on every request."""
    key: bytes | None = getattr(request.app.state, "web_secret", None)
    if key is None:
        key = request.app.state.web_secret = secret_key(request.app.state.settings)
    return key


def password_mark(password_hash: str | None) -> str:
    """Return a short fingerprint of a password hash (changes when the password does)."""
    return hashlib.sha256((password_hash or "").encode()).hexdigest()[:16]


def _sign(key: bytes, payload: bytes) -> str:
    return base64.urlsafe_b64encode(hmac.new(key, payload, hashlib.sha256).digest()).decode().rstrip("=")


def encode(key: bytes, session: WebSession) -> str:
    """Return the cookie value for a session."""
    data = {"c": session.csrf, "u": session.user_id, "p": session.password_mark, "i": session.issued}
    payload = base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{payload}.{_sign(key, payload.encode())}"


def decode(key: bytes, value: str | None, *, now: float | None = None) -> WebSession | None:
    """Return the session in a cookie value, or None when unsigned, tampered with or expired."""
    if not value or value.count(".") != 1:
        return None
    payload, signature = value.split(".")
    if not hmac.compare_digest(_sign(key, payload.encode()), signature):
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        session = WebSession(csrf=str(data["c"]), user_id=data["u"], password_mark=data["p"],
                             issued=int(data["i"]), dirty=False)
    except (ValueError, KeyError, TypeError):
        return None
    if (now or time.time()) - session.issued > MAX_AGE_SECONDS:
        return None
    return session


def web_session(request: Request) -> WebSession:
    """Return this request's session (a fresh anonymous one when the cookie is missing or bad)."""
    if not hasattr(request.state, "web_session"):
        request.state.web_session = decode(_app_key(request), request.cookies.get(COOKIE)) or WebSession()
    session: WebSession = request.state.web_session
    return session


WebSessionDep = Annotated[WebSession, Depends(web_session)]


def save(request: Request, response: Response) -> Response:
    """Write the session cookie on the response when it changed."""
    session: WebSession | None = getattr(request.state, "web_session", None)
    if session is None:
        return response
    secure = request.url.scheme == "https"
    if session.cleared:
        response.delete_cookie(COOKIE, path="/", httponly=True, samesite="lax", secure=secure)
    elif session.dirty:
        response.set_cookie(COOKIE, encode(_app_key(request), session),
                            max_age=MAX_AGE_SECONDS, path="/", httponly=True, samesite="lax", secure=secure)
    return response


def log_in(request: Request, *, user_id: int, password_hash: str | None) -> WebSession:
    """Start a new session for the user (a new CSRF token too: no fixation)."""
    request.state.web_session = WebSession(user_id=user_id, password_mark=password_mark(password_hash))
    return request.state.web_session  # type: ignore[no-any-return]


def log_out(request: Request) -> None:
    """End the session: the cookie is deleted on the response."""
    request.state.web_session = WebSession(cleared=True)


def check_csrf(session: WebSessionDep, csrf_token: Annotated[str, Form()] = "") -> None:
    """Refuse (403) a POST whose form lacks this session's CSRF token."""
    if not csrf_token or session.dirty or not hmac.compare_digest(csrf_token, session.csrf):
        raise HTTPException(status_code=403, detail="missing or wrong CSRF token; reload the page")


CsrfDep = Depends(check_csrf)
