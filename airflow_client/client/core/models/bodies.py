"""Models as JSON: request bodies (:func:`request_body`), checked, and a model's
fields by their JSON names (:func:`by_json_names`, ``to_json``)."""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Any, Dict, Tuple

from airflow_client.client.core.models.enums import ApiString
from airflow_client.client.core.models.fields import _PRIVATE, Declared
from airflow_client.client.core.models.names import _required_wire_names, wire_name
from airflow_client.client.core.models.readers import read_all
from airflow_client.client.exceptions import ApiTypeError, ApiValueError


def request_body(model: Declared, *, create: bool, path: Tuple[str, ...] = ()) -> Dict[str, Any]:
    """The JSON body for a model: writable fields the user set, checked.

    ``create`` (a POST) also requires the fields the spec marks required.
    """
    cls = type(model)
    where = ".".join((cls.__name__, *path))
    read_all(model)
    values = model.__dict__
    fields = cls.model_fields
    out: Dict[str, Any] = {}
    for name, field in fields.items():
        if name not in values or name in cls.__read_only__:
            continue
        value = values[name]
        key = field.alias or name
        if value is None and name not in cls.__nullable__:
            raise ApiValueError(f"{where}.{name}: null is not allowed here; leave the field unset instead")
        out[key] = _json_value(value, create, path + (key,), cls.__name__)
    for key, value in values.items():  # unknown fields: sent as given, as the official client does
        if key not in fields and key not in _PRIVATE:
            out[key] = _json_value(value, create, path + (key,), cls.__name__)
    if create:
        missing = [name for name in sorted(cls.__required__) if name not in values and name not in cls.__read_only__]
        if missing:
            raise ApiValueError(f"{where}: required field(s) not set: {', '.join(missing)}")
    return out


def _json_value(value: Any, create: bool, path: Tuple[str, ...], owner: str) -> Any:
    if isinstance(value, (enum.Enum, ApiString)):
        return value.value
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, Declared):
        return request_body(value, create=create, path=path)
    if isinstance(value, _dt.datetime):  # without a zone too, as the official client sends it
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_json_value(v, create, path + (str(i),), owner) for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {str(k): _json_value(v, create, path + (str(k),), owner) for k, v in value.items()}
    raise ApiTypeError(f"{owner}.{'.'.join(path)}: {type(value).__name__} cannot be sent as JSON; got {value!r}")


def stored(model: Declared) -> Dict[str, Tuple[str, Any]]:
    """JSON name -> (python name, value) of what a model holds: the fields received or
    set, and unknown ones (by their JSON names).  In the official client's order (its
    ``_data_store``): the required fields first, by JSON name (its constructors take
    them first, in that order: ``__type`` before ``days``, though it reads ``type``),
    then the others in the order they were received or given."""
    cls = type(model)
    fields = cls.model_fields
    read_all(model)
    by_wire = {}
    for key, value in model.__dict__.items():
        if key in fields:
            by_wire[wire_name(cls, key)] = (key, value)
        elif key not in _PRIVATE:
            by_wire[key] = (key, value)
    required = _required_wire_names(cls)
    first = sorted(key for key in by_wire if key in required)
    return dict([(key, by_wire[key]) for key in first] + [(k, v) for k, v in by_wire.items() if k not in required])


def by_json_names(value: Any) -> Any:
    """A value as ``to_json`` and ``model_utils.model_to_dict`` give it: ``to_dict()``'s,
    with the fields of models by their JSON names (date-times as they are)."""
    if isinstance(value, Declared):
        return {key: by_json_names(v) for key, (_name, v) in stored(value).items()}
    if isinstance(value, (enum.Enum, ApiString)):
        return value.value
    if isinstance(value, (list, tuple)):
        return [by_json_names(v) for v in value]
    if isinstance(value, dict):
        return {k: by_json_names(v) for k, v in value.items()}
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    raise TypeError(f"{type(value).__name__} cannot be written as JSON: {value!r}")
