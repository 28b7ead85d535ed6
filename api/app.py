"""create_app(settings): the FastAPI application, built from settings passed in."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy.engine import Engine

import agent
from agent.config import Settings
from agent.db import make_engine, migrate
from api import web
from api.routes import collections, drafts, ledger


def create_app(settings: Settings, *, engine: Engine | None = None, run_migrations: bool = True) -> FastAPI:
    """Build the API for these settings; the engine is made here unless one is given."""
    engine = engine or make_engine(settings)
    if run_migrations:
        migrate(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(
        title="arbot",
        version=agent.__version__,
        description="Collections agent: drafts, conversations, promises, disputes and reports.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine

    @app.get("/healthz", tags=["health"])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    app.include_router(ledger.router)
    app.include_router(drafts.router)
    app.include_router(collections.router)
    app.include_router(web.router)
    app.mount("/static", web.static_files(), name="static")
    return app
