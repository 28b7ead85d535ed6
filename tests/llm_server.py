"""A scripted OpenAI-compatible chat-completions server on loopback, for tests without network.

A test queues the responses the "model" gives, in order; the server answers each
`POST /v1/chat/completions` with the next one and records every request, so a test can check
what the client sent (messages, response_format, tools) and how many calls were made.

    from tests.llm_server import Reply, ScriptedLLMServer

    pytest_plugins = ["tests.fixtures_llm"]  # provides the llm_server fixture

    def test_something(llm_server: ScriptedLLMServer) -> None:
        llm_server.queue(Reply.tool_call("get_account", {}), Reply.text("Done."))
        model = build_chat_model(Settings(llm="openai:test", OPENAI_API_KEY="x",
                                          OPENAI_BASE_URL=llm_server.base_url))
        ...
        assert llm_server.calls == 2

Streaming requests (`"stream": true`) get the same reply as server-sent events.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Usage:
    """Token counts the scripted model reports."""

    prompt_tokens: int = 120
    completion_tokens: int = 30

    def as_dict(self) -> dict[str, int]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.prompt_tokens + self.completion_tokens,
        }


@dataclass(frozen=True)
class Reply:
    """One scripted answer: a chat completion, or an HTTP error, optionally after a delay."""

    content: str | None = None
    tool_calls: tuple[tuple[str, dict[str, Any] | str], ...] = ()
    refusal: str | None = None
    finish_reason: str | None = None
    usage: Usage = Usage()
    status: int = 200
    error_body: dict[str, Any] | None = None
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0
    raw_body: str | None = None

    # Constructors, one per kind of answer a test scripts.
    @classmethod
    def text(cls, content: str, **kw: Any) -> Reply:
        """Answer with plain assistant content."""
        return cls(content=content, **kw)

    @classmethod
    def json(cls, obj: Any, **kw: Any) -> Reply:
        """Answer with assistant content that is `obj` serialized as JSON."""
        return cls(content=json.dumps(obj), **kw)

    @classmethod
    def tool_call(cls, name: str, args: dict[str, Any] | str, **kw: Any) -> Reply:
        """Answer with one tool call (args as a dict, or a raw string to send it malformed)."""
        return cls(tool_calls=((name, args),), **kw)

    @classmethod
    def calls(cls, *calls: tuple[str, dict[str, Any] | str], **kw: Any) -> Reply:
        """Answer with several tool calls in one assistant turn."""
        return cls(tool_calls=tuple(calls), **kw)

    @classmethod
    def refuse(cls, refusal: str = "I'm sorry, I can't help with that.", **kw: Any) -> Reply:
        """Answer with a structured-output refusal (content null, `refusal` set)."""
        return cls(refusal=refusal, **kw)

    @classmethod
    def http_error(
        cls, status: int, message: str = "scripted error", *, retry_after: float | None = None,
        **kw: Any,
    ) -> Reply:
        """Answer with an HTTP error in OpenAI's error shape; `retry_after` in seconds."""
        headers: tuple[tuple[str, str], ...] = ()
        if retry_after is not None:
            headers = (("retry-after", f"{retry_after:g}"),
                       ("retry-after-ms", str(int(retry_after * 1000))))
        body = {"error": {"message": message, "type": "scripted", "code": str(status)}}
        return cls(status=status, error_body=body, headers=headers, **kw)

    @classmethod
    def slow(cls, seconds: float, then: Reply | None = None) -> Reply:
        """Answer only after `seconds` (use more than the client timeout to force a timeout)."""
        return replace(then or cls(content="{}"), delay=seconds)

    @classmethod
    def body(cls, raw: str, status: int = 200) -> Reply:
        """Answer with a raw HTTP body, e.g. a response that is not JSON at all."""
        return cls(raw_body=raw, status=status)


Responder = Callable[["RecordedRequest"], Reply]


@dataclass
class RecordedRequest:
    """One request the server received, as the client sent it."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    received_at: float = field(default_factory=time.monotonic)

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    def texts(self, role: str) -> list[str]:
        """Return the text of every message with this role (content parts joined)."""
        out = []
        for message in self.messages:
            if message.get("role") != role:
                continue
            content = message.get("content")
            if isinstance(content, list):
                content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
            out.append(content or "")
        return out

    @property
    def system_text(self) -> str:
        return "\n".join(self.texts("system") + self.texts("developer"))

    @property
    def user_text(self) -> str:
        return "\n".join(self.texts("user"))

    @property
    def response_format(self) -> dict[str, Any] | None:
        return self.body.get("response_format")

    @property
    def tools(self) -> list[dict[str, Any]]:
        return list(self.body.get("tools", []))

    @property
    def tool_names(self) -> list[str]:
        return [t["function"]["name"] for t in self.tools if t.get("type") == "function"]


class ScriptedLLMServer:
    """An OpenAI-compatible server on 127.0.0.1 that answers from a queue of `Reply`s."""

    def __init__(self) -> None:
        self._replies: deque[Reply | Responder] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.requests: list[RecordedRequest] = []
        self.unscripted_calls = 0
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    @property
    def calls(self) -> int:
        """Chat-completion requests received so far (timed-out ones included)."""
        return len(self.requests)

    def queue(self, *replies: Reply | Responder) -> None:
        """Append answers; a callable gets the request and returns the Reply (for agent loops)."""
        with self._lock:
            self._replies.extend(replies)

    def pending(self) -> int:
        """Return how many scripted answers are still unused."""
        with self._lock:
            return len(self._replies)

    def start(self) -> ScriptedLLMServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping in a scripted delay
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ScriptedLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _next_reply(self, request: RecordedRequest) -> Reply | None:
        with self._lock:
            self.requests.append(request)
            if not self._replies:
                self.unscripted_calls += 1
                return None
            reply = self._replies.popleft()
        return reply(request) if callable(reply) else reply


def _completion(reply: Reply, model: str) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.content}
    if reply.refusal is not None:
        message["refusal"] = reply.refusal
    if reply.tool_calls:
        message["tool_calls"] = [
            {
                "id": f"call_{uuid.uuid4().hex[:12]}",
                "type": "function",
                "function": {
                    "name": name,
                    "arguments": args if isinstance(args, str) else json.dumps(args),
                },
            }
            for name, args in reply.tool_calls
        ]
    finish = reply.finish_reason or ("tool_calls" if reply.tool_calls else "stop")
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": reply.usage.as_dict(),
    }


def _stream_events(completion: dict[str, Any], include_usage: bool) -> Iterator[dict[str, Any]]:
    """Split a completion into chat.completion.chunk events, as a streaming server sends them."""
    choice = completion["choices"][0]
    message = choice["message"]
    delta: dict[str, Any] = {"role": "assistant", "content": message["content"] or ""}
    if "refusal" in message:
        delta["refusal"] = message["refusal"]
    if message.get("tool_calls"):
        delta["tool_calls"] = [
            {**call, "index": i} for i, call in enumerate(message["tool_calls"])
        ]
    base = {k: completion[k] for k in ("id", "created", "model")}
    base["object"] = "chat.completion.chunk"
    finish = choice["finish_reason"]
    yield base | {"choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
    yield base | {"choices": [{"index": 0, "delta": {}, "finish_reason": finish}]}
    if include_usage:
        yield base | {"choices": [], "usage": completion["usage"]}


def _make_handler(server: ScriptedLLMServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
            pass  # keep pytest output clean

        def _send(self, status: int, body: bytes, headers: tuple[tuple[str, str], ...] = (),
                  content_type: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - stdlib hook name
            if self.path.rstrip("/").endswith("/models"):
                body = {"object": "list", "data": [{"id": "scripted", "object": "model"}]}
                self._send(200, json.dumps(body).encode())
            else:
                self._send(404, b'{"error": {"message": "not found"}}')

        def do_POST(self) -> None:  # noqa: N802 - stdlib hook name
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, b'{"error": {"message": "only /v1/chat/completions"}}')
                return
            try:
                body = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                self._send(400, b'{"error": {"message": "request body is not JSON"}}')
                return
            request = RecordedRequest(self.path, dict(self.headers.items()), body)
            reply = server._next_reply(request)
            if reply is None:
                # 400 is not retried by clients, so a missing script fails fast and visibly.
                msg = {"error": {"message": "scripted server: no reply queued", "code": "400"}}
                self._send(400, json.dumps(msg).encode())
                return
            if reply.delay and server._stopping.wait(reply.delay):
                return
            # A client that gave up (timeout) closes the socket: that is what the test wanted.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._answer(reply, body)

        def _answer(self, reply: Reply, body: dict[str, Any]) -> None:
            if reply.raw_body is not None:
                self._send(reply.status, reply.raw_body.encode(), reply.headers)
                return
            if reply.status >= 400:
                self._send(reply.status, json.dumps(reply.error_body).encode(), reply.headers)
                return
            completion = _completion(reply, body.get("model", "scripted"))
            if not body.get("stream"):
                self._send(200, json.dumps(completion).encode(), reply.headers)
                return
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            chunks = b"".join(
                b"data: " + json.dumps(event).encode() + b"\n\n"
                for event in _stream_events(completion, include_usage)
            ) + b"data: [DONE]\n\n"
            self._send(200, chunks, reply.headers, content_type="text/event-stream")

    return Handler
