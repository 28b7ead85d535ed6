"""Shared fixtures: a migrated database on SQLite and on PostgreSQL, settings built in code."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from agent.config import Settings
from agent.db import make_engine, migrate

REPO = Path(__file__).resolve().parents[1]
PG_ADMIN_URL = os.environ.get("ARBOT_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_available() -> bool:
    try:
        with sa.create_engine(PG_ADMIN_URL).connect():
            return True
    except Exception:  # noqa: BLE001 - any failure means "no server"
        return False


PG_AVAILABLE = _pg_available()


def _fresh_pg_database() -> tuple[str, str]:
    """Create a uniquely named database on the PostgreSQL server; return (name, url)."""
    name = f"arbot_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    url = sa.make_url(PG_ADMIN_URL).set(database=name)
    return name, url.render_as_string(hide_password=False)


def _drop_pg_database(name: str) -> None:
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Yield the URL of an empty, migrated database: a SQLite file or a fresh PostgreSQL DB."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'arbot.db'}"
        engine = make_engine(Settings(database_url=url))
        migrate(engine)
        engine.dispose()
        yield url
        return
    if not PG_AVAILABLE:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not reachable on 127.0.0.1:5432 and CI needs it")
        pytest.skip("PostgreSQL is not reachable")
    name, url = _fresh_pg_database()
    engine = make_engine(Settings(database_url=url))
    migrate(engine)
    engine.dispose()
    try:
        yield url
    finally:
        _drop_pg_database(name)


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    """Settings for one test: its own database, Maildirs under tmp_path, local engine."""
    return Settings(
        database_url=db_url,
        inbox=f"maildir:{tmp_path / 'inbox'}",
        outbox=f"maildir:{tmp_path / 'outbox'}",
        data_dir=tmp_path,
        llm="local",
    )


@pytest.fixture
def engine(settings: Settings) -> Iterator[Engine]:
    eng = make_engine(settings)
    yield eng
    eng.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as s:
        yield s
