"""Answers read leniently: decoded JSON into models, in one pass of pure Python
(each class's reader: :mod:`.readers`).  Unknown fields are always kept; what does not
fit is kept as received.  Also the Airflow 2 form of text date-times in an answer."""

from __future__ import annotations

from typing import Any, Dict, Optional, Type

from airflow_client.client.core.models.fields import Declared
from airflow_client.client.core.models.oneof import ApiOneOf
from airflow_client.client.core.models.readers import _parse, _plan, _renamed


def _copied(value: Any) -> Any:
    """Decoded JSON copied (its objects and arrays), so that parsing leaves the original be."""
    if type(value) is dict:
        return {k: _copied(v) for k, v in value.items()}
    if type(value) is list:
        return [_copied(v) for v in value]
    return value


def parse_lenient(cls: Any, data: Any, raw: bool = False, owned: bool = False) -> Any:
    """A model from decoded JSON, keeping what does not fit as received.

    With ``raw``, every value is kept as decoded, nested objects as dicts (the
    official client's ``_check_return_type=False``).  With ``owned``, ``data`` is
    this client's own (just decoded): its objects become the models' dicts instead
    of being copied."""
    if not isinstance(data, dict):
        return data
    if isinstance(cls, type) and issubclass(cls, ApiOneOf):
        member = cls._member_of(data)
        if member is None:
            return data
        cls = member
    if raw:
        renames = _plan(cls).renames
        values = _renamed(data, renames) if renames else dict(data)
        values["_check_type"] = False  # as the official client's: values kept as received
        obj = object.__new__(cls)
        object.__setattr__(obj, "__dict__", values)
        return obj
    return _parse(cls, data if owned and type(data) is dict else _copied(dict(data)))


def airflow2_text_dates(cls: Type[Declared], data: Any, every: bool = False) -> Any:
    """``data``, an answer for ``cls`` as JSON, with the text date-times of ``cls`` and of
    the models it holds (:attr:`~.fields.Declared.__datetime_text__`; with ``every``, all their
    date-times, for an answer given as plain JSON) in Airflow 2's form: ``...+00:00``
    where Airflow 3 writes ``...Z`` (``datetime.fromisoformat`` before Python 3.11
    refuses the ``Z``).  Nothing else is touched; ``data`` is not changed."""
    if not isinstance(data, dict):
        return data
    kinds = _plan(cls).kinds
    texts = cls.__datetime_text__
    out: Optional[Dict[str, Any]] = None
    for key, value in data.items():
        found = kinds.get(key)
        if found is None or value is None:
            continue
        name, kind, target = found
        new = value
        if name in texts or (every and kind == "datetime"):
            if isinstance(value, str) and value.endswith("Z"):
                new = value[:-1] + "+00:00"
        elif kind == "model":
            new = airflow2_text_dates(target, value, every)
        elif kind == "list" and target[0] == "model" and isinstance(value, list):
            new = [airflow2_text_dates(target[1], item, every) for item in value]
        if new is not value:
            if out is None:
                out = dict(data)
            out[key] = new
    return data if out is None else out
