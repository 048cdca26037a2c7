"""The official client's surface of the one-value and one-of models: their class
attributes (``attribute_map``, ``openapi_types``, ``allowed_values``...), the
per-instance settings it exposes as class-wide constants, and how its one-value
models read (``x["value"]``, ``x.get("value")``, bare in ``str()``)."""

from __future__ import annotations

from typing import Any, ClassVar, Dict, FrozenSet, List, Tuple

from airflow_client.client.core.models.fields import _COMPOSED_PRIVATE, _OFFICIAL_PRIVATE, ANY_TYPES, _one_value
from airflow_client.client.exceptions import ApiAttributeError


class _PerClass:
    """A class attribute computed once per class from the class itself (what the
    official client's models expose as ``openapi_types``, ``attribute_map``...).

    A descriptor, so ``enum`` does not take it for a member and the model does not
    take it for a field."""

    __slots__ = ("compute", "cache")

    def __init__(self, compute: Any) -> None:
        self.compute = compute
        self.cache: Dict[type, Any] = {}

    def __get__(self, obj: Any, owner: type) -> Any:
        try:
            return self.cache[owner]
        except KeyError:
            value = self.cache[owner] = self.compute(owner)
            return value


class _OfficialDefaults:
    """The official client's per-instance settings of a model, as class-wide constants
    (code reads them; here they never change), and whether the schema is nullable
    (set by the generator where it is)."""

    _nullable: ClassVar[bool] = False
    _check_type: ClassVar[bool] = True
    _spec_property_naming: ClassVar[bool] = False
    _path_to_item: ClassVar[Tuple[Any, ...]] = ()
    _configuration: ClassVar[Any] = None
    _visited_composed_classes: ClassVar[Tuple[Any, ...]] = ()


class _BuiltClass:
    """``_visited_composed_classes`` of a one-value model: on a value, its class, which the
    official client records in every model it builds; on the class, ``()`` as before."""

    __slots__ = ()

    def __get__(self, obj: Any, owner: type) -> Tuple[type, ...]:
        return () if obj is None else (owner,)


#: The modules of the models' base classes (not the generated ones).
_RUNTIME = ("airflow_client.client.core.",)


def _model_names(cls: type) -> FrozenSet[str]:
    """What ``dir()`` of an official one-value model lists that ``enum`` leaves out of an
    enum's: the class attributes and methods of the models (``allowed_values``,
    ``openapi_types``, ``get``, ``_data_store``, ``_nullable``...), not the dunders nor
    the ``_sunder_`` names that are enum's own (``_member_map_``, ``_missing_``...)."""
    return frozenset(
        name
        for klass in cls.__mro__
        if klass.__module__.startswith(_RUNTIME)
        for name in vars(klass)
        if not (name.startswith("_") and name.endswith("_"))
    )


class _SimpleModelAttributes(_OfficialDefaults):
    """What the official client's one-value models (enums, ``Color``) have: their
    class attributes, and reading the value (a mix-in, so that ``enum`` takes none
    of it for a member)."""

    #: Marks the one-value models (a dunder: ``enum`` takes it for no member).
    __one_value__: ClassVar[bool] = True

    attribute_map: ClassVar[Any] = _PerClass(lambda cls: {})
    openapi_types: ClassVar[Any] = _PerClass(lambda cls: {"value": (str,)})
    allowed_values: ClassVar[Any] = _PerClass(
        lambda cls: {("value",): {**({"None": None} if cls._nullable else {}), **{m.name: m.value for m in cls}}}
    )
    validations: ClassVar[Any] = _PerClass(lambda cls: {})
    read_only_vars: ClassVar[Any] = _PerClass(lambda cls: set())
    required_properties: ClassVar[Any] = _PerClass(lambda cls: set(_OFFICIAL_PRIVATE) | {"_visited_composed_classes"})
    discriminator: ClassVar[Any] = _PerClass(lambda cls: None)
    additional_properties_type: ClassVar[Any] = _PerClass(lambda cls: None)
    _composed_schemas: ClassVar[Any] = _PerClass(lambda cls: None)
    _visited_composed_classes: ClassVar[Any] = _BuiltClass()

    # How the official one-value models read: ``x.value``, ``x["value"]``, bare in ``str()``.
    value: str

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    def __getitem__(self, key: Any) -> Any:
        if key == "value":
            return self.value
        # worded as the official client words it; the path only for a name
        path = [key] if isinstance(key, str) else []
        raise ApiAttributeError(f"{type(self).__name__} has no attribute '{key}'", path_to_item=path)

    def get(self, name: str, default: Any = None) -> Any:
        return self.value if name == "value" else default

    def __contains__(self, name: object) -> bool:
        return name == "value"

    def __getattr__(self, name: str) -> Any:
        # only for what the value and its class do not have: raised as the official client raises it
        raise ApiAttributeError(f"{type(self).__name__} has no attribute {name!r}")

    @property
    def _data_store(self) -> Dict[str, str]:
        return {"value": self.value}

    def to_str(self) -> str:
        return self.value


class _EnumAttributes(_SimpleModelAttributes):
    """What the official client's enum models have besides: their constructor for
    answers, and ``dir()`` listing the class attributes (which ``enum`` leaves out)."""

    @classmethod
    def _from_openapi_data(cls: Any, *args: Any, **kwargs: Any) -> Any:
        return cls(_one_value(cls, args, kwargs))

    _new_from_openapi_data = _from_openapi_data

    def __dir__(self) -> List[str]:
        # enum leaves out the underscore names (``_data_store``, ``_nullable``...) the official lists
        return sorted({*super().__dir__(), *_model_names(type(self))})


class _StringAttributes(_SimpleModelAttributes):
    """What the official client's string models (``Color``) have besides: no allowed
    values, the pattern as its generator wrote it (``''``), the constructor for answers."""

    allowed_values: ClassVar[Any] = _PerClass(lambda cls: {})
    validations: ClassVar[Any] = _PerClass(
        lambda cls: {("value",): {"regex": {"pattern": ""}}} if cls.__pattern__ else {}
    )

    @classmethod
    def _from_openapi_data(cls, *args: Any, **kwargs: Any) -> Any:
        return cls(*args, **kwargs)

    _new_from_openapi_data = _from_openapi_data


class _OneOfAttributes(_OfficialDefaults):
    """What the official client's composed one-of models have: their class attributes,
    their members' together, and the constructor for answers."""

    @classmethod
    def _from_openapi_data(cls: Any, *args: Any, **kwargs: Any) -> Any:
        return cls._member(kwargs)._from_openapi_data(*args, **kwargs)

    _new_from_openapi_data = _from_openapi_data

    attribute_map: ClassVar[Any] = _PerClass(
        lambda cls: {k: v for m in cls.__members__.values() for k, v in m.attribute_map.items()}
    )
    openapi_types: ClassVar[Any] = _PerClass(
        lambda cls: {k: v for m in cls.__members__.values() for k, v in m.openapi_types.items()}
    )
    read_only_vars: ClassVar[Any] = _PerClass(
        lambda cls: set().union(*(m.read_only_vars for m in cls.__members__.values()))
    )
    required_properties: ClassVar[Any] = _PerClass(
        lambda cls: {*_OFFICIAL_PRIVATE, "_visited_composed_classes", *_COMPOSED_PRIVATE}
    )
    allowed_values: ClassVar[Any] = _PerClass(lambda cls: {})
    validations: ClassVar[Any] = _PerClass(lambda cls: {})
    discriminator: ClassVar[Any] = _PerClass(lambda cls: {cls.__discriminator__[1]: dict(cls.__members__)})
    additional_properties_type: ClassVar[Any] = _PerClass(lambda cls: ANY_TYPES)
    _composed_schemas: ClassVar[Any] = _PerClass(
        lambda cls: {"anyOf": list(cls.__members__.values()), "allOf": [], "oneOf": []}
    )
