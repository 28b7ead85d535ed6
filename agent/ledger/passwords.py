"""Web login passwords: scrypt with a random salt per user, stored in User.password_hash."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from sqlmodel import Session

from agent.ledger import audit
from agent.ledger.errors import NotFound, ValidationFailed
from agent.ledger.models import User
from agent.ledger.users import get_user_by_name

# scrypt cost: 32 MiB of memory per check, about 0.15 s here: slow for a guesser, quick
# enough for a login. The parameters are stored with each hash, so they can rise later.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_LENGTH = 8
_DUMMY_HASH: str | None = None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """Return the stored form "scrypt$N$r$p$salt$hash" of a password."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            maxmem=64 * 1024 * 1024, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str | None) -> bool:
    """Tell whether the password matches the stored hash (in constant time)."""
    global _DUMMY_HASH
    if not stored:
        # Spend the same time as a real check, so a missing user does not answer faster.
        _DUMMY_HASH = _DUMMY_HASH or hash_password("not a password")
        stored, password = _DUMMY_HASH, password + "x"
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n),
                                r=int(r), p=int(p), maxmem=64 * 1024 * 1024, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def set_password(*, session: Session, name: str, password: str, actor: str = "cli") -> User:
    """Set a user's web password; raise NotFound or ValidationFailed (too short)."""
    user = get_user_by_name(session=session, name=name)
    if user is None:
        raise NotFound(f"user {name!r} not found")
    if len(password) < MIN_LENGTH:
        raise ValidationFailed(f"a password needs at least {MIN_LENGTH} characters")
    user.password_hash = hash_password(password)
    session.add(user)
    audit.record(session=session, actor=actor, action="user.password_set", entity="user", entity_id=user.id)
    return user


def authenticate(*, session: Session, name: str, password: str) -> User | None:
    """Return the active user with this name and password, else None."""
    user = get_user_by_name(session=session, name=name.strip())
    ok = verify_password(password, user.password_hash if user is not None else None)
    if user is None or not ok or not user.active:
        return None
    return user
