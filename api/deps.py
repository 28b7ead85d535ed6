"""Request dependencies: a database session per request, and the authenticated user."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

from agent.db import session_scope
from agent.ledger.models import Role, User
from agent.ledger.users import user_for_token

_bearer = HTTPBearer(auto_error=False, description="An API token from `arbot user add`.")


def get_session(request: Request) -> Iterator[Session]:
    """Yield a session that commits when the request succeeds."""
    with session_scope(request.app.state.engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def current_user(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    """Return the user behind the bearer token, or answer 401."""
    user = user_for_token(session=session, token=credentials.credentials) if credentials else None
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="missing or invalid bearer token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


UserDep = Annotated[User, Depends(current_user)]


def manager(user: UserDep) -> User:
    """Return the user if a manager, else answer 403."""
    if user.role != Role.MANAGER:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="managers only")
    return user


ManagerDep = Annotated[User, Depends(manager)]
