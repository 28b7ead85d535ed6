"""The web pages for people: login, the approval inbox, drafts, customers, outbox, manager."""

from fastapi import APIRouter
from fastapi.staticfiles import StaticFiles

from api.web import auth_pages, manager, pages
from api.web.render import STATIC_DIR

router = APIRouter(include_in_schema=False)
router.include_router(auth_pages.router)
router.include_router(pages.router)
router.include_router(manager.router)


def static_files() -> StaticFiles:
    """Return the app for /static (CSS and the keyboard-shortcut script)."""
    return StaticFiles(directory=STATIC_DIR)


__all__ = ["router", "static_files"]
