"""What the official ``response_type`` of ``call_api``/``deserialize`` converts an answer to."""

from __future__ import annotations

import enum
import io
from datetime import date, datetime
from typing import Any, Dict, List, Optional, Tuple

from airflow_client.client.exceptions import ApiValueError, ResponseValidationError

#: The official client's names for the types in a ``response_type``.
none_type = type(None)
file_type = io.IOBase


def _model_store(obj: Any) -> Optional[Dict[str, Any]]:
    """The fields of one of our models (the official ``_data_store``), else None."""
    if type(obj).__module__.startswith("airflow_client.client.model"):
        store = getattr(obj, "_data_store", None)
        if isinstance(store, dict):
            return store
    return None


#: The types ``response_type`` may name besides models, lists and dicts.
_PRIMITIVES = (str, int, float, bool, dict, list, none_type, date, datetime)


def _convert(value: Any, accepted: Tuple[Any, ...], path: List[Any], strict: bool, check: bool = True) -> Any:
    """``value`` as the first of ``accepted`` that fits it, as the official client's
    ``response_type`` says: a class, ``[types]`` for a list of them, or
    ``{str: (types,)}`` for a dict of them.  A value that fits none is kept as
    received, or refused with ``strict``.  Without ``check`` (``_check_type``
    not true, call_api's default) a model keeps its values as decoded, as there."""
    for kind in accepted:
        if isinstance(kind, list):
            if isinstance(value, list):
                return [_convert(item, tuple(kind), [*path, i], strict, check) for i, item in enumerate(value)]
        elif isinstance(kind, dict):
            if isinstance(value, dict):
                inner = tuple(next(iter(kind.values()), ()))
                return {key: _convert(item, inner, [*path, key], strict, check) for key, item in value.items()}
        elif not isinstance(kind, type):
            raise ApiValueError(f"response_type: {kind!r} is not a type, a [list] of types or a {{str: (types,)}}")
    classes = [kind for kind in accepted if isinstance(kind, type)]
    exact = type(value)
    if exact is str and (date in classes or datetime in classes):
        # As there, text that reads as a date or a time becomes one where either is accepted.
        parsed = _date_or_time(value, datetime in classes, date in classes)
        if parsed is not None:
            return parsed
    if exact in classes:
        return value
    for kind in classes:
        if kind in _PRIMITIVES:
            if kind is float and exact is int:
                return float(value)
            continue
        if kind is file_type or not isinstance(kind, type):
            continue
        from airflow_client.client.core.base_model import ApiEnum, ApiModel, ApiOneOf, UnknownEnumValue

        if issubclass(kind, (ApiModel, ApiOneOf)):
            if isinstance(value, dict):
                return _model(kind, value, strict, check)
        elif issubclass(kind, ApiEnum):
            if isinstance(value, str):
                try:
                    return kind(value)
                except ValueError:
                    if not strict:
                        return UnknownEnumValue(value)
        elif issubclass(kind, enum.Enum):
            try:
                return kind(value)
            except ValueError:
                pass
        elif getattr(kind, "model_validate", None) is not None and isinstance(value, dict):
            return kind.model_validate(value)  # type: ignore[attr-defined]  # a pydantic model of the caller's
        else:
            raise ApiValueError(f"response_type: {kind!r} is not a type the client can convert an answer to")
    if strict:
        from airflow_client.client.core.base_model import json_path

        names = ", ".join(sorted(getattr(kind, "__name__", repr(kind)) for kind in accepted))
        raise ResponseValidationError(  # path[0] is "received_data", the answer itself
            operation="call_api", json_path=json_path(path[1:]), expected=f"one of [{names}]", value=value
        )
    return value


def _model(cls: Any, value: Dict[str, Any], strict: bool, check: bool) -> Any:
    from airflow_client.client.core.base_model import parse_answer

    return parse_answer(cls, value, "call_api", strict=strict, raw=not strict and not check)


def _date_or_time(text: str, want_datetime: bool, want_date: bool) -> Any:
    """``text`` as a ``datetime`` (naive when it names no zone, as there) or a ``date``, or None."""
    try:
        if want_datetime and len(text) > 10:
            return datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        if want_date:
            return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        return None
    return None
