"""How a generated model declares its fields: :func:`Field`, :class:`ModelField`, and
:class:`Declared`, the base that collects a model's fields from its class body.

The modules that read models (:mod:`.names`, :mod:`.parsing`, :mod:`.strict`,
:mod:`.bodies`) know a model by this base: it is all they need of it, and it
needs nothing of them (``ApiModel``, in :mod:`.model`, builds on all of them).
"""

from __future__ import annotations

import datetime as _dt
import typing
from typing import Any, ClassVar, Dict, FrozenSet, Optional, Tuple, Union

from airflow_client.client.exceptions import ApiTypeError

#: Keyword arguments the official client's models accept and that mean nothing here.
_OFFICIAL_MODEL_KWARGS = frozenset(
    {"_check_type", "_spec_property_naming", "_path_to_item", "_configuration", "_visited_composed_classes"}
)
#: What the official composed models also list in ``required_properties``.
_COMPOSED_PRIVATE = ("_composed_instances", "_var_name_to_model_instances", "_additional_properties_model_instances")
#: Per-instance attributes of the official models that user code may read.
_OFFICIAL_PRIVATE = ("_data_store", "_check_type", "_spec_property_naming", "_path_to_item", "_configuration")
#: What an instance may hold besides its fields, not a field of its own (the official
#: models keep them out of their data too): set, read, never shown or sent.
_PRIVATE = frozenset({*_OFFICIAL_PRIVATE, "_visited_composed_classes", *_COMPOSED_PRIVATE})
#: What the official client's models take as a value of a free-form field.
ANY_TYPES: Tuple[type, ...] = (bool, _dt.date, _dt.datetime, dict, float, int, list, str, type(None))


def _one_value(cls: type, args: Tuple[Any, ...], kwargs: Dict[str, Any]) -> Any:
    """The value of a one-value model's constructor arguments (by position or ``value=``)."""
    for key in _OFFICIAL_MODEL_KWARGS:
        kwargs.pop(key, None)
    if len(args) + len(kwargs) != 1 or (kwargs and "value" not in kwargs):
        raise ApiTypeError(
            "value is required, but not passed in args or kwargs and doesn't have default; "
            f"{cls.__name__} takes one value, got {args!r} and {kwargs!r}"
        )
    return args[0] if args else kwargs["value"]


class _FieldSpec:
    """What ``Field(...)`` declares in a generated model's body."""

    __slots__ = ("wire", "constraints")

    def __init__(self, wire: Optional[str], constraints: Dict[str, Any]) -> None:
        self.wire = wire
        self.constraints = constraints


def Field(default: Any = None, *, wire: Optional[str] = None, **constraints: Any) -> Any:  # noqa: N802
    """Declares a field's JSON name where it is not its python name (``wire``) and the
    spec's constraints on its values (``min_length=1``, ``ge=0``...), in a generated
    model's body: ``type: Optional[str] = Field(None, wire="__type")``.  Every field's
    default is "absent"."""
    if default is not None:
        raise TypeError("a model field has no default: an unset field is absent")
    return _FieldSpec(wire, constraints)


class ModelField:
    """One field of a model, as its class declares it (``Model.model_fields[name]``)."""

    __slots__ = ("name", "alias", "annotation", "constraints")

    def __init__(self, name: str, alias: Optional[str], annotation: Any, constraints: Dict[str, Any]) -> None:
        self.name = name
        #: The JSON name where it differs from the python name, else None.
        self.alias = alias
        #: The python type: ``Optional[str]``, ``Optional[List[Tag]]``...
        self.annotation = annotation
        #: The spec's constraints, by pydantic's names (``min_length``, ``ge``, ``pattern``...).
        self.constraints = constraints

    def __repr__(self) -> str:
        return f"ModelField({self.name!r}, alias={self.alias!r}, annotation={self.annotation!r})"


def alias_property(field_name: str) -> Any:
    """A property for a field stored under another python name than the official
    client's (``Connection.schema`` is stored as ``schema_``)."""

    def fget(self: Any) -> Any:
        return getattr(self, field_name)

    def fset(self: Any, value: Any) -> None:
        setattr(self, field_name, value)

    return property(fget, fset, doc=f"The ``{field_name}`` field.")


def _own_annotations(cls: type) -> Dict[str, Any]:
    found = cls.__dict__.get("__annotations__")
    if found is None and "__annotate__" in cls.__dict__:  # Python 3.14: evaluated on first read
        found = cls.__annotations__
    return dict(found or {})


def _is_class_var(annotation: Any) -> bool:
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    return annotation is ClassVar or typing.get_origin(annotation) is ClassVar


def _strip_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) is Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


class Declared:
    """What a model declares (the base of :class:`~.model.ApiModel`): its fields, from
    the annotations of its class body, and what the spec says of them."""

    #: The fields, by python name, in the order of the spec (filled in for each class).
    model_fields: ClassVar[Dict[str, ModelField]] = {}
    #: Set by the generator: python names of the fields the spec requires,
    #: marks read-only and allows null.
    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()
    #: Read-only only through the schema they refer to (``DAGRun.state``): the
    #: official constructor takes them; they are not sent either.
    __read_only_by_ref__: ClassVar[FrozenSet[str]] = frozenset()
    #: The fields of ``format: datetime`` (not ``date-time``): text, as in the official
    #: client, in Airflow 2's form (``+00:00``, not ``Z``).
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset()
    #: The parts of an ``allOf`` schema, by model name (the official client's composed models).
    __all_of__: ClassVar[Tuple[str, ...]] = ()
    #: Set by the generator on a collection (a page of a list operation): the field
    #: that holds its items (``"dags"`` of ``DAGCollection``), which ``paginate`` walks.
    __items__: ClassVar[str] = ""
    #: How answers are read into the class (:func:`.readers._plan`), made on first use.
    __plan__: ClassVar[Any] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = dict(cls.model_fields)
        for name, annotation in _own_annotations(cls).items():
            if name.startswith("_") or _is_class_var(annotation):
                continue
            spec = cls.__dict__.get(name)
            if name in cls.__dict__:
                delattr(cls, name)  # no class-wide default: a field not given is absent
            if not isinstance(spec, _FieldSpec):
                spec = _FieldSpec(None, {})
            fields[name] = ModelField(name, spec.wire, annotation, spec.constraints)
        cls.model_fields = fields
        cls.__plan__ = None
