"""A scriptable HTTP server on 127.0.0.1 for unit tests.

Each test sets what the server answers (``server.reply(...)`` for every
request, ``server.queue(...)`` for the next ones in order, or
``server.handler = fn`` for full control) and reads what it received
(``server.requests``).  It stops when the fixture ends.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional, Tuple
from urllib.parse import parse_qs, unquote, urlsplit


@dataclass
class Received:
    method: str
    target: str  # raw request target, still percent-encoded
    headers: Dict[str, str]
    body: bytes
    at: float

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def decoded_path(self) -> str:
        return unquote(self.path)

    @property
    def query(self) -> Dict[str, List[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)

    @property
    def raw_query(self) -> str:
        return urlsplit(self.target).query

    def json(self) -> Any:
        return json.loads(self.body)

    def header(self, name: str) -> Optional[str]:
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: Dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    #: Raw bytes written instead of a well-formed response (for broken answers).
    raw: Optional[bytes] = None
    #: Close the connection after writing (to cut a body short, say).
    close: bool = False
    #: Seconds to wait after writing, before closing or going on (a server that stalls).
    stall: float = 0.0
    #: End the connection after writing with a TCP reset (RST), not a clean close.
    reset: bool = False


def json_reply(data: Any, status: int = 200, **headers: str) -> Reply:
    return Reply(status, json.dumps(data).encode(), {"Content-Type": "application/json", **headers})


class LoopbackServer:
    def __init__(self, ssl_context: Any = None) -> None:
        self.requests: List[Received] = []
        self._queue: List[Reply] = []
        self._default = json_reply({})
        self.handler: Optional[Callable[[Received], Reply]] = None
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes: with Nagle's algorithm the
            # second waits for the client's delayed ACK of the first (~40 ms).
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                req = Received(self.command, self.path, dict(self.headers.items()), body, time.monotonic())
                with owner._lock:
                    owner.requests.append(req)
                    reply = owner._queue.pop(0) if owner._queue else None
                if reply is None:
                    reply = owner.handler(req) if owner.handler else owner._default
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.raw is not None:
                    self.wfile.write(reply.raw)
                    self._after(reply, close=True)
                    return
                self.send_response(reply.status)
                headers = {"Content-Length": str(len(reply.body)), **reply.headers}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                if self.command != "HEAD":  # a HEAD answer has no body (its bytes would be read as the next answer)
                    self.wfile.write(reply.body)
                self._after(reply, close=reply.close)

            def _after(self, reply: Reply, close: bool) -> None:
                self.wfile.flush()
                if reply.stall:
                    time.sleep(reply.stall)
                if reply.reset:
                    # SO_LINGER with a zero timeout: the close sends RST, not FIN (rfile
                    # first: the socket really closes with the last file made from it).
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.rfile.close()
                    self.connection.close()
                    close = True
                if close:
                    self.close_connection = True

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _serve

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if ssl_context is not None:
            self.httpd.socket = ssl_context.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        scheme = "https" if ssl_context is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}"
        # stop() waits for serve_forever() to notice, up to poll_interval: 0.05 s (the
        # default of 0.5 s cut down) cost ~25 ms in every test's teardown.
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
        self._thread.start()

    def reply(self, reply: Reply) -> None:
        """Answer every request (not queued) with ``reply``."""
        self._default = reply

    def reply_json(self, data: Any, status: int = 200, **headers: str) -> None:
        self.reply(json_reply(data, status, **headers))

    def queue(self, *replies: Reply) -> None:
        """Answer the next requests with these, in order."""
        with self._lock:
            self._queue.extend(replies)

    @property
    def last(self) -> Received:
        return self.requests[-1]

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)


def closed_port() -> int:
    """A loopback port nothing listens on (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def client_for(server: LoopbackServer, **config: Any) -> Tuple[Any, Any]:
    """(ApiClient, Configuration) pointed at ``server``; no retries unless asked."""
    from airflow_client.client import ApiClient, Configuration

    config.setdefault("retries", 0)
    config.setdefault("username", "admin")
    config.setdefault("password", "admin")
    cfg = Configuration(host=server.url, **config)
    return ApiClient(cfg), cfg
