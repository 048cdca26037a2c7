"""A canned Airflow 2.10.5 REST API on loopback for the benchmark (stdlib only).

Keep-alive HTTP/1.1 (``protocol_version = "HTTP/1.1"``, ``Content-Length`` on
every answer), bodies serialised once at startup, each answer written with one
``sendall`` so the server costs as little as it can per request.  It runs as a
process of its own, so it does not share the client's GIL.

Routes (all ``GET``)::

    /health                                              {"metadatabase": ...}
    /api/v1/version                                      {"version": "2.10.5", ...}
    /api/v1/dags/{dag_id}                                one DAG
    /api/v1/dags[?limit=N&offset=M]                      DAGCollection (N defaults to --dags)
    /api/v1/dags/{dag_id}/dagRuns/{run_id}/taskInstances[?limit=N]
                                                         TaskInstanceCollection (--task-instances items)

Usage: ``python bench/server.py [--port 0] [--dags 1000] [--task-instances 10000]``;
it prints ``PORT <n>`` on stdout once it is listening, and stops on SIGTERM,
SIGINT, or when its standard input closes (``--stdin-lifeline``), so an
orchestrator that dies does not leave it behind.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Tuple
from urllib.parse import parse_qs, unquote, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import data  # noqa: E402  (bench/ is not a package)

DATE = "Mon, 04 Nov 2024 12:00:00 GMT"


def response(status: int, body: bytes, reason: str = "OK") -> bytes:
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        f"Date: {DATE}\r\n"
        "Server: gunicorn\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "X-Robots-Tag: noindex, nofollow\r\n"
        "\r\n"
    )
    return head.encode("latin-1") + body


class Canned:
    """Every answer, serialised up front (collections per requested size, cached)."""

    def __init__(self, dags: int, task_instances: int) -> None:
        self.default_dags = dags
        self.default_tis = task_instances
        self.all_dags = data.dag_collection(dags)["dags"]
        self.all_tis = data.task_instance_collection(task_instances)["task_instances"]
        self._lock = threading.Lock()
        self._cache: Dict[Tuple[Any, ...], bytes] = {}
        self.health = response(
            200,
            data.dumps(
                {
                    "dag_processor": {"latest_dag_processor_heartbeat": None, "status": None},
                    "metadatabase": {"status": "healthy"},
                    "scheduler": {"latest_scheduler_heartbeat": data.iso(data.BASE), "status": "healthy"},
                    "triggerer": {"latest_triggerer_heartbeat": data.iso(data.BASE), "status": "healthy"},
                }
            ),
        )
        self.version = response(200, data.dumps({"version": "2.10.5", "git_version": None}))
        # Warm the answers the workloads ask for.
        self.dag_list(dags, 0)
        self.task_instances(task_instances, 0)
        self.dag("etl_example_00000")

    def _cached(self, key: Tuple[Any, ...], build) -> bytes:
        found = self._cache.get(key)
        if found is None:
            with self._lock:
                found = self._cache.get(key)
                if found is None:
                    found = response(200, data.dumps(build()))
                    self._cache[key] = found
        return found

    def dag_list(self, limit: int, offset: int) -> bytes:
        def build():
            page = self.all_dags[offset : offset + limit]
            return {"dags": page, "total_entries": len(self.all_dags)}

        return self._cached(("dags", limit, offset), build)

    def task_instances(self, limit: int, offset: int) -> bytes:
        def build():
            page = self.all_tis[offset : offset + limit]
            return {"task_instances": page, "total_entries": len(self.all_tis)}

        return self._cached(("tis", limit, offset), build)

    def dag(self, dag_id: str) -> bytes:
        return self._cached(("dag", dag_id), lambda: data.dag(7, dag_id=dag_id))


def _int(query: Dict[str, list], name: str, default: int) -> int:
    try:
        return max(0, int(query[name][0]))
    except (KeyError, ValueError, IndexError):
        return default


def make_handler(canned: Canned, lean: bool = True):
    not_found = response(404, data.dumps(data.error(404, "Not Found", "The requested URL was not found")), "NOT FOUND")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        if lean:

            def parse_request(self) -> bool:
                """http.server's parse, less the email-package header parser (~half the server's time).

                Request line and headers are read as http.server reads them; the
                headers become a plain dict of lower-cased names.
                """
                words = str(self.raw_requestline, "latin-1").rstrip("\r\n").split()
                if len(words) != 3 or not words[2].startswith("HTTP/1."):
                    self.request_version = "HTTP/1.0"
                    self.send_error(400, "Bad request")
                    return False
                self.command, self.path, self.request_version = words
                self.close_connection = self.request_version != "HTTP/1.1"
                headers: Dict[str, str] = {}
                for _ in range(100):
                    line = self.rfile.readline(65537)
                    if line in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = str(line, "latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                if headers.get("connection", "").lower() == "close":
                    self.close_connection = True
                self.headers = headers  # type: ignore[assignment]
                return True

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            parts = urlsplit(self.path)
            segments = [unquote(s) for s in parts.path.split("/") if s]
            query = parse_qs(parts.query) if parts.query else {}
            body = not_found
            if segments == ["health"] or segments == ["api", "v1", "health"]:
                body = canned.health
            elif segments == ["api", "v1", "version"]:
                body = canned.version
            elif segments[:2] == ["api", "v1"] and len(segments) >= 3 and segments[2] == "dags":
                rest = segments[3:]
                if not rest:
                    body = canned.dag_list(_int(query, "limit", canned.default_dags), _int(query, "offset", 0))
                elif len(rest) == 1:
                    body = canned.dag(rest[0])
                elif len(rest) == 4 and rest[1] == "dagRuns" and rest[3] == "taskInstances":
                    body = canned.task_instances(_int(query, "limit", canned.default_tis), _int(query, "offset", 0))
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    return Handler


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--dags", type=int, default=1000, help="DAGs in GET /dags without ?limit= (default 1000)")
    parser.add_argument("--task-instances", type=int, default=10_000, help="items in a task instance list")
    parser.add_argument(
        "--stock-parser",
        action="store_true",
        help="parse requests with http.server's own (email-package) header parser",
    )
    parser.add_argument("--stdin-lifeline", action="store_true", help="stop when standard input closes")
    args = parser.parse_args(argv)

    for problem in data.differences_from_samples(os.path.join(os.path.dirname(os.path.abspath(__file__)), "samples")):
        print(f"warning: synthetic data differs from bench/samples: {problem}", file=sys.stderr)
    canned = Canned(args.dags, args.task_instances)
    server = Server((args.host, args.port), make_handler(canned, lean=not args.stock_parser))
    sizes = {"/".join(map(str, key)): len(body) for key, body in canned._cache.items()}
    print(f"PORT {server.server_address[1]}", flush=True)
    print(json.dumps({"sizes": sizes}), flush=True)

    def stop(*_: object) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if args.stdin_lifeline:

        def watch() -> None:
            sys.stdin.read()
            stop()

        threading.Thread(target=watch, daemon=True).start()
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
