"""Users and their bearer tokens: a token is shown once, only its SHA-256 is stored."""

from __future__ import annotations

import hashlib
import secrets

from sqlmodel import Session, select

from agent.ledger import audit
from agent.ledger.errors import ValidationFailed
from agent.ledger.models import ApiToken, Role, User, utcnow

TOKEN_PREFIX = "arb_"


def hash_token(token: str) -> str:
    """Return the stored form of a token."""
    return hashlib.sha256(token.encode()).hexdigest()


def create_user(*, session: Session, name: str, role: Role, actor: str = "cli") -> tuple[User, str]:
    """Create a user with a first API token; return the user and the token (shown once)."""
    name = name.strip()
    if not name or len(name) > 100:
        raise ValidationFailed("a user name must be 1 to 100 characters")
    if session.exec(select(User).where(User.name == name)).first() is not None:
        raise ValidationFailed(f"user {name!r} already exists")
    user = User(name=name, role=role)
    session.add(user)
    session.flush()
    token = issue_token(session=session, user=user)
    audit.record(session=session, actor=actor, action="user.created", entity="user", entity_id=user.id,
                 details={"name": name, "role": role.value})
    return user, token


def issue_token(*, session: Session, user: User) -> str:
    """Create a new API token for the user and return it; only its hash is kept."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=hash_token(token)))  # type: ignore[arg-type]
    return token


def user_for_token(*, session: Session, token: str) -> User | None:
    """Return the active user a valid, unrevoked token belongs to, else None."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    row = session.exec(
        select(ApiToken, User).join(User, User.id == ApiToken.user_id)  # type: ignore[arg-type]
        .where(ApiToken.token_hash == hash_token(token), ApiToken.revoked == False)  # noqa: E712
    ).first()
    if row is None or not row[1].active:
        return None
    api_token, user = row
    api_token.last_used_at = utcnow()
    return user


def get_user_by_name(*, session: Session, name: str) -> User | None:
    """Return the user with this name, or None."""
    return session.exec(select(User).where(User.name == name)).first()
