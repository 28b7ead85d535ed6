"""Turn email HTML into readable text, dropping hidden content and cutting the quoted part."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

import html2text

log = logging.getLogger(__name__)

# A plain word html2text passes through untouched; marks where the quoted history starts.
QUOTE_MARK = "ARBOTQUOTEDHISTORYSTARTS"

_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
}
_INVISIBLE_TAGS = {"script", "style", "head", "title", "template", "noscript", "object", "iframe"}
_QUOTE_IDS = {"divrplyfwdmsg", "olk_src_body_section", "appendonsend", "x_divrplyfwdmsg"}
_QUOTE_CLASSES = {"gmail_quote", "yahoo_quoted", "moz-cite-prefix", "protonmail_quote"}
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!)"
    r"|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|$|!)"
    r"|max-height\s*:\s*0(?:px)?\s*(?:;|$|!)",
    re.IGNORECASE,
)
_COLOR = re.compile(r"(?:^|;|\s)color\s*:\s*([^;!]+)", re.IGNORECASE)
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;!]+)", re.IGNORECASE)
_CSS_RULE = re.compile(r"\.([\w-]+)\s*\{([^}]*)\}")
_ORIGINAL_MESSAGE = re.compile(r"^\s*-{2,}\s*original message\s*-{2,}", re.IGNORECASE)


def _is_whiteish(color: str | None) -> bool:
    """Tell whether a CSS colour is white or nearly so."""
    if not color:
        return False
    value = color.strip().lower().replace(" ", "")
    if value in {"white", "#fff", "#ffffff", "rgb(255,255,255)", "transparent"}:
        return value != "transparent"
    match = re.fullmatch(r"#([0-9a-f]{6})|#([0-9a-f]{3})", value)
    if match:
        digits = match.group(1) or "".join(c * 2 for c in match.group(2))
        return all(int(digits[i : i + 2], 16) >= 0xF0 for i in (0, 2, 4))
    match = re.fullmatch(r"rgba?\((\d+),(\d+),(\d+)(?:,[\d.]+)?\)", value)
    return match is not None and all(int(part) >= 240 for part in match.groups())


@dataclass
class _Frame:
    tag: str
    hidden: bool
    background: str | None


class _Sanitizer(HTMLParser):
    """Re-emit HTML without comments, hidden elements, and (optionally) with the quote marked."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[_Frame] = []
        self.hidden_classes: set[str] = set()
        self.quote_marked = False
        self.in_style = False

    def _hidden(self) -> bool:
        return bool(self.stack) and self.stack[-1].hidden

    def _background(self) -> str | None:
        return self.stack[-1].background if self.stack else None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name.lower(): (value or "") for name, value in attrs}
        style = attributes.get("style", "")
        classes = set(attributes.get("class", "").lower().split())
        hidden = self._hidden() or tag in _INVISIBLE_TAGS or "hidden" in attributes
        hidden = hidden or bool(_HIDDEN_STYLE.search(style)) or bool(classes & self.hidden_classes)
        background = self._background()
        if match := _BACKGROUND.search(style):
            background = match.group(1)
        elif attributes.get("bgcolor"):
            background = attributes["bgcolor"]
        color = attributes.get("color") if tag == "font" else None
        if match := _COLOR.search(style):
            color = match.group(1)
        if _is_whiteish(color) and (background is None or _is_whiteish(background)):
            hidden = True  # white on white: invisible to the reader, visible to a model
        if not self.quote_marked and not hidden and self._starts_quote(tag, attributes, classes):
            self.out.append(f"<p>{QUOTE_MARK}</p>")
            self.quote_marked = True
        self.in_style = tag == "style"
        if tag not in _VOID:
            self.stack.append(_Frame(tag, hidden, background))
        if not hidden:
            self.out.append(self.get_starttag_text() or "")

    def _starts_quote(self, tag: str, attributes: dict[str, str], classes: set[str]) -> bool:
        if tag in {"blockquote", "hr"}:
            return True
        if attributes.get("id", "").lower() in _QUOTE_IDS or classes & _QUOTE_CLASSES:
            return True
        return "gmail_attr" in classes

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        for depth in range(len(self.stack) - 1, max(-1, len(self.stack) - 40), -1):
            if self.stack[depth].tag == tag:
                hidden = self.stack[depth].hidden
                del self.stack[depth:]
                if not hidden:
                    # html2text drops table tags (ignore_tables) and would glue the cells of a
                    # row into one word: "INV-10001510003882106/19/2026".
                    self.out.append(f"</{tag}> " if tag in {"td", "th"} else f"</{tag}>")
                break
        self.in_style = False

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self.in_style:
            for name, body in _CSS_RULE.findall(data):
                if _HIDDEN_STYLE.search(body + ";"):
                    self.hidden_classes.add(name.lower())
            return
        if self._hidden():
            return
        if not self.quote_marked and _ORIGINAL_MESSAGE.match(data):
            self.out.append(f"<p>{QUOTE_MARK}</p>")
            self.quote_marked = True
        self.out.append(escape(data, quote=False))

    # Comments, processing instructions and declarations never reach the text.
    def handle_comment(self, data: str) -> None:
        return None

    def handle_pi(self, data: str) -> None:
        return None

    def unknown_decl(self, data: str) -> None:
        return None


def _converter() -> html2text.HTML2Text:
    """Build an html2text converter tuned for reading, not for Markdown round-trips."""
    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.ignore_links = True
    converter.ignore_tables = True
    converter.single_line_break = False
    converter.unicode_snob = True
    converter.mark_code = False
    return converter


def visible_html(html: str) -> str:
    """Return the HTML with comments and hidden elements removed and the quote start marked."""
    sanitizer = _Sanitizer()
    try:
        sanitizer.feed(html)
        sanitizer.close()
    except Exception:  # noqa: BLE001 - hostile HTML must degrade, never raise
        log.warning("html sanitizer gave up; using what it emitted so far", exc_info=True)
    return "".join(sanitizer.out)


def html_to_text(html: str) -> tuple[str, str]:
    """Convert HTML to visible text; return (text before the quote, quoted text)."""
    try:
        text = _converter().handle(visible_html(html))
    except Exception:  # noqa: BLE001 - html2text on hostile input must not break parsing
        log.warning("html2text failed; falling back to tag stripping", exc_info=True)
        text = re.sub(r"<[^>]*>", " ", visible_html(html))
    text = re.sub(r"[ \t\xa0]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    new, _, quoted = text.partition(QUOTE_MARK)
    return new.strip(), quoted.strip()
