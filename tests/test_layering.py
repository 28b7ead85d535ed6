"""The ledger stays free of langchain, fastapi and imapclient (STYLE.md, rule 1)."""

from __future__ import annotations

import ast

from tests.conftest import REPO

FORBIDDEN = ("langchain", "langchain_core", "langchain_openai", "openai", "fastapi", "imapclient", "starlette")


def test_ledger_imports_no_outside_frameworks() -> None:
    offenders = []
    for path in sorted((REPO / "agent" / "ledger").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(REPO)}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_nothing_reads_the_environment_at_import_time() -> None:
    offenders = []
    for folder in ("agent", "api", "tools"):
        for path in sorted((REPO / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(), str(path))
            for node in tree.body:  # module level statements only; bodies of defs run later
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                    continue
                text = ast.unparse(node)
                if "os.environ" in text or "getenv(" in text or "Settings()" in text:
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert offenders == []
