"""The chat model behind the LLM paths: one factory, one seam for tests.

`ChatModel` is LangChain's `BaseChatModel`: production code gets a `ChatOpenAI` pointed at any
OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, LM Studio, a gateway); unit tests pass one of
LangChain's fake chat models; integration tests point `OPENAI_BASE_URL` at the scripted server
in `tests/llm_server.py`. Nothing here runs at import time.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from agent.config import Settings

ChatModel: TypeAlias = "BaseChatModel"

OPENAI_PREFIX = "openai:"


class LlmConfigError(ValueError):
    """The configured LLM cannot be built (wrong `ARBOT_LLM` or a missing key)."""


def model_name(settings: Settings) -> str:
    """Return the model of an `openai:MODEL` setting; raise LlmConfigError otherwise."""
    if not settings.llm.startswith(OPENAI_PREFIX) or not settings.llm[len(OPENAI_PREFIX):]:
        raise LlmConfigError(f"ARBOT_LLM={settings.llm!r} is not of the form openai:MODEL")
    return settings.llm[len(OPENAI_PREFIX):]


def build_chat_model(settings: Settings, *, max_retries: int | None = None) -> ChatModel:
    """Build the ChatOpenAI client that `settings.llm` names.

    Args:
        settings: `llm` must be `openai:MODEL`; `openai_base_url` (optional) selects the endpoint,
            `llm_timeout_seconds` bounds each HTTP request.
        max_retries: retries done by the openai client itself; defaults to
            `settings.llm_max_retries`. Callers with their own retry loop (LlmTriage) pass 0
            so that the two layers do not multiply.
    """
    from langchain_openai import ChatOpenAI
    from pydantic import SecretStr

    name = model_name(settings)
    # Local servers (Ollama, vLLM) need no key, but the openai client insists on one.
    api_key = settings.openai_api_key or ("not-needed" if settings.openai_base_url else None)
    if api_key is None:
        raise LlmConfigError("ARBOT_LLM uses OpenAI but neither OPENAI_API_KEY nor "
                             "OPENAI_BASE_URL is set")
    return ChatOpenAI(
        model=name,
        api_key=SecretStr(api_key),
        base_url=settings.openai_base_url,
        timeout=settings.llm_timeout_seconds,
        max_retries=settings.llm_max_retries if max_retries is None else max_retries,
    )


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded exponential backoff for timeouts, 429 and 5xx."""

    max_retries: int = 2
    backoff_seconds: float = 0.5
    max_backoff_seconds: float = 8.0
    # A Retry-After beyond this means "not soon": fall back now instead of holding the worker.
    max_retry_after_seconds: float = 30.0

    def delay(self, attempt: int, retry_after: float | None) -> float | None:
        """Return seconds to wait before retry `attempt` (0-based), or None to give up."""
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after_seconds else None
        base = min(self.max_backoff_seconds, self.backoff_seconds * 2**attempt)
        return base * (1 - 0.25 * random.random())  # jitter so workers do not retry in step


def retry_after(error: BaseException) -> float | None:
    """Return the server's Retry-After (retry-after-ms or seconds) if the error carries one."""
    response = getattr(error, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    try:
        if (ms := headers.get("retry-after-ms")) is not None:
            return float(ms) / 1000
        if (seconds := headers.get("retry-after")) is not None:
            return float(seconds)
    except ValueError:
        return None  # an HTTP-date: not worth parsing, use our own backoff
    return None


def is_transient(error: BaseException) -> bool:
    """Tell whether a failed call is worth retrying (timeout, connection, 408/409/429/5xx)."""
    import openai

    if isinstance(error, openai.APIConnectionError | TimeoutError):  # includes APITimeoutError
        return True
    if isinstance(error, openai.APIStatusError):
        return error.status_code in (408, 409, 429) or error.status_code >= 500
    return False
