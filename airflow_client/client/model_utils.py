"""The names of the official client's ``model_utils``, for code that imports them.

The models here are the classes of :mod:`airflow_client.client.core.models`, with the
official client's surface (:mod:`airflow_client.client.compat.models`);
this module gives code written for the official 2.x client what it reaches
for: the model base classes to test with ``isinstance`` (``OpenApiModel``,
``ModelNormal``, ``ModelSimple``, ``ModelComposed``), ``model_to_dict``, the
type-checking helpers (``validate_and_convert_types``, ``check_allowed_values``,
``check_validations``...) and the type names (``none_type``, ``file_type``).
The official client's internal tables and its composed-schema machinery are not
here; docs/differences.md lists them.

Importing this module loads the model base (``import airflow_client.client``
does not).
"""

from __future__ import annotations

import abc
import functools
import inspect
import io
import os
import pprint
import re
import tempfile
from copy import deepcopy
from datetime import date, datetime
from typing import Any, Callable, Dict, Iterable, Optional, Sequence, Tuple

from dateutil.parser import parse

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.core import words
from airflow_client.client.core.base_model import ApiEnum, ApiModel, ApiOneOf, ApiString, by_json_names, parse_lenient
from airflow_client.client.exceptions import ApiAttributeError, ApiKeyError, ApiTypeError, ApiValueError

__all__ = [
    "ApiAttributeError",
    "ApiKeyError",
    "ApiTypeError",
    "ApiValueError",
    "ModelComposed",
    "ModelNormal",
    "ModelSimple",
    "OpenApiModel",
    "PRIMITIVE_TYPES",
    "cached_property",
    "change_keys_js_to_python",
    "check_allowed_values",
    "check_validations",
    "convert_js_args_to_python_args",
    "date",
    "datetime",
    "deepcopy",
    "deserialize_file",
    "deserialize_model",
    "deserialize_primitive",
    "file_type",
    "get_simple_class",
    "get_valid_classes_phrase",
    "inspect",
    "io",
    "is_json_validation_enabled",
    "is_type_nullable",
    "is_valid_type",
    "lazy_import",
    "model_to_dict",
    "none_type",
    "os",
    "parse",
    "pprint",
    "re",
    "tempfile",
    "type_error_message",
    "validate_and_convert_types",
]

none_type = type(None)
file_type = io.IOBase
PRIMITIVE_TYPES = (list, float, int, bool, datetime, date, str, file_type)


class OpenApiModel(abc.ABC):  # noqa: B024 - a base to test with isinstance, nothing to implement
    """Every model: ``isinstance(x, OpenApiModel)`` holds for each model, enum and one-of."""


class ModelNormal(OpenApiModel):
    """A model with fields (``DAG``, ``Pool``...), not made of others."""

    @classmethod
    def __subclasshook__(cls, other: type) -> Any:
        if cls is ModelNormal and isinstance(other, type) and issubclass(other, ApiModel):
            return not other.__all_of__
        return NotImplemented


class ModelSimple(OpenApiModel):
    """A model holding one value (the enums: ``DagState``, ``TaskState``...)."""


class ModelComposed(OpenApiModel):
    """A model made of others: one of several (``ScheduleInterval``) or all of
    several (``DAGCollection``: ``CollectionInfo`` and its list)."""

    @classmethod
    def __subclasshook__(cls, other: type) -> Any:
        if cls is ModelComposed and getattr(other, "__all_of__", None):
            return True
        return NotImplemented


ModelSimple.register(ApiEnum)
ModelSimple.register(ApiString)
ModelComposed.register(ApiOneOf)


class cached_property:  # noqa: N801 - the official name
    """A read-only attribute computed on first use (also on the class itself, as the
    official models' ``openapi_types``)."""

    result_key = "_results"

    def __init__(self, fn: Callable[[], Any]) -> None:
        self._fn = fn

    def __get__(self, instance: Any, cls: Any = None) -> Any:
        if self.result_key in vars(self):
            return vars(self)[self.result_key]
        result = self._fn()
        setattr(self, self.result_key, result)
        return result


def lazy_import() -> None:
    """The official model modules import the models they refer to when this is
    first called; here a model module imports them when it is loaded, so there is
    nothing left to do."""


def model_to_dict(model_instance: Any, serialize: bool = True) -> Dict[str, Any]:
    """A model as a dict: by JSON names with ``serialize``, else by python names; the
    values as ``to_dict()`` gives them (nested models as dicts, enums as their value,
    date-times as they are)."""
    if isinstance(model_instance, (ApiEnum, ApiString)):
        return {"value": model_instance.value}
    if not isinstance(model_instance, OfficialModel):
        raise ApiTypeError(f"model_to_dict needs a model, got {type(model_instance).__name__}")
    if not serialize:
        return model_instance.to_dict()
    result: Dict[str, Any] = by_json_names(model_instance)
    return result


def get_simple_class(input_value: Any) -> type:
    """The class that stands for a value when types are checked (``bool`` before
    ``int``, ``datetime`` before ``date``; a class stands for itself)."""
    if isinstance(input_value, type):
        return input_value
    if isinstance(input_value, (tuple, list)):
        return list
    if isinstance(input_value, dict):
        return dict
    if input_value is None:
        return none_type
    if isinstance(input_value, file_type):
        return file_type
    for kind in (bool, int, float, str, datetime, date):
        if isinstance(input_value, kind):
            return kind
    return type(input_value)


def get_valid_classes_phrase(input_classes: Iterable[type]) -> str:
    names = sorted(getattr(cls, "__name__", str(cls)) for cls in input_classes)
    if len(names) == 1:
        return f"is {names[0]}"
    return f"is one of [{', '.join(names)}]"


def type_error_message(
    var_value: Any = None, var_name: Optional[str] = None, valid_classes: Any = None, key_type: Optional[bool] = None
) -> str:
    """The message of a type error: what was expected, what was given."""
    key_or_value = "key" if key_type else "value"
    phrase = get_valid_classes_phrase(valid_classes or ())
    return (
        f"Invalid type for variable '{var_name}'. Required {key_or_value} type {phrase} "
        f"and passed type was {type(var_value).__name__}"
    )


def is_type_nullable(input_type: Any) -> bool:
    """Whether a type takes ``None``: ``none_type`` itself or a nullable model."""
    if input_type is none_type:
        return True
    return bool(getattr(input_type, "_nullable", False))


def is_valid_type(input_class_simple: type, valid_classes: Sequence[Any]) -> bool:
    """Whether a value of class ``input_class_simple`` fits one of ``valid_classes``."""
    if input_class_simple in valid_classes:
        return True
    if input_class_simple is none_type:
        return any(is_type_nullable(cls) for cls in valid_classes)
    if input_class_simple is dict:
        return any(isinstance(cls, type) and issubclass(cls, (ApiModel, ApiOneOf)) for cls in valid_classes)
    return any(isinstance(cls, type) and issubclass(input_class_simple, cls) for cls in valid_classes)


def is_json_validation_enabled(schema_keyword: str, configuration: Any = None) -> bool:
    """Whether a JSON-schema check (``maxLength``...) is on: all are, unless the
    configuration's ``disabled_client_side_validations`` names it."""
    disabled = getattr(configuration, "disabled_client_side_validations", None) or ()
    if isinstance(disabled, str):
        disabled = {part.strip() for part in disabled.split(",")}
    return schema_keyword not in disabled


def check_allowed_values(
    allowed_values: Dict[Any, Dict[str, Any]], input_variable_path: Any, input_values: Any
) -> None:
    """Raise ``ApiValueError`` unless the value (each value of a list or dict) is allowed."""
    allowed = list(allowed_values[input_variable_path].values())
    name = input_variable_path[0]
    if isinstance(input_values, list):
        bad = [v for v in input_values if v not in allowed]
        if bad:
            # the official words, with the one-item tuple its message shows the values in
            shown = (", ".join(map(str, bad)),)
            raise ApiValueError(
                f"Invalid values for `{name}` [{shown}], must be a subset of [{', '.join(map(str, allowed))}]"
            )
        return
    if isinstance(input_values, dict):
        bad = [v for v in input_values.values() if v not in allowed]
    else:
        bad = [] if input_values in allowed else [input_values]
    if bad:
        raise ApiValueError(words.not_allowed(name, ", ".join(map(str, bad)), allowed))


_VALIDATION_CHECKS: Dict[str, Tuple[str, Callable[[Any, Any], bool]]] = {
    "max_length": ("maxLength", lambda v, limit: len(v) > limit),
    "min_length": ("minLength", lambda v, limit: len(v) < limit),
    "max_items": ("maxItems", lambda v, limit: len(v) > limit),
    "min_items": ("minItems", lambda v, limit: len(v) < limit),
    "exclusive_maximum": ("exclusiveMaximum", lambda v, limit: v >= limit),
    "inclusive_maximum": ("maximum", lambda v, limit: v > limit),
    "exclusive_minimum": ("exclusiveMinimum", lambda v, limit: v <= limit),
    "inclusive_minimum": ("minimum", lambda v, limit: v < limit),
}


def check_validations(
    validations: Dict[Any, Dict[str, Any]], input_variable_path: Any, input_values: Any, configuration: Any = None
) -> None:
    """Raise ``ApiValueError`` when the value breaks a rule of ``validations``."""
    if input_values is None:
        return
    rules = validations[input_variable_path]
    name = input_variable_path[0]
    for rule, limit in rules.items():
        if rule == "regex":
            if is_json_validation_enabled("pattern", configuration) and not re.search(
                limit["pattern"], input_values, limit.get("flags", 0)
            ):
                raise ApiValueError(f"Invalid value for `{name}`, must match regular expression `{limit['pattern']}`")
            continue
        keyword, broken = _VALIDATION_CHECKS[rule]
        if is_json_validation_enabled(keyword, configuration) and broken(input_values, limit):
            raise ApiValueError(words.both(words.out_of_limit(name, rule, limit), f"got {input_values!r}"))


def deserialize_primitive(data: Any, klass: type, path_to_item: Any) -> Any:
    """A ``str``, ``datetime`` or ``date`` made from ``data`` (the JSON text of one)."""
    try:
        if klass is datetime:
            if len(data) < 8:
                raise ValueError("This is not a datetime")
            return parse(data)
        if klass is date:
            if len(data) < 8:
                raise ValueError("This is not a date")
            return parse(data).date()
        converted = klass(data)
        if isinstance(data, str) and klass is float and str(converted) != data:
            raise ValueError(f"{data!r} is not a float")
        return converted
    except (OverflowError, ValueError) as exc:
        official = (
            words.unparsable(data, klass.__name__)
            if klass in (datetime, date)
            else f"Failed to parse {data!r} as {klass.__name__}"
        )
        raise ApiValueError(
            words.both(official, f"{data!r} is not a valid {klass.__name__}: {exc}"),
            path_to_item=list(path_to_item or []),
        ) from None


def deserialize_model(
    model_data: Any,
    model_class: Any,
    path_to_item: Any,
    check_type: bool,
    configuration: Any,
    spec_property_naming: bool,
) -> Any:
    """A model from its JSON data (a dict, a list for one-value models, or a value),
    parsed as an answer is: leniently."""
    if isinstance(model_class, type) and issubclass(model_class, ApiEnum):
        return model_class(model_data)
    return parse_lenient(model_class, model_data)


def deserialize_file(response_data: Any, configuration: Any, content_disposition: Optional[str] = None) -> Any:
    """Write an answer's bytes to a new file in the configuration's temp folder
    (named as ``Content-Disposition`` says) and return it open for reading."""
    folder = getattr(configuration, "temp_folder_path", None)
    fd, path = tempfile.mkstemp(dir=folder)
    os.close(fd)
    os.remove(path)
    if content_disposition:
        match = re.search(r'filename=[\'"]?([^\'"\s]+)[\'"]?', content_disposition)
        if match:
            path = os.path.join(os.path.dirname(path), os.path.basename(match.group(1)))
    with open(path, "wb") as handle:
        handle.write(response_data.encode("utf-8") if isinstance(response_data, str) else response_data)
    return open(path, "rb")  # noqa: SIM115 - the caller owns the file


def change_keys_js_to_python(input_dict: Dict[str, Any], model_class: Any) -> Dict[str, Any]:
    """``input_dict`` with JSON names turned into python names (``__type`` -> ``type``)."""
    if getattr(model_class, "attribute_map", None) is None:
        return input_dict
    to_python = {wire: name for name, wire in model_class.attribute_map.items()}
    return {to_python.get(key, key): value for key, value in input_dict.items()}


def convert_js_args_to_python_args(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a model constructor so that ``_spec_property_naming=True`` keyword
    arguments by JSON names become python names."""

    @functools.wraps(fn)
    def wrapped(_self: Any, *args: Any, **kwargs: Any) -> Any:
        if kwargs.pop("_spec_property_naming", False):
            owner = _self if isinstance(_self, type) else type(_self)
            kwargs = change_keys_js_to_python(kwargs, owner)
        return fn(_self, *args, **kwargs)

    return wrapped


def validate_and_convert_types(
    input_value: Any,
    required_types_mixed: Any,
    path_to_item: Any,
    spec_property_naming: bool,
    _check_type: bool,
    configuration: Any = None,
) -> Any:
    """``input_value`` checked against the types of an ``openapi_types`` entry and
    converted where the official client converts (a dict into a model, an ISO
    string into a ``datetime``, each item of a list or a dict); ``ApiTypeError``
    names the path when it fits none."""
    path = list(path_to_item or [])
    types: Tuple[Any, ...] = tuple(required_types_mixed)
    if input_value is None:
        if any(is_type_nullable(t) for t in types) or not _check_type:
            return None
        # ``openapi_types`` writes a list or a dict as one of its kind ([str], {str: (...)})
        expected = tuple(t if isinstance(t, type) else type(t) for t in types)
        raise ApiTypeError(
            type_error_message(input_value, path[-1] if path else None, expected),
            path_to_item=path,
            valid_classes=expected,
            key_type=False,
        )
    for kind in types:
        if isinstance(kind, list) and isinstance(input_value, (list, tuple)):
            return [
                validate_and_convert_types(v, tuple(kind), [*path, i], spec_property_naming, _check_type, configuration)
                for i, v in enumerate(input_value)
            ]
        if isinstance(kind, dict) and isinstance(input_value, dict):
            inner = next(iter(kind.values()))
            return {
                k: validate_and_convert_types(v, inner, [*path, k], spec_property_naming, _check_type, configuration)
                for k, v in input_value.items()
            }
    simple = get_simple_class(input_value)
    classes = [t for t in types if isinstance(t, type)]
    if simple in classes or any(not isinstance(input_value, type) and isinstance(input_value, c) for c in classes):
        if simple is int and bool not in classes and isinstance(input_value, bool):
            pass
        else:
            return input_value
    for kind in classes:
        if simple is dict and issubclass(kind, (ApiModel, ApiOneOf)):
            return deserialize_model(input_value, kind, path, _check_type, configuration, spec_property_naming)
        if simple is str and issubclass(kind, ApiEnum):
            return kind(input_value)
        if simple is str and kind in (datetime, date):
            return deserialize_primitive(input_value, kind, path)
        if simple is int and kind is float:
            return float(input_value)
    if not _check_type:
        return input_value
    raise ApiTypeError(
        type_error_message(input_value, path[-1] if path else None, classes),
        path_to_item=path,
        valid_classes=tuple(classes),
        key_type=False,
    )
