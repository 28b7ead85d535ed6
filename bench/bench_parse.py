"""Measure parse_message throughput, and score our reply splitter against mail-parser-reply.

Run from the repository root:  python3 bench/bench_parse.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent.mail.parse import parse_message  # noqa: E402
from agent.mail.quotes import ReplyParts, split_reply  # noqa: E402

SHARED = ROOT.parent / "shared" / "fixtures" / "email"
OWN = ROOT / "tests" / "fixtures" / "mail"
LIBRARY_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "da", "sv", "pl", "ja"]

log = logging.getLogger("bench_parse")


def corpus() -> dict[str, list[bytes]]:
    """Load the fixture messages, grouped: typical replies, and everything."""
    replies = [path.read_bytes() for path in sorted(OWN.glob("*.eml"))]
    if SHARED.is_dir():
        replies += [p.read_bytes() for p in sorted((SHARED / "talon").rglob("*.eml"))]
        every = [path.read_bytes() for path in sorted(OWN.glob("*.eml"))] + [
            p.read_bytes()
            for p in sorted(SHARED.rglob("*"))
            if p.is_file() and p.suffix != ".md" and "LICENSES" not in p.parts
        ]
    else:
        every = list(replies)
    return {"typical replies": replies, "all fixtures": every}


def throughput(messages: list[bytes], rounds: int) -> float:
    """Return messages parsed per CPU second (CPU time, so busy shared machines still compare)."""
    started = time.process_time()
    for _ in range(rounds):
        for raw in messages:
            parse_message(raw)
    return len(messages) * rounds / (time.process_time() - started)


def library_split(text: str) -> ReplyParts:
    """Split with mail-parser-reply, shaped like our ReplyParts."""
    from mailparser_reply import EmailReplyParser

    message = EmailReplyParser(languages=LIBRARY_LANGUAGES).read(text)
    first = message.replies[0] if message.replies else None
    if first is None:
        return ReplyParts("", text, "")
    return ReplyParts(first.body, "", first.signatures)


def score_splitters() -> None:
    """Score both splitters on the README expectations kept in tests/test_parse.py."""
    spec = importlib.util.spec_from_file_location("cases", ROOT / "tests" / "test_parse.py")
    if spec is None or spec.loader is None or not SHARED.is_dir():
        log.warning("shared fixtures or test cases missing; skipping the splitter comparison")
        return
    cases = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cases)
    for label, splitter in (("own rules", split_reply), ("mail-parser-reply", library_split)):
        passed, elapsed = 0, 0.0
        for relative, expectation in cases.REPLY_CASES:
            text = (SHARED / relative).read_bytes().decode("utf-8")
            started = time.process_time()
            parts = splitter(text)
            elapsed += time.process_time() - started
            passed += not cases.reply_failures(parts, expectation)
        text = (SHARED / "email-reply-parser" / "pathological.txt").read_text()
        started = time.process_time()
        splitter(text)
        slow = time.process_time() - started
        print(f"{label:>18}: {passed}/{len(cases.REPLY_CASES)} cases, "
              f"{elapsed * 1000:.1f} ms total, pathological.txt {slow * 1000:.1f} ms")


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    for label, messages in corpus().items():
        rate = throughput(messages, args.rounds)
        count = f"{len(messages)} messages x {args.rounds}"
        print(f"{label:>18}: {count}: {rate:,.0f} messages per CPU second")
    score_splitters()


if __name__ == "__main__":
    main()
