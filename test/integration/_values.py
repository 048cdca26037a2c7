"""Small helpers for reading what the client returns in assertions."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional


def sv(value: Any) -> Any:
    """An enum-like value as its plain ``str`` (``None`` stays ``None``): enums are not
    strings, as in the official client, so tests compare their ``.value``."""
    return getattr(value, "value", value)


def when(text: Optional[str]) -> Optional[dt.datetime]:
    """A ``format: datetime`` field (a ``str``, as in the official client) as a datetime."""
    return None if text is None else dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
