"""Answers read leniently: decoded JSON into models, in one pass of pure Python
(each class's reader: :mod:`.readers`).  Unknown fields are always kept; what does not
fit is kept as received.  Also an Airflow 3 answer, mapped onto the 2.x shape, as Airflow 2
sent it: its members only, its text date-times in Airflow 2's form."""

from __future__ import annotations

from typing import Any, Collection, Dict, Mapping, Optional, Type

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


#: ``{model class name: members kept though the class does not declare them}``; ``None``: all
Undeclared = Mapping[str, Optional[Collection[str]]]


def airflow2_answer(
    cls: Type[Declared], data: Any, every: bool = False, undeclared: Optional[Undeclared] = None
) -> Any:
    """``data``, an answer for ``cls`` as JSON (Airflow 3's, mapped onto the 2.x shape), as
    Airflow 2 would have sent it: with the members that ``cls`` and the models it holds
    declare, and those ``undeclared`` names for them (what Airflow 2 sent beyond its spec),
    but not the others (what Airflow 3 added: a 2.x program never got them, and its
    ``to_dict()`` and ``repr`` must show what they showed before); and with the text
    date-times of ``cls`` (:attr:`~.fields.Declared.__datetime_text__`; with ``every``, all
    its date-times, for an answer given as plain JSON) in Airflow 2's form: ``...+00:00``
    where Airflow 3 writes ``...Z`` (``datetime.fromisoformat`` before Python 3.11 refuses
    the ``Z``).  The values of free-form members (``conf``, ``extra``) are not touched;
    ``data`` is not changed."""
    if not isinstance(data, dict):
        return data
    kinds = _plan(cls).kinds
    texts = cls.__datetime_text__
    undeclared = undeclared or {}
    kept = undeclared.get(cls.__name__, ())
    out: Dict[str, Any] = {}
    for key, value in data.items():
        found = kinds.get(key)
        if found is None:
            if kept is None or key in kept:
                out[key] = value
            continue  # else Airflow 3's own
        if value is not None:
            name, kind, target = found
            if name in texts or (every and kind == "datetime"):
                if isinstance(value, str) and value.endswith("Z"):
                    value = value[:-1] + "+00:00"
            elif kind == "model":
                value = airflow2_answer(target, value, every, undeclared)
            elif kind == "list" and target[0] == "model" and isinstance(value, list):
                value = [airflow2_answer(target[1], item, every, undeclared) for item in value]
        out[key] = value
    return out
