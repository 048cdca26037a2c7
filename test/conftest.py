"""Fixtures shared by all tiers: a loopback HTTP server per test."""

from __future__ import annotations

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
