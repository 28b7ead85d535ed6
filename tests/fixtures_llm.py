"""The llm_server fixture; load it with `pytest_plugins = ["tests.fixtures_llm"]`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.llm_server import ScriptedLLMServer


@pytest.fixture
def llm_server() -> Iterator[ScriptedLLMServer]:
    """Yield a started scripted OpenAI-compatible server on 127.0.0.1; stop it afterwards."""
    with ScriptedLLMServer() as server:
        yield server
