"""What the user builds, and strict answers, checked by pydantic: imported on first need.

The models are plain classes (:mod:`airflow_client.client.core.models`), so that
reading answers imports no validation library.  Building a model takes the usual
values as they are (``models.building._takes``: exact types, members, instances, which a
test holds to what pydantic gives back); any other value is pydantic's work: for
each model this module makes, on first need, a pydantic model
with the same fields (its *shadow*): the spec's scalar types strictly (a ``str``
field takes a ``str``, not a number), aware date-times, the spec's constraints,
nested models (a dict of their fields, or an instance), enums, the one-of schemas
told apart by their discriminator, unknown fields allowed.  A value is checked by
the shadow and the checked value stored in the plain model; nested shadows become
plain models again.  The messages are pydantic's, in front of them the field's
path and behind them the value.
"""

from __future__ import annotations

import datetime as _dt
import typing
from typing import Any, Dict, List, Optional, Sequence, Tuple, Type, Union

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    Tag,
    TypeAdapter,
    ValidationError,
    create_model,
    model_validator,
)
from pydantic import Field as PydanticField
from pydantic_core import PydanticCustomError, core_schema
from typing_extensions import Annotated

from airflow_client.client.core import words
from airflow_client.client.core.models.building import _hold
from airflow_client.client.core.models.enums import ApiString
from airflow_client.client.core.models.model import ApiModel
from airflow_client.client.core.models.names import _valid_classes
from airflow_client.client.core.models.oneof import ApiOneOf, discriminate_by
from airflow_client.client.core.models.strict import json_path
from airflow_client.client.core.quirks import ADAPTED, adapt
from airflow_client.client.exceptions import ApiTypeError, ApiValueError, ResponseValidationError, render_path

__all__ = ["check_answer", "construct", "pydantic_type", "request_error", "shadow"]

_CONFIG = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=(), regex_engine="python-re")


def _no_timestamp(value: Any) -> Any:
    """pydantic takes a number, or text of digits, for a date-time as a Unix time: a
    program that gives ``20240501`` means no 1970 date (the official client refuses it)."""
    text = value.strip().lstrip("+-").replace(".", "", 1) if isinstance(value, str) else ""
    if isinstance(value, (int, float)) or (text and text.isdigit()):
        raise PydanticCustomError(
            "datetime_type", "Input should be a datetime or an ISO 8601 date-time text, not a number"
        )
    return value


def _only_list(value: Any) -> Any:
    """A list field takes a list, as the official client's does (pydantic would take a
    tuple, a set or a generator too)."""
    if not isinstance(value, list):
        raise PydanticCustomError("list_type", "Input should be a valid list")
    return value


_SCALARS: Dict[Any, Any] = {
    str: StrictStr,
    int: StrictInt,
    float: StrictFloat,
    bool: StrictBool,
    _dt.datetime: Annotated[AwareDatetime, BeforeValidator(_no_timestamp)],
}
#: pydantic error types that mean "right kind of value, not an allowed one".
_VALUE_ERRORS = frozenset(
    {
        "enum",
        "literal_error",
        "greater_than",
        "greater_than_equal",
        "less_than",
        "less_than_equal",
        "string_too_short",
        "string_too_long",
        "too_short",
        "too_long",
        "string_pattern_mismatch",
        "timezone_aware",
        "datetime_from_date_parsing",
        "datetime_parsing",
    }
)

_SHADOWS: Dict[type, Type[BaseModel]] = {}
_PLAIN: Dict[type, Type[ApiModel]] = {}
_NESTED: Dict[type, Any] = {}
_ADAPTERS: Dict[type, TypeAdapter[Any]] = {}


def shadow(cls: Type[ApiModel]) -> Type[BaseModel]:
    """The pydantic model that checks values for ``cls``."""
    found = _SHADOWS.get(cls)
    if found is not None:
        return found
    fields: Dict[str, Any] = {}
    for name, field in cls.model_fields.items():
        options = dict(field.constraints)
        if field.alias:
            options["alias"] = field.alias
        fields[name] = (pydantic_type(field.annotation), PydanticField(None, **options))
    validators: Dict[str, Any] = {}
    if cls.__name__ in ADAPTED:  # a real server answers this model against its spec: see quirks.py
        model_name = cls.__name__

        def _as_the_spec_names_it(model: Any, data: Any) -> Any:
            return adapt(model_name, data)

        before = model_validator(mode="before")
        validators["_as_the_spec_names_it"] = before(classmethod(_as_the_spec_names_it))  # type: ignore[arg-type]
    made: Type[BaseModel] = create_model(
        cls.__name__, __config__=_CONFIG, __validators__=validators, __module__=cls.__module__, **fields
    )
    _SHADOWS[cls] = made
    _PLAIN[made] = cls
    return made


def pydantic_type(annotation: Any) -> Any:
    """A model field's python annotation as pydantic checks it."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is Union:
        return Union[tuple(pydantic_type(a) for a in args)]
    if origin in (list, List, Sequence):
        inner = List[pydantic_type(args[0])] if args else list  # type: ignore[misc]
        return Annotated[inner, BeforeValidator(_only_list)]
    if origin in (dict, Dict):
        return Dict[args[0], pydantic_type(args[1])] if args else dict  # type: ignore[misc, valid-type]
    if origin is not None or annotation is Any:
        return annotation  # Literal[...], Annotated[...]
    scalar = _SCALARS.get(annotation)
    if scalar is not None:
        return scalar
    if isinstance(annotation, type):
        if issubclass(annotation, ApiModel):
            return _nested(annotation)
        if issubclass(annotation, ApiOneOf):
            wire, attr = annotation.__discriminator__
            members = tuple(Annotated[_nested(m), Tag(name)] for name, m in annotation.__members__.items())
            return Annotated[Union[members], Discriminator(discriminate_by(wire, attr))]
        if issubclass(annotation, ApiString):
            return _string(annotation)
    return annotation


def _nested(cls: Type[ApiModel]) -> Any:
    """A model as the type of a field: an instance taken as it is, a dict checked by
    the model's shadow."""

    def schema(handler: Any) -> Any:
        def take(value: Any, check: Any) -> Any:
            return value if isinstance(value, cls) else check(value)

        return core_schema.no_info_wrap_validator_function(take, handler.generate_schema(shadow(cls)))

    return _checked_as(cls, schema)


def _string(cls: Type[ApiString]) -> Any:
    """A one-value string model as the type of a field: an instance, or a ``str``."""

    def schema(_handler: Any) -> Any:
        return core_schema.no_info_after_validator_function(
            lambda v: v if isinstance(v, cls) else cls(v),
            core_schema.union_schema([core_schema.is_instance_schema(cls), core_schema.str_schema(strict=True)]),
        )

    return _checked_as(cls, schema)


def _checked_as(cls: type, schema: Any) -> Any:
    """A stand-in type for ``cls`` in pydantic annotations, whose core schema is
    ``schema(handler)`` (made once per class)."""
    found = _NESTED.get(cls)
    if found is None:
        hook = classmethod(lambda _owner, _source, handler: schema(handler))
        found = _NESTED[cls] = type(cls.__name__, (), {"__get_pydantic_core_schema__": hook})
    return found


def plain(value: Any) -> Any:
    """A checked value with the shadows in it made plain models again."""
    if isinstance(value, BaseModel):
        cls = _PLAIN.get(type(value))
        return value if cls is None else _hold(object.__new__(cls), _values(value))
    if type(value) is list:
        return [plain(v) for v in value]
    if type(value) is dict:
        return {k: plain(v) for k, v in value.items()}
    return value


def _values(checked: BaseModel) -> Dict[str, Any]:
    given = checked.__pydantic_fields_set__
    out = {name: plain(value) for name, value in checked.__dict__.items() if name in given}
    out.update(checked.__pydantic_extra__ or {})  # unknown fields, as given
    return out


# -- requests ----------------------------------------------------------------------------


def construct(cls: Type[ApiModel], data: Dict[str, Any]) -> Dict[str, Any]:
    """The values of a model built from ``data`` (python or JSON names), checked."""
    try:
        checked = shadow(cls)(**data)
    except ValidationError as exc:
        raise request_error(exc, cls.__name__, model=cls) from None
    values = _values(checked)
    # in the order given, as the official client keeps them, and the caller's own lists
    # and dicts where pydantic took them unchanged (it copies them)
    by_alias = {f.alias: name for name, f in cls.model_fields.items() if f.alias}
    given = {by_alias.get(key, key): value for key, value in data.items()}
    ordered = {name: _own(given[name], values[name]) for name in given if name in values}
    ordered.update((name, value) for name, value in values.items() if name not in ordered)
    return ordered


def _own(given: Any, checked: Any) -> Any:
    """``given`` where it is a list or dict that the check left as it was, else ``checked``."""
    if type(given) in (list, dict) and type(checked) is type(given) and checked == given:
        return given
    return checked


def request_error(
    exc: ValidationError, owner: str, prefix: Sequence[Union[str, int]] = (), model: Optional[type] = None
) -> Exception:
    """``ApiTypeError`` or ``ApiValueError`` for the first error of a request value;
    a type error of a field of ``model`` says, as the official client's does, where
    (``path_to_item``) and what the field takes (``valid_classes``).  The message
    starts with the official client's words for the mistake (:mod:`.words`), where
    they are true here, and goes on with pydantic's, the field's path and the value."""
    err = exc.errors(include_url=False)[0]
    loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
    where = ".".join(str(p) for p in (*prefix, *loc)) or "value"
    value = err.get("input")
    if err["type"] == "timezone_aware":
        message = (
            f"{owner}.{where}: the date-time {value!r} has no time zone, and Airflow refuses those; "
            "give one, e.g. datetime(2024, 1, 1, tzinfo=timezone.utc)"
        )
        return ApiValueError(message)
    message = f"{owner}.{where}: {err['msg'].rstrip('.')}; got {value!r} ({type(value).__name__})"
    path = [*prefix, *loc]
    valid = _valid_classes(model, path) if model is not None and not prefix else None
    # the official client refuses a field's value that is not of its enum's type (a str,
    # even one of the values) as a wrong type, and an inline enum's wrong value as a wrong value
    type_error = err["type"] == "enum" or (err["type"] == "literal_error" and not isinstance(value, str))
    is_value_error = err["type"] in _VALUE_ERRORS and not type_error
    official = _official_words(err, model, path, valid, is_value_error)
    if model is not None and getattr(model, "__all_of__", None):
        # the official composed models refuse any value so, naming the part that refused it
        part = _part_with(model, path)
        if official and part:
            inner = official if is_value_error else f"{official} at {render_path(path)}"
            return ApiValueError(words.both(words.in_composed(part, model.__name__, inner), message))
        return ApiValueError(message)
    if is_value_error:
        return ApiValueError(words.both(official, message))
    return ApiTypeError(words.both(official, message), path_to_item=path or None, valid_classes=valid, key_type=False)


#: pydantic's error types for a rule of the spec, with the official ``validations`` key
#: and the name of the limit in the error's context.
_LIMIT_ERRORS = {
    "greater_than_equal": ("inclusive_minimum", "ge"),
    "greater_than": ("exclusive_minimum", "gt"),
    "less_than_equal": ("inclusive_maximum", "le"),
    "less_than": ("exclusive_maximum", "lt"),
    "string_too_short": ("min_length", "min_length"),
    "string_too_long": ("max_length", "max_length"),
    "too_short": ("min_items", "min_length"),
    "too_long": ("max_items", "max_length"),
}


def _official_words(
    err: Any, model: Optional[type], path: List[Any], valid: Optional[Tuple[Any, ...]], is_value_error: bool
) -> str:
    """The official client's words for ``err`` ("": none that would be true here: a date-time
    text it refuses by type is taken here when it is ISO 8601, so a bad one is a bad value)."""
    if not path:
        return ""
    name = path[-1]
    if not is_value_error:
        return words.wrong_type(name, err.get("input"), valid) if valid else ""
    if err["type"] == "literal_error" and model is not None:
        allowed = getattr(model, "allowed_values", {}).get((name,))
        return words.not_allowed(name, err.get("input"), list(allowed.values())) if allowed else ""
    limit = _LIMIT_ERRORS.get(err["type"])
    ctx = err.get("ctx") or {}
    if limit and limit[1] in ctx and len(path) == 1:
        return words.out_of_limit(name, limit[0], ctx[limit[1]])
    return ""


def _part_with(model: Any, path: List[Any]) -> Optional[str]:
    """The first part of the allOf model ``model`` that has the field at ``path``."""
    from airflow_client.client.core.registry import model_class

    for part in model.__all_of__:
        if path and path[0] in model_class(part).model_fields:
            return str(part)
    return None


# -- strict answers ------------------------------------------------------------------------


def check_answer(cls: Any, data: Any, operation: Optional[str]) -> None:
    """Strict mode: raise :class:`ResponseValidationError` for the first value of
    ``data`` (decoded JSON for ``cls``) that the spec does not allow."""
    adapter = _ADAPTERS.get(cls)
    if adapter is None:
        adapter = _ADAPTERS[cls] = TypeAdapter(pydantic_type(cls))
    try:
        adapter.validate_python(data)
    except ValidationError as exc:
        raise strict_error(exc, cls, operation) from None


def strict_error(exc: ValidationError, cls: Any, operation: Optional[str]) -> ResponseValidationError:
    """Our exception for the first error pydantic found in an answer."""
    err = exc.errors(include_url=False)[0]
    loc: Tuple[Any, ...] = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    return ResponseValidationError(
        operation=operation,
        json_path=json_path(loc),
        expected=_expected(err),
        value=err.get("input"),
        model=getattr(cls, "__name__", None),
    )


def _expected(err: Any) -> str:
    ctx = err.get("ctx") or {}
    if err["type"] == "enum" and "expected" in ctx:
        return f"one of {ctx['expected']}"
    return str(err.get("msg", err["type"]))
