"""The one Jinja2 environment for prompts and emails: strict, and autoescaping HTML."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATE_DIR = Path(__file__).resolve().parent

# Both "reply.html" and "reply.html.j2" are HTML; prompts (".j2", ".txt.j2") are plain text.
_HTML_EXTENSIONS = ("html", "htm", "xml", "html.j2", "htm.j2", "xml.j2")


@cache
def get_env() -> Environment:
    """Return the shared Environment (built on first use, not at import)."""
    return Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=_HTML_EXTENSIONS,
                                     default_for_string=False, default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def list_templates() -> list[str]:
    """Return every template name under prompts/ (what the render-all test walks)."""
    return get_env().list_templates(filter_func=lambda name: name.endswith((".j2", ".html")))


def render(template_name: str, **context: Any) -> str:
    """Render one template; a missing variable raises jinja2.UndefinedError."""
    return get_env().get_template(template_name).render(**context)
