"""The bulk FETCH of message bodies, read without imapclient's general response parser.

imapclient tokenises every FETCH response in Python, which is most of the CPU a fetch costs; in
ingest that CPU is shared (one interpreter lock) with reading headers and storing rows. The
responses ingest asks for have one simple shape, `* n FETCH (UID u RFC822.SIZE s BODY[]<0> {k}`
then k bytes then `)`, which imaplib already splits into (prefix, literal) pairs: two regexes on
the prefix are enough. Any other shape (an unsolicited FLAGS update, an empty body sent as "",
items in another order) goes to imapclient's parser, so the result is the same either way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from imapclient.response_parser import parse_fetch_response

_UID = re.compile(rb"[( ]UID (\d+)")
_SIZE = re.compile(rb"[( ]RFC822\.SIZE (\d+)")
_BODY_LITERAL = re.compile(rb"[( ]BODY\[\]<0> \{\d+\}$")


def fetch_bodies(
    client: IMAPClient, uids: Sequence[int], *, max_bytes: int
) -> dict[int, tuple[int | None, bytes | None]]:
    """FETCH RFC822.SIZE and the first max_bytes of each message; return {uid: (size, bytes)}.

    Messages expunged meanwhile are missing from the result.
    """
    if not uids:
        return {}
    # imapclient keeps the underlying imaplib connection as _imap; its public uid() command
    # returns the untagged responses unparsed.
    typ, data = client._imap.uid(
        "FETCH", ",".join(map(str, uids)), f"(RFC822.SIZE BODY.PEEK[]<0.{max_bytes}>)"
    )
    if typ != "OK":
        raise IMAPClientError(f"FETCH failed: {data!r}")
    wanted = set(uids)
    quick = _parse_simple(data)
    if quick is not None:
        return {uid: value for uid, value in quick.items() if uid in wanted}
    parsed = parse_fetch_response(data, normalise_times=False, uid_is_key=True)
    result: dict[int, tuple[int | None, bytes | None]] = {}
    for uid, items in parsed.items():
        if uid not in wanted:
            continue  # an unsolicited update about another message
        body = next((v for k, v in items.items() if k.startswith(b"BODY[]")), None)
        size = items.get(b"RFC822.SIZE")
        result[uid] = (int(size) if size is not None else None, bytes(body) if body else body)
    return result


def _parse_simple(data: list) -> dict[int, tuple[int | None, bytes | None]] | None:  # type: ignore[type-arg]
    """Read responses of the one expected shape; None as soon as one is of any other."""
    result: dict[int, tuple[int | None, bytes | None]] = {}
    items = iter(data)
    for item in items:
        if not (isinstance(item, tuple) and len(item) == 2):
            return None
        prefix, body = item
        uid, size = _UID.search(prefix), _SIZE.search(prefix)
        if uid is None or size is None or _BODY_LITERAL.search(prefix) is None:
            return None
        if next(items, None) != b")":
            return None
        result[int(uid.group(1))] = (int(size.group(1)), body)
    return result
