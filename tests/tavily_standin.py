"""A local stand-in for the Tavily search API (``POST /search``), on 127.0.0.1.

    >>> standin = TavilyStandin(pages=[{"title": ..., "url": ..., "content": ...}]).start()
    >>> TavilyClient(api_key=standin.api_key, api_base_url=standin.url).search("ml intern")
    {'query': 'ml intern', 'answer': None, 'results': [...], ...}
    >>> standin.fail_next(432)          # the next search is refused as Tavily refuses it
    >>> standin.fail_next(500, after=1) # the one after the next fails
    >>> standin.delay_next(2.0)         # the next answer comes two seconds late

It honours what the bot sends: the bearer key (401 otherwise), ``query`` (pages are
ranked by the share of the query's words they contain; pages with none are not
found), ``max_results`` (0-20, default 5), ``search_depth`` (basic: snippets of at
most ``SNIPPET_CHARS``; advanced: whole content), ``topic``
(general or news: a page's own ``topic``, default general), ``include_answer``,
``include_domains`` and ``exclude_domains`` (a page's host or any parent domain).
A parameter it does not know is refused with 400, so the bot cannot rely on one the
stand-in ignores. Errors have the bodies Tavily documents (``{"detail": {"error": ...}}``);
429 carries ``retry-after``.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

API_KEY = "tvly-dev-standin"
SNIPPET_CHARS = 2000
DEPTHS = {"basic": 1, "advanced": 2, "fast": 1, "ultra-fast": 1}
TOPICS = ("general", "news", "finance")
HONOURED = {
    "query", "max_results", "search_depth", "topic", "include_answer",
    "include_domains", "exclude_domains",
}  # fmt: skip
ERRORS = {
    400: "Invalid request.",
    401: "Unauthorized: missing or invalid API key.",
    429: "Your request has been blocked due to excessive requests. Please reduce rate of requests.",
    432: "This request exceeds your plan's set usage limit. "
    "Please upgrade your plan or contact support@tavily.com",
    433: "This request exceeds the pay-as-you-go limit. "
    "You can increase your limit on the Tavily dashboard.",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}
_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def on_domain(url: str, domains: list[str]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in (d.lower().strip() for d in domains))


@dataclass
class TavilyStandin:
    pages: list[dict[str, Any]] = field(default_factory=list)
    answer: str | None = None  # None: the best page's first sentence
    api_key: str = API_KEY
    searches: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._failures: list[int | None] = []
        self._delays: list[float] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> TavilyStandin:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def reset(self) -> None:
        """No pages, no fixed answer, nothing recorded or scripted."""
        with self._lock:
            self.pages, self.answer, self.searches = [], None, []
            self._failures, self._delays = [], []

    def fail_next(self, status: int, *, after: int = 0) -> None:
        """Refuse the search after the next ``after`` ones with ``status``."""
        with self._lock:
            self._failures += [None] * after + [status]

    def delay_next(self, seconds: float) -> None:
        with self._lock:
            self._delays.append(seconds)

    def search(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """The status and JSON answer for one request body (already authorised)."""
        unknown = set(body) - HONOURED
        if unknown:
            return 400, {"detail": {"error": f"stand-in: unsupported {sorted(unknown)}"}}
        query = body.get("query")
        depth = body.get("search_depth", "basic")
        topic = body.get("topic", "general")
        limit = body.get("max_results", 5)
        if not isinstance(query, str) or not query.strip():
            return 400, {"detail": {"error": "Query is missing."}}
        if depth not in DEPTHS or topic not in TOPICS:
            return 400, {"detail": {"error": "Invalid search_depth or topic."}}
        if not isinstance(limit, int) or not 0 <= limit <= 20:
            return 400, {"detail": {"error": "max_results must be between 0 and 20."}}
        asked = words(query)
        found = []
        for page in self.pages:
            if page.get("topic", "general") != topic:
                continue
            if body.get("include_domains") and not on_domain(page["url"], body["include_domains"]):
                continue
            if body.get("exclude_domains") and on_domain(page["url"], body["exclude_domains"]):
                continue
            share = len(asked & words(page["title"] + " " + page["content"])) / len(asked)
            if share > 0:
                found.append((share, page))
        found.sort(key=lambda pair: pair[0], reverse=True)
        results = [
            {
                "title": page["title"],
                "url": page["url"],
                "content": page["content"] if depth == "advanced"
                else page["content"][:SNIPPET_CHARS],
                "score": round(share, 4),
                "raw_content": None,
                **({"published_date": page["published_date"]} if "published_date" in page else {}),
            }
            for share, page in found[:limit]
        ]  # fmt: skip
        answer = None
        if body.get("include_answer") and results:
            answer = self.answer or results[0]["content"].split(". ")[0].strip() + "."
        return 200, {
            "query": query,
            "follow_up_questions": None,
            "answer": answer,
            "images": [],
            "results": results,
            "response_time": "0.42",
            "request_id": str(uuid.uuid4()),
        }

    def _take(self) -> tuple[int | None, float]:
        with self._lock:
            failure = self._failures.pop(0) if self._failures else None
            delay = self._delays.pop(0) if self._delays else 0.0
        return failure, delay


def _handler_for(standin: TavilyStandin) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
            except json.JSONDecodeError:
                self._send(400, {"detail": {"error": "Invalid JSON."}})
                return
            with standin._lock:
                standin.searches.append(body)
            failure, delay = standin._take()
            if delay:
                time.sleep(delay)
            if self.path.rstrip("/") != "/search":
                self._send(404, {"detail": {"error": "Not Found"}})
            elif self.headers.get("authorization") != f"Bearer {standin.api_key}":
                self._send(401, {"detail": {"error": ERRORS[401]}})
            elif failure is not None:
                extra = {"retry-after": "60"} if failure == 429 else {}
                self._send(failure, {"detail": {"error": ERRORS.get(failure, "Error")}}, extra)
            else:
                self._send(*standin.search(body))

        def _send(self, status: int, payload: dict[str, Any], extra: dict | None = None) -> None:
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for name, value in (extra or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout)
                pass

    return Handler
