"""Answers read strictly (``strict``): checked against the spec first (by the checks
the package gives the models, :mod:`airflow_client.client.core.validation`, pydantic),
the first mismatch raising :class:`ResponseValidationError`, then read as
:func:`~.parsing.parse_lenient` reads them, required and non-nullable fields checked too."""

from __future__ import annotations

from typing import Any, Dict, Optional, Sequence, Tuple, Union

from airflow_client.client.core.models.fields import Declared
from airflow_client.client.core.models.names import wire_name
from airflow_client.client.core.models.parsing import parse_lenient
from airflow_client.client.core.models.readers import read_all
from airflow_client.client.core.registry import checks
from airflow_client.client.exceptions import ResponseValidationError


def check_strict(value: Any, operation: Optional[str], path: Tuple[Union[str, int], ...] = ()) -> None:
    """Strict mode: required fields present and null only where the spec allows it."""
    if isinstance(value, Declared):
        cls = type(value)
        read_all(value)
        present = value.__dict__
        for name in sorted(cls.__required__):
            if name not in present:
                raise ResponseValidationError(
                    operation=operation,
                    json_path=json_path(path + (wire_name(cls, name),)),
                    expected="a value (the field is required)",
                    value=None,
                    model=cls.__name__,
                )
        for name in cls.model_fields:
            if name not in present:
                continue
            item = present[name]
            if item is None:
                if name not in cls.__nullable__:
                    raise ResponseValidationError(
                        operation=operation,
                        json_path=json_path(path + (wire_name(cls, name),)),
                        expected="a value (the field is not nullable)",
                        value=None,
                        model=cls.__name__,
                    )
                continue
            check_strict(item, operation, path + (wire_name(cls, name),))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_strict(item, operation, path + (index,))
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (Declared, list)):
                check_strict(item, operation, path + (key,))


def parse_answer(
    cls: Any, data: Dict[str, Any], operation: Optional[str], *, strict: bool, raw: bool = False, owned: bool = False
) -> Any:
    """An answer's decoded JSON object as ``cls``: as decoded with ``raw``
    (``_check_return_type=False``), checked with ``strict``, else leniently."""
    if raw:
        return parse_lenient(cls, data, raw=True)
    if strict:
        return parse_strict(cls, data, operation, owned=owned)
    return parse_lenient(cls, data, owned=owned)


def parse_strict(cls: Any, data: Dict[str, Any], operation: Optional[str], owned: bool = False) -> Any:
    """Strict mode: ``data`` checked against the spec (the first mismatch raises
    :class:`ResponseValidationError`), then read as :func:`parse_lenient` reads it."""
    checks().check_answer(cls, data, operation)
    result = parse_lenient(cls, data, owned=owned)
    check_strict(result, operation)
    return result


def json_path(loc: Sequence[Union[str, int]]) -> str:
    out = "$"
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out
