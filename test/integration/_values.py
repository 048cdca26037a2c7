"""Small helpers for reading what the client returns in assertions."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Optional, Tuple

import pytest

import airflow_client.client as client


def sv(value: Any) -> Any:
    """An enum-like value as its plain ``str`` (``None`` stays ``None``): enums are not
    strings, as in the official client, so tests compare their ``.value``."""
    return getattr(value, "value", value)


def when(text: Optional[str]) -> Optional[dt.datetime]:
    """A ``format: datetime`` field (a ``str``, as in the official client) as a datetime."""
    return None if text is None else dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def version_key(version: str) -> Tuple[int, ...]:
    """``"2.10.5"`` -> ``(2, 10, 5)`` (a suffix such as ``rc1`` is dropped)."""
    return tuple(int("".join(c for c in part if c.isdigit()) or 0) for part in version.split(".")[:3])


def older(server_version: str, since: str) -> bool:
    """True when ``server_version`` is older than ``since``."""
    return version_key(server_version) < version_key(since)


def not_there(server_version: str, since: str, operation: str, call: Callable[[], Any]) -> bool:
    """For a server older than ``since`` (the version that added ``operation``): call it,
    assert the client raises ``OperationNotSupportedError`` naming the operation, ``since``
    and the server's version, and return True (the test of the feature ends there).
    For a newer server, return False without calling: the caller tests the feature."""
    if not older(server_version, since):
        return False
    with pytest.raises(client.OperationNotSupportedError) as info:
        call()
    error = info.value
    assert (error.operation, error.since, error.server_version) == (operation, since, server_version), str(error)
    assert error.status in (404, 405) and isinstance(error, client.NotFoundException)
    assert since in str(error) and server_version in str(error)
    return True
