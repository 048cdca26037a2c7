"""Fixtures shared by all tiers: a loopback HTTP server per test."""

from __future__ import annotations

import socket
from typing import Iterator

import pytest

from test.loopback import LoopbackServer


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def api_client(server: LoopbackServer):  # type: ignore[no-untyped-def]
    from test.loopback import client_for

    client, _ = client_for(server)
    with client:
        yield client


@pytest.fixture
def full_backlog() -> Iterator[int]:
    """A port whose listen queue is full: a new connection waits until its connect timeout."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    filler = socket.create_connection(("127.0.0.1", port), timeout=1)
    try:
        yield port
    finally:
        filler.close()
        listener.close()
