"""Print the public surface of the installed ``airflow_client`` package as JSON (stdlib only).

Run by path, in the interpreter whose client is to be described::

    .cache/official-client/venv/bin/python -I test/compat/surface_dump.py > official.json
    PYTHONPATH=. .venv/bin/python test/compat/surface_dump.py --probe official.json > ours.json

It must run under the official ``apache-airflow-client==2.10.0`` and under ours, so it
imports nothing but the standard library and the package it describes.  What it walks:

* every module under ``airflow_client`` (``pkgutil.walk_packages``, each one imported);
* every public name of each module (``dir()``, ``__all__``, and ``__version__``), with its
  kind (``module``, ``class``, ``function``, ``value``), an identity token (so re-exports of
  one object can be told from look-alikes), a function's parameters, a simple value itself;
* for each class defined in ``airflow_client``: its MRO by name, its public members, the
  underscore names real code uses on models, the dunder methods the package defines, and
  the attributes of an instance built as a user would (``ApiClient()``, ``DAGApi(ApiClient())``,
  ``CreateDatasetEvent(dataset_uri="x")``, ``DagState("queued")``...);
* for each callable: its parameters in order (name, kind, has-default) and, for ``**kwargs``
  whose names are declared (the official API methods' ``<op>_endpoint.params_map['all']``,
  the official models' fields and ``_check_type``..., ours' ``Unpack[RequestOptions]``),
  those names;
* for each model class (one with ``attribute_map``): ``attribute_map``, ``read_only_vars``,
  ``required_properties``, ``allowed_values``, ``validations`` keys, ``discriminator``,
  ``additional_properties_type`` (set or ``None``) and ``openapi_types`` as type names.

``--probe FILE`` (the official dump) adds the official modules, names, members and instance
recipes to what is looked up, so names that only a PEP 562 ``__getattr__`` provides are found
and instances are built with the official client's arguments.  Names are listed before any
model's ``openapi_types`` is read: the official ``lazy_import()`` adds names to a module's
globals at that moment, which no user can rely on.
"""

from __future__ import annotations

import contextlib
import enum
import importlib
import inspect
import json
import pkgutil
import re
import sys
import types
import typing
from typing import Any, Dict, List, Optional

PACKAGE = "airflow_client"
#: Underscore names that real code reads or calls on models.
MODEL_PRIVATE = (
    "_data_store",
    "_from_openapi_data",
    "_check_type",
    "_spec_property_naming",
    "_path_to_item",
    "_configuration",
    "_visited_composed_classes",
    "_composed_schemas",
    "_nullable",
)
#: Keyword arguments every official model's ``__init__`` and ``_from_openapi_data`` take.
MODEL_KWARGS = ("_check_type", "_spec_property_naming", "_path_to_item", "_configuration", "_visited_composed_classes")
MODEL_CLASS_ATTRS = (
    "attribute_map",
    "read_only_vars",
    "required_properties",
    "allowed_values",
    "validations",
    "discriminator",
    "additional_properties_type",
    "openapi_types",
)
MODULE_DUNDERS = ("__version__",)
#: Dunder entries of a class ``__dict__`` that are bookkeeping, not behaviour.
SKIP_DUNDERS = frozenset(
    {
        "__dict__",
        "__weakref__",
        "__module__",
        "__doc__",
        "__qualname__",
        "__annotations__",
        "__slots__",
        "__abstractmethods__",
        "__parameters__",
        "__orig_bases__",
        "__class_getitem__",
        "__init_subclass__",
        "__subclasshook__",
        "__firstlineno__",
        "__static_attributes__",
    }
)
SIMPLE = (type(None), bool, int, float, str)
KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: "pos_only",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "pos",
    inspect.Parameter.VAR_POSITIONAL: "var_pos",
    inspect.Parameter.KEYWORD_ONLY: "kw_only",
    inspect.Parameter.VAR_KEYWORD: "var_kw",
}
_MISSING = object()
#: What a method is in a class ``__dict__`` (a plain function, or a slot of a builtin base).
ROUTINES = (
    types.FunctionType,
    types.WrapperDescriptorType,
    types.MethodDescriptorType,
    types.BuiltinFunctionType,
    types.MethodWrapperType,
)


def error_text(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    return text if len(text) <= 300 else text[:297] + "..."


def home(obj: Any) -> str:
    """``module.qualname`` of a class or function (where it is defined)."""
    module = getattr(obj, "__module__", None) or "?"
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None) or type(obj).__name__
    return f"{module}.{name}"


def ours(obj: Any) -> bool:
    return home(obj).startswith(PACKAGE + ".")


def class_name(cls: type) -> str:
    """A class in an MRO: bare name for the package's classes, ``module.qualname`` for others."""
    return cls.__name__ if ours(cls) else home(cls)


def type_name(t: Any) -> str:
    """A type as the official ``openapi_types`` spell it: ``str``, ``none_type``, ``[DAG]``, ``{str: (...)}``."""
    if isinstance(t, type):
        return {"NoneType": "none_type", "IOBase": "file_type"}.get(t.__name__, t.__name__)
    if isinstance(t, list):
        return "[" + ", ".join(type_name(x) for x in t) + "]"
    if isinstance(t, tuple):
        return "(" + ", ".join(type_name(x) for x in t) + ")"
    if isinstance(t, dict):
        return "{" + ", ".join(f"{type_name(k)}: {type_name(v)}" for k, v in t.items()) + "}"
    if isinstance(t, str):
        return t
    return repr(t)


def jsonable(value: Any, depth: int = 0) -> Any:
    """``value`` as JSON if it is made of simple values only, else ``_MISSING``."""
    if isinstance(value, SIMPLE) and not isinstance(value, enum.Enum):
        return value
    if depth > 4:
        return _MISSING
    if isinstance(value, (list, tuple)):
        items = [jsonable(v, depth + 1) for v in value]
        return _MISSING if any(i is _MISSING for i in items) else items
    if isinstance(value, (set, frozenset)):
        items = [jsonable(v, depth + 1) for v in value]
        if any(i is _MISSING for i in items):
            return _MISSING
        return sorted(items, key=repr)
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            item = jsonable(v, depth + 1)
            if not isinstance(k, str) or item is _MISSING:
                return _MISSING
            out[k] = item
        return out
    return _MISSING


# -- signatures ----------------------------------------------------------------------------


def typed_dict_keys(func: Any, annotation: Any) -> Optional[List[str]]:
    """The keys of ``**kwargs: Unpack[SomeTypedDict]``, or None."""
    target: Any = None
    if isinstance(annotation, str):
        found = re.search(r"Unpack\[\s*([\w.]+)\s*\]", annotation)
        if not found:
            return None
        scope = getattr(inspect.unwrap(func), "__globals__", {})
        target = scope
        for part in found.group(1).split("."):
            target = target.get(part) if isinstance(target, dict) else getattr(target, part, None)
    elif annotation is not inspect.Parameter.empty:
        origin = typing.get_origin(annotation)
        if origin is not None and getattr(origin, "__name__", getattr(origin, "_name", "")) == "Unpack":
            target = typing.get_args(annotation)[0]
        elif getattr(annotation, "__origin__", None) is not None and "Unpack" in repr(annotation):
            target = typing.get_args(annotation)[0]
    if target is None:
        return None
    keys = list(getattr(target, "__required_keys__", ())) + list(getattr(target, "__optional_keys__", ()))
    hints = list(getattr(target, "__annotations__", {}))
    ordered = [k for k in hints if k in keys] + [k for k in keys if k not in hints]
    return ordered or hints or None


def signature(func: Any, drop_first: bool = False) -> Dict[str, Any]:
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError) as exc:
        return {"error": error_text(exc)}
    params = list(sig.parameters.values())
    if drop_first and params and params[0].kind in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD):
        params = params[1:]
    out: Dict[str, Any] = {
        "params": [{"name": p.name, "kind": KINDS[p.kind], "default": p.default is not p.empty} for p in params]
    }
    for p in params:
        if p.kind is p.VAR_KEYWORD:
            keys = typed_dict_keys(func, p.annotation)
            if keys is not None:
                out["declared"] = keys
    return out


# -- modules and names ---------------------------------------------------------------------


def walk_modules(extra: List[str]) -> Dict[str, Any]:
    """Every module under the package (imported), and the probe's modules too."""
    names = [PACKAGE]
    errors: Dict[str, str] = {}

    def onerror(name: str) -> None:
        errors[name] = error_text(sys.exc_info()[1] or Exception("?"))

    try:
        package = importlib.import_module(PACKAGE)
        for info in pkgutil.walk_packages(package.__path__, PACKAGE + ".", onerror=onerror):
            names.append(info.name)
    except Exception as exc:
        errors[PACKAGE] = error_text(exc)
    for name in extra:
        if name not in names:
            names.append(name)
    modules: Dict[str, Any] = {}
    for name in names:
        try:
            modules[name] = importlib.import_module(name)
            errors.pop(name, None)
        except BaseException as exc:  # noqa: B036 - a module may raise anything, even SystemExit
            errors[name] = error_text(exc)
    return {"modules": modules, "errors": errors}


def describe_object(obj: Any) -> Dict[str, Any]:
    if inspect.ismodule(obj):
        return {"kind": "module", "id": id(obj), "home": obj.__name__}
    if isinstance(obj, type):
        return {"kind": "class", "id": id(obj), "home": home(obj)}
    if callable(obj):
        out: Dict[str, Any] = {"kind": "function", "id": id(obj), "home": home(obj)}
        if ours(obj):
            out["sig"] = signature(obj)
        return out
    out = {"kind": "value", "type": home(type(obj))}
    value = jsonable(obj)
    if value is not _MISSING:
        out["value"] = value
    return out


def module_names(module: Any, probe: List[str]) -> List[str]:
    try:
        names = {n for n in dir(module) if not n.startswith("_")}
    except Exception:
        names = set()
    declared = getattr(module, "__all__", None)
    if isinstance(declared, (list, tuple)):
        names |= {n for n in declared if isinstance(n, str) and not n.startswith("_")}
    names |= {n for n in MODULE_DUNDERS if n in vars(module)}
    names |= set(probe)
    return sorted(names)


def list_names(modules: Dict[str, Any], probe: Dict[str, Any]) -> Dict[str, Dict[str, Any]]:
    out: Dict[str, Dict[str, Any]] = {}
    for mod_name, module in modules.items():
        entries: Dict[str, Any] = {}
        for name in module_names(module, list(probe.get(mod_name, {}).get("names", {}))):
            try:
                obj = getattr(module, name)
            except BaseException as exc:  # noqa: B036
                entries[name] = {"kind": "missing", "error": error_text(exc)}
                continue
            if inspect.ismodule(obj) and obj.__name__ == f"{mod_name}.{name}":
                continue  # a submodule: it is described as a module of its own
            entries[name] = describe_object(obj)
        out[mod_name] = entries
    return out


# -- classes -------------------------------------------------------------------------------


def is_official_model(cls: type) -> bool:
    model_utils = sys.modules.get(PACKAGE + ".client.model_utils")
    base = getattr(model_utils, "OpenApiModel", None)
    return isinstance(base, type) and issubclass(cls, base) and any("attribute_map" in vars(c) for c in cls.__mro__)


def class_dunders(cls: type) -> List[str]:
    names = set()
    for klass in cls.__mro__:
        if not ours(klass):
            continue
        for name, raw in vars(klass).items():
            if name.startswith("__") and name.endswith("__") and name not in SKIP_DUNDERS:
                if callable(raw) or isinstance(raw, (classmethod, staticmethod)):
                    names.add(name)
    return sorted(names)


def describe_member(owner: Any, name: str) -> Optional[Dict[str, Any]]:
    """A class member: kind (method, classmethod, staticmethod, property, class, attribute), parameters."""
    cls = owner if isinstance(owner, type) else type(owner)
    try:
        raw = inspect.getattr_static(owner, name)
    except AttributeError:
        raw = _MISSING
    if raw is _MISSING:
        try:
            value = getattr(owner, name)
        except BaseException:  # noqa: B036 - absent, however it says so
            return None
        return {"kind": "attribute", "callable": callable(value) and not isinstance(value, type)}
    if isinstance(raw, staticmethod):
        if name == "__new__":
            return {"kind": "method", "callable": True}
        return {"kind": "staticmethod", "callable": True, "sig": signature(raw.__func__)}
    if isinstance(raw, classmethod):
        try:
            bound = getattr(cls, name)
        except BaseException as exc:  # noqa: B036
            return {"kind": "classmethod", "callable": True, "sig": {"error": error_text(exc)}}
        return {"kind": "classmethod", "callable": True, "sig": signature(bound)}
    if isinstance(raw, property):
        return {"kind": "property", "callable": False}
    if isinstance(raw, type):
        return {"kind": "class", "callable": True}
    if isinstance(raw, ROUTINES):
        out: Dict[str, Any] = {"kind": "method", "callable": True}
        if name != "__new__" and inspect.isfunction(raw):
            out["sig"] = signature(raw, drop_first=True)
        return out
    try:
        value = getattr(owner, name)
    except BaseException as exc:  # noqa: B036
        return {"kind": "attribute", "callable": False, "error": error_text(exc)}
    out = {"kind": "attribute", "callable": callable(value) and not isinstance(value, type)}
    if callable(value) and (inspect.ismethod(value) or inspect.isfunction(value)):
        out["sig"] = signature(value)
    return out


def subclass_of(cls: type, base_home: str) -> Optional[bool]:
    """``issubclass(cls, <the class at base_home here>)``, or None if there is no such class here."""
    mod_name, _, name = base_home.rpartition(".")
    try:
        base = getattr(importlib.import_module(mod_name), name)
        return bool(issubclass(cls, base)) if isinstance(base, type) else None
    except Exception:
        return None


def call_signature(cls: type) -> Dict[str, Any]:
    """What ``cls(...)`` accepts: the package's own ``__init__``, else what ``inspect`` makes of the call
    (an enum's metaclass ``__call__``, a builtin exception's ``__init__``)."""
    for klass in cls.__mro__:
        raw = vars(klass).get("__init__")
        if raw is not None:
            if inspect.isfunction(raw) and ours(klass):
                return signature(raw, drop_first=True)
            break
    return signature(cls)


def model_info(cls: type) -> Dict[str, Any]:
    info: Dict[str, Any] = {}
    for attr in MODEL_CLASS_ATTRS:
        try:
            value = getattr(cls, attr)
        except BaseException:  # noqa: B036 - reported as a missing member
            continue
        try:
            info[attr] = normalise_model_attr(attr, value)
        except Exception as exc:
            info[attr] = {"unreadable": error_text(exc)}
    return info


def path_key(path: Any) -> str:
    if isinstance(path, tuple):
        return "/".join(str(p) for p in path)
    return str(path)


def normalise_model_attr(attr: str, value: Any) -> Any:
    if attr == "additional_properties_type":
        return "none" if value is None else "set"
    if attr == "attribute_map":
        return {str(k): str(v) for k, v in dict(value).items()}
    if attr in ("read_only_vars", "required_properties"):
        return sorted(str(v) for v in value)
    if attr == "allowed_values":
        out = {}
        for path, allowed in dict(value).items():
            simple = jsonable(dict(allowed))
            out[path_key(path)] = simple if simple is not _MISSING else repr(allowed)
        return out
    if attr == "validations":
        return sorted(path_key(p) for p in dict(value))
    if attr == "discriminator":
        if value is None:
            return None
        return {str(k): {str(v): type_name(c) for v, c in dict(m).items()} for k, m in dict(value).items()}
    if attr == "openapi_types":
        out = {}
        for field, types in dict(value).items():
            seq = types if isinstance(types, tuple) else (types,)
            out[str(field)] = [type_name(t) for t in seq]
        return out
    return repr(value)


# -- instances -----------------------------------------------------------------------------


def first_allowed(allowed: Optional[Dict[str, Any]]) -> Any:
    values = [v for v in (allowed or {}).values() if v is not None]
    return values[0] if values else _MISSING


def sample(types: Any, allowed: Optional[Dict[str, Any]]) -> Any:
    value = first_allowed(allowed)
    if value is not _MISSING:
        return value
    first = types[0] if isinstance(types, tuple) and types else types
    if isinstance(first, list):
        return []
    if isinstance(first, dict):
        return {}
    return {int: 1, float: 1.0, bool: True}.get(first, "x")


def official_recipe(key: str, cls: type) -> Optional[Dict[str, Any]]:
    """How a user builds an instance of an official class (JSON, replayed on ours)."""
    name = cls.__name__
    if is_official_model(cls):
        if any(c.__name__ == "ModelSimple" for c in cls.__mro__):
            value = first_allowed(cls.allowed_values.get(("value",)))
            return {"args": ["x" if value is _MISSING else value]}
        sig = inspect.signature(cls.__init__)
        required = [
            p.name
            for p in list(sig.parameters.values())[1:]
            if p.kind is p.POSITIONAL_OR_KEYWORD and p.default is p.empty
        ]
        types = cls.openapi_types
        kwargs = {r: sample(types.get(r, (str,)), cls.allowed_values.get((r,))) for r in required}
        return {"kwargs": kwargs}
    if key.startswith(PACKAGE + ".client.api.") and name.endswith("Api"):
        return {"args": ["<ApiClient>"]}
    if name in ("ApiClient", "Configuration"):
        return {}
    if name == "RESTClientObject":
        return {"args": ["<Configuration>"]}
    if issubclass(cls, BaseException):
        return {"try": [{}, {"args": ["msg"]}]}
    return None


def build(cls: type, recipe: Dict[str, Any]) -> Any:
    if "try" in recipe:
        last: Optional[BaseException] = None
        for attempt in recipe["try"]:
            try:
                return build(cls, attempt)
            except Exception as exc:
                last = exc
        raise last or Exception("no recipe")
    client = sys.modules[PACKAGE + ".client"]
    special = {"<ApiClient>": lambda: client.ApiClient(), "<Configuration>": lambda: client.Configuration()}
    args = [special[a]() if isinstance(a, str) and a in special else a for a in recipe.get("args", [])]
    return cls(*args, **recipe.get("kwargs", {}))


def instance_members(inst: Any, cls_members: Dict[str, Any], probe: Optional[List[str]]) -> Dict[str, Any]:
    """Attributes an instance has and its class does not (all of them, or the probe's)."""
    if probe is None:
        names = {n for n in dir(inst) if not n.startswith("_")} | set(MODEL_PRIVATE)
    else:
        names = set(probe)
    out = {}
    for name in sorted(names - set(cls_members)):
        try:
            inspect.getattr_static(inst, name)
        except AttributeError:
            try:
                getattr(inst, name)
            except BaseException:  # noqa: B036 - absent
                continue
        out[name] = {"kind": "instance attribute", "callable": False}
    return out


def describe_class(key: str, cls: type, probe: Optional[Dict[str, Any]]) -> Dict[str, Any]:
    out: Dict[str, Any] = {
        "home": home(cls),
        "mro": [class_name(c) for c in cls.__mro__[1:]],
        "mro_homes": [home(c) for c in cls.__mro__[1:]],
        "exception": issubclass(cls, BaseException),
    }
    probe_members = (probe or {}).get("members", {})
    if probe is None:
        wanted = {n for n in dir(cls) if not n.startswith("_")}
        wanted |= {n for n in MODEL_PRIVATE if any(n in vars(c) for c in cls.__mro__)}
        wanted |= set(class_dunders(cls))
    else:  # only what the official class has: ours' extras are not compared
        wanted = {n for n, m in probe_members.items() if m.get("kind") != "instance attribute"}
    members: Dict[str, Any] = {}
    for name in sorted(wanted):
        member = describe_member(cls, name)
        if member is not None:
            members[name] = member
    if "__init__" in members:
        members["__init__"]["sig"] = call_signature(cls)
    if probe is None:
        official_model = is_official_model(cls)
        out["model"] = official_model
        recipe = official_recipe(key, cls)
    else:
        out["model"] = bool(probe.get("model"))
        recipe = probe.get("recipe")
    if probe is not None:  # issubclass() against the official bases, as found here (ABCs register)
        out["subclass_of"] = {b: subclass_of(cls, b) for b in probe.get("mro_homes", [])}
    if out["model"] or "attribute_map" in members:
        out["model_info"] = model_info(cls)
    if recipe is not None:
        out["recipe"] = recipe
        try:
            inst = build(cls, recipe)
        except BaseException as exc:  # noqa: B036
            out["instance_error"] = error_text(exc)
        else:
            members.update(instance_members(inst, members, None if probe is None else list(probe_members)))
            if probe is None:
                add_official_declared(cls, inst, members, out["model"])
    out["members"] = members
    return out


def add_official_declared(cls: type, inst: Any, members: Dict[str, Any], model: bool) -> None:
    """The names the official ``**kwargs`` take: an endpoint's ``params_map['all']``, a model's fields."""
    for name, member in members.items():
        sig = member.get("sig")
        if not sig or "params" not in sig:
            continue
        positional = [p["name"] for p in sig["params"] if p["kind"] in ("pos", "pos_only")]
        endpoint = getattr(inst, name + "_endpoint", None)
        params_map = getattr(endpoint, "params_map", None)
        if isinstance(params_map, dict) and "all" in params_map:
            sig["declared"] = [n for n in params_map["all"] if n not in positional]
            sig["api"] = True
        elif model and name in ("__init__", "_from_openapi_data"):
            fields = list(cls.attribute_map)
            if any(c.__name__ == "ModelSimple" for c in cls.__mro__) and "value" not in fields:
                fields.append("value")  # DagState(value="queued")
            sig["declared"] = [n for n in fields + list(MODEL_KWARGS) if n not in positional]


# -- main ------------------------------------------------------------------------------------


def dump(probe: Optional[Dict[str, Any]]) -> Dict[str, Any]:
    probe_modules = (probe or {}).get("modules", {})
    walked = walk_modules(list(probe_modules))
    modules = walked["modules"]
    names = list_names(modules, probe_modules)  # before any lazy_import() runs
    classes: Dict[str, Any] = {}
    if probe is None:
        wanted = [
            (f"{m}.{n}", modules[m], n)
            for m, entries in names.items()
            for n, d in entries.items()
            if d["kind"] == "class" and d["home"] == f"{m}.{n}" and d["home"].startswith(PACKAGE + ".")
        ]
    else:
        wanted = []
        for key in probe.get("classes", {}):
            mod_name, _, name = key.rpartition(".")
            if mod_name in modules:
                wanted.append((key, modules[mod_name], name))
    for key, module, name in wanted:
        try:
            cls = getattr(module, name)
        except BaseException:  # noqa: B036 - reported as a missing name
            continue
        if isinstance(cls, type):
            try:
                classes[key] = describe_class(key, cls, (probe or {}).get("classes", {}).get(key))
            except Exception as exc:
                classes[key] = {"error": error_text(exc)}
    package = sys.modules.get(PACKAGE)
    return {
        "python": sys.version.split()[0],
        "package_path": [str(p) for p in getattr(package, "__path__", [])],
        "modules": {
            m: {"error": walked["errors"].get(m), "names": names.get(m, {})}
            for m in sorted(set(names) | set(walked["errors"]))
        },
        "classes": classes,
    }


def main(argv: List[str]) -> int:
    probe = None
    if len(argv) >= 2 and argv[0] == "--probe":
        with open(argv[1], encoding="utf-8") as handle:
            probe = json.load(handle)
    real_stdout = sys.stdout
    with contextlib.redirect_stdout(sys.stderr):  # whatever an import prints stays out of the JSON
        result = dump(probe)
    json.dump(result, real_stdout, sort_keys=True)
    real_stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
