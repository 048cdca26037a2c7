"""The one-value models: the spec's enums (:class:`ApiEnum`) and its string schemas
with a rule (:class:`ApiString`), and :class:`UnknownEnumValue`, what an answer's
enum value the spec does not list is read as.  (What the official client's one-value
models have besides is :mod:`airflow_client.client.compat.models`'.)"""

from __future__ import annotations

import enum
from typing import Any, ClassVar

from airflow_client.client.core.models.fields import _OFFICIAL_MODEL_KWARGS, _one_value
from airflow_client.client.exceptions import ApiTypeError, ApiValueError


class _ApiEnumType(enum.EnumMeta):
    """Takes (and ignores) the official client's constructor keywords:
    ``DagState("queued", _check_type=True)``."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        for key in _OFFICIAL_MODEL_KWARGS:
            kwargs.pop(key, None)
        if not args and "value" not in kwargs:
            raise ApiTypeError(
                "value is required, but not passed in args or kwargs and doesn't have default; "
                f"{cls.__name__} takes one value, got {args!r} and {kwargs!r}",
                path_to_item=(),
                valid_classes=(cls,),
            )
        if args == (None,) and not kwargs and getattr(cls, "_nullable", False):
            return None  # a nullable enum takes None, as the official one does
        return super().__call__(*args, **kwargs)


class ApiEnum(enum.Enum, metaclass=_ApiEnumType):
    """An enum of the spec: ``state.value`` is the value, a ``str``.  As in the official
    client, a member is not a ``str`` and does not equal one (compare
    ``state.value == "success"`` or ``state == DagState.SUCCESS``), and a value the spec
    does not list raises ``ApiValueError`` (a ``ValueError``).  The generated enums
    also read as the official one-value models (``compat/models.py``: ``OfficialEnum``).
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        allowed = [member.value for member in cls]
        raise ApiValueError(
            f"Invalid value for `value` ({value}), must be one of "
            f"{[None, *allowed] if getattr(cls, '_nullable', False) else allowed}; "
            f"{cls.__name__} was given {value!r}",
            path_to_item=["value"],
        )


class ApiString:
    """A string schema with a rule (``Color``: ``#`` and hex digits), a one-value
    model as in the official client: ``color.value`` gives the ``str``; it is not a
    ``str`` and does not equal one.  The rule is documented (``__pattern__``, the
    docstring), not enforced: the official client does not either.  The generated
    ones also read as the official one-value models (``compat/models.py``:
    ``OfficialString``)."""

    __slots__ = ("value",)
    #: Set by the generator: the spec's pattern.
    __pattern__: ClassVar[str] = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        value = _one_value(type(self), args, kwargs)
        if not isinstance(value, str):
            raise ApiTypeError(
                "Invalid type for variable 'value'. Required value type is str and passed type was "
                f"{type(value).__name__}; {type(self).__name__}: a str is needed; got {value!r} ({type(value).__name__})"
            )
        self.value = value

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.value == self.value  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self), self.value))

    def __copy__(self) -> "ApiString":
        return self

    def __deepcopy__(self, memo: Any) -> "ApiString":
        return self


class UnknownEnumValue(str):
    """An enum value the spec does not know, kept as received.

    It is a plain ``str``; ``value`` and ``name`` are there so that code written
    for the enum members (``run.state.value``) keeps working.
    """

    @property
    def value(self) -> str:
        return str(self)

    @property
    def name(self) -> str:
        return str(self).upper()

    def __getitem__(self, key: Any) -> Any:
        if key == "value":
            return str(self)
        return str.__getitem__(self, key)
