"""Generate the API classes, the models and their docs from the pinned spec.

The output is declarative: a model lists its fields and three sets of names
(required, read-only, nullable); an API method names its ``Operation`` and
hands its arguments to the runtime.  Every file starts with one banner line.
Run ``python -m codegen`` (writes into the repository) or
``python -m codegen --out DIR`` (writes elsewhere, for the regeneration test).
"""

from __future__ import annotations

import keyword
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Set, Tuple

from airflow_client.client.quirks import ADAPTED
from codegen.spec import PIN

BANNER = f"# Generated from Apache Airflow {PIN['version']}'s REST API spec (v1.yaml) by codegen; do not edit."
PKG = "airflow_client.client"
#: Field names that would shadow a pydantic ``BaseModel`` attribute.
RESERVED = {"schema", "json", "dict", "copy", "construct", "validate", "fields", "parse_obj", "parse_raw", "from_orm"}
#: Inline response schemas, named as the official client names them.
INLINE_RESPONSES = {"get_dag_source": "InlineResponse200", "get_log": "InlineResponse2001"}
HTTP_METHODS = ("get", "put", "post", "patch", "delete")
#: The Airflow version that added an operation, where the spec has no "New in version"
#: note for it (seen against real servers of each version: they answer 404 before).
SINCE = {
    "create_dataset_event": "2.9.0",
    "get_dag_stats": "2.10.0",
    "get_value": "2.7.0",
    "reparse_dag_file": "2.10.0",
}
#: Example values for the docs, by parameter name.
EXAMPLES = {
    "dag_id": '"example_bash_operator"',
    "dag_run_id": '"manual__2024-01-01T00:00:00+00:00"',
    "task_id": '"runme_0"',
    "map_index": "0",
    "task_try_number": "1",
    "connection_id": '"my_postgres"',
    "pool_name": '"default_pool"',
    "variable_key": '"my_variable"',
    "role_name": '"Viewer"',
    "username": '"admin"',
    "xcom_key": '"return_value"',
    "uri": '"s3://bucket/key"',
    "file_token": '"<file_token from get_dag()>"',
    "event_log_id": "1",
    "import_error_id": "1",
    "section": '"core"',
    "option": '"dags_folder"',
    "dag_ids": '"example_bash_operator"',
    "dag_id_pattern": '"example_%"',
}


def snake(name: str) -> str:
    """``DAGRun`` -> ``dag_run``, ``XComCollection`` -> ``x_com_collection``."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.lower()


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", name) if part)


def py_name(wire: str) -> str:
    name = wire.lstrip("_") or wire
    name = re.sub(r"\W", "_", name)
    if keyword.iskeyword(name) or name in RESERVED or name[0].isdigit():
        name += "_"
    return name


@dataclass
class Field:
    wire: str
    name: str
    type: str
    required: bool
    read_only: bool
    nullable: bool
    constraints: Dict[str, Any]
    alias_property: bool = False
    #: read-only only through the schema it refers to: the official constructor takes it
    read_only_by_ref: bool = False


@dataclass
class Model:
    name: str
    kind: str  # object | enum | alias | union
    fields: List[Field] = field(default_factory=list)
    values: List[str] = field(default_factory=list)
    alias: str = ""
    members: List[str] = field(default_factory=list)
    #: the parts of an ``allOf`` (the official client's composed models)
    all_of: List[str] = field(default_factory=list)
    discriminator: str = ""
    deps: Set[str] = field(default_factory=set)
    typing: Set[str] = field(default_factory=set)
    strict: Set[str] = field(default_factory=set)
    datetime: bool = False
    inline: bool = False
    nullable: bool = False

    @property
    def module(self) -> str:
        return snake(self.name)


class Generator:
    def __init__(self, spec: Dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: Dict[str, Any] = spec["components"]["schemas"]
        self.params: Dict[str, Any] = spec["components"]["parameters"]
        self.models: Dict[str, Model] = {}
        for name in self.schemas:
            self.models[name] = self.build_model(name, self.schemas[name])
        for op_id, model_name in INLINE_RESPONSES.items():
            schema = self.operation(op_id)["responses"]["200"]["content"]["application/json"]["schema"]
            self.models[model_name] = self.build_model(model_name, schema, inline=True)

    # -- spec helpers --------------------------------------------------------

    def operations(self) -> List[Tuple[str, str, Dict[str, Any], List[Dict[str, Any]]]]:
        out = []
        for path, item in self.spec["paths"].items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method in item:
                    out.append((path, method, item[method], shared))
        return out

    def operation(self, op_id: str) -> Dict[str, Any]:
        for _, _, op, _ in self.operations():
            if op["operationId"] == op_id:
                return op
        raise KeyError(op_id)

    def deref(self, obj: Dict[str, Any]) -> Dict[str, Any]:
        while "$ref" in obj:
            obj = self.resolve(obj["$ref"])
        return obj

    def resolve(self, ref: str) -> Dict[str, Any]:
        node: Any = self.spec
        for part in ref.lstrip("#/").split("/"):
            node = node[part]
        return node

    # -- models ----------------------------------------------------------------

    def build_model(self, name: str, schema: Dict[str, Any], inline: bool = False) -> Model:
        if "enum" in schema:
            nullable = bool(schema.get("nullable")) or None in schema["enum"]
            values = [v for v in schema["enum"] if v is not None]
            if None in schema["enum"] and "null" not in values:  # the official client lists null also as "null"
                values.insert(0, "null")
            return Model(name, "enum", values=values, nullable=nullable)
        if "anyOf" in schema or "oneOf" in schema:
            members = [m["$ref"].split("/")[-1] for m in schema.get("anyOf", schema.get("oneOf", []))]
            disc = schema.get("discriminator", {}).get("propertyName", "")
            model = Model(name, "union", members=members, discriminator=disc, nullable=bool(schema.get("nullable")))
            model.deps.update(members)
            return model
        if "properties" not in schema and "allOf" not in schema:
            # a string with a rule is a one-value model (as in the official client); a bare one is str
            kind = "string" if "pattern" in schema else "alias"
            return Model(name, kind, alias=schema.get("pattern", ""), nullable=bool(schema.get("nullable")))
        model = Model(name, "object", inline=inline, nullable=bool(schema.get("nullable")))
        if "allOf" in schema:
            model.all_of = [self.all_of_part(name, part) for part in schema["allOf"]]
        for owner, part in self.flatten(name, schema):
            required = set(part.get("required", []))
            for wire, prop in part.get("properties", {}).items():
                model.fields = [f for f in model.fields if f.wire != wire]
                model.fields.append(self.build_field(model, wire, prop, wire in required, owner))
        return model

    def all_of_part(self, name: str, part: Dict[str, Any]) -> str:
        return part["$ref"].split("/")[-1] if "$ref" in part else f"{name}AllOf"

    def flatten(self, name: str, schema: Dict[str, Any]) -> List[Tuple[str, Dict[str, Any]]]:
        """The parts of an ``allOf``, each with the schema it belongs to: a ``$ref``'s
        name, or ``<name>AllOf`` for a part written inline (the official client has a
        model of that name for each, and names the inline objects in it after it)."""
        if "allOf" not in schema:
            return [(name, schema)]
        parts: List[Tuple[str, Dict[str, Any]]] = []
        for part in schema["allOf"]:
            if "$ref" in part:
                ref = part["$ref"].split("/")[-1]
                parts.extend(self.flatten(ref, self.deref(part)))
            else:
                all_of = f"{name}AllOf"
                if all_of not in self.models:
                    self.models[all_of] = self.build_model(all_of, part, inline=True)
                parts.append((all_of, part))
        return parts

    def build_field(self, model: Model, wire: str, prop: Dict[str, Any], required: bool, owner: str) -> Field:
        type_, nullable = self.type_of(model, wire, prop, owner)
        constraints = {}
        for key, arg in (
            ("minLength", "min_length"),
            ("maxLength", "max_length"),
            ("minimum", "ge"),
            ("maximum", "le"),
            ("pattern", "pattern"),
            ("minItems", "min_length"),
            ("maxItems", "max_length"),
        ):
            if key in prop:
                constraints[arg] = prop[key]
        name = py_name(wire)
        return Field(
            wire=wire,
            name=name,
            type=type_,
            required=required,
            read_only=bool(prop.get("readOnly") or self.deref(prop).get("readOnly")),
            read_only_by_ref=not prop.get("readOnly") and bool(self.deref(prop).get("readOnly")),
            nullable=nullable,
            constraints=constraints,
            alias_property=name != wire and wire.lstrip("_") in RESERVED,
        )

    def type_of(self, model: Model, wire: str, prop: Dict[str, Any], owner: str) -> Tuple[str, bool]:
        """(annotation, nullable) of a property; inline objects are named ``<owner><Wire>``."""
        nullable = bool(prop.get("nullable"))
        if "$ref" in prop:
            ref = prop["$ref"].split("/")[-1]
            target = self.schemas[ref]
            nullable = nullable or bool(target.get("nullable"))
            bare = not any(k in target for k in ("properties", "allOf", "enum", "anyOf", "pattern"))
            if bare:
                model.strict.add("StrictStr")
                return "StrictStr", nullable
            model.deps.add(ref)
            return ref, nullable
        if "anyOf" in prop or "oneOf" in prop or not prop.get("type"):
            model.typing.add("Any")
            return "Any", True
        kind = prop["type"]
        if kind == "string" and "enum" in prop:
            model.typing.add("Literal")
            values = ", ".join(repr(v) for v in prop["enum"] if v is not None)
            return f"Literal[{values}]", nullable
        if kind == "string":
            # ``format: datetime`` (not ``date-time``) stays a str, as in the official client
            if prop.get("format") == "date-time":
                model.datetime = True
                return "AwareDatetime", nullable
            model.strict.add("StrictStr")
            return "StrictStr", nullable
        if kind == "integer":
            model.strict.add("StrictInt")
            return "StrictInt", nullable
        if kind == "number":
            model.strict.add("StrictFloat")
            return "StrictFloat", nullable
        if kind == "boolean":
            model.strict.add("StrictBool")
            return "StrictBool", nullable
        if kind == "array":
            model.typing.add("List")
            items = prop.get("items") or {}
            if items.get("type") == "object" and "properties" in items:
                inner = self.inline_model(model, owner, wire, items)
                return f"List[{inner}]", nullable
            item_type, item_nullable = self.type_of(model, wire, items, owner) if items else ("Any", True)
            if item_type == "Any":
                model.typing.add("Any")
            elif item_nullable:
                item_type = f"Optional[{item_type}]"
            return f"List[{item_type}]", nullable
        if kind == "object":
            if "properties" in prop:
                return self.inline_model(model, owner, wire, prop), nullable
            model.typing.update({"Dict", "Any"})
            return "Dict[str, Any]", nullable
        raise ValueError(f"{model.name}.{wire}: unsupported type {kind}")

    def inline_model(self, model: Model, owner: str, wire: str, schema: Dict[str, Any]) -> str:
        name = owner + camel(wire)
        if name not in self.models:
            self.models[name] = self.build_model(name, schema, inline=True)
        model.deps.add(name)
        return name

    # -- rendering: models -------------------------------------------------------

    def render_model(self, model: Model) -> str:
        """The model's module, ending with the names the official client's module also holds."""
        tail = [
            "",
            "",
            "#: What the official client's module holds besides the model, imported on first use.",
            "__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)",
        ]
        text = self.render_model_body(model)
        head, _, rest = text.partition('"""\n\n')
        lazy_import = f"from {PKG}.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names"
        return f'{head}"""\n\n{lazy_import}\n{rest}' + "\n".join(tail) + "\n"

    def render_model_body(self, model: Model) -> str:
        lines = [BANNER, f'"""The ``{model.name}`` model of the Airflow REST API."""', ""]
        if model.kind == "enum":
            lines += [f"from {PKG}.base_model import ApiEnum", "", "", f"class {model.name}(ApiEnum):"]
            lines.append(f'    """{model.name}: one of {", ".join(model.values)}."""')
            lines.append("")
            for value in model.values:
                member = re.sub(r"\W", "_", value).upper()
                lines.append(f"    {member} = {value!r}")
            if model.nullable:  # after the class: in its body it would be a member
                lines += ["", "", f"{model.name}._nullable = True"]
            return "\n".join(lines) + "\n"
        if model.kind == "alias":
            lines += [f"#: ``{model.name}`` is a string in the spec.", f"{model.name} = str"]
            return "\n".join(lines) + "\n"
        if model.kind == "string":
            lines += ["from typing import ClassVar", "", f"from {PKG}.base_model import ApiString", "", ""]
            lines.append(f"class {model.name}(ApiString):")
            lines.append(f'    """{model.name}: a string matching ``{model.alias}``."""')
            lines.append("")
            lines.append(f"    __pattern__: ClassVar[str] = {model.alias!r}")
            return "\n".join(lines) + "\n"
        if model.kind == "union":
            lines += ["from typing import ClassVar, Dict, Tuple, Type", ""]
            lines.append(f"from {PKG}.base_model import ApiModel, ApiOneOf")
            for member in model.members:
                lines.append(f"from {PKG}.model.{snake(member)} import {member}")
            lines += ["", "", f"class {model.name}(ApiOneOf):"]
            lines.append(f'    """One of {", ".join(model.members)}, told apart by ``{model.discriminator}``."""')
            lines.append("")
            attr = py_name(model.discriminator)
            lines.append(f'    __discriminator__: ClassVar[Tuple[str, str]] = ("{model.discriminator}", "{attr}")')
            members = ", ".join(f'"{m}": {m}' for m in model.members)
            lines.append(f"    __members__: ClassVar[Dict[str, Type[ApiModel]]] = {{{members}}}")
            if model.nullable:
                lines.append("    _nullable: ClassVar[bool] = True")
            return "\n".join(lines) + "\n"
        adapted = model.name in ADAPTED
        typing_names = sorted(
            {"ClassVar", "FrozenSet", "Optional"}
            | model.typing
            | ({"Any"} if adapted else set())
            | ({"Tuple"} if model.all_of else set())
        )
        lines.append(f"from typing import {', '.join(typing_names)}")
        lines.append("")
        needs_field = any(f.name != f.wire or f.constraints for f in model.fields)
        pydantic_names = sorted(
            model.strict | ({"Field"} if needs_field else set()) | ({"model_validator"} if adapted else set())
        )
        if pydantic_names:
            lines.append(f"from pydantic import {', '.join(pydantic_names)}")
            lines.append("")
        base_imports = ["ApiModel"] + (["AwareDatetime"] if model.datetime else [])
        if any(f.alias_property for f in model.fields):
            base_imports.append("alias_property")
        lines.append(f"from {PKG}.base_model import {', '.join(base_imports)}")
        if adapted:
            lines.append(f"from {PKG}.quirks import adapt")
        for dep in sorted(model.deps):
            lines.append(f"from {PKG}.model.{snake(dep)} import {dep}")
        lines += ["", ""]
        # the pydantic mypy plugin gives __init__ a **kwargs of its own, which a field may shadow
        clash = "  # type: ignore[no-redef]" if any(f.name == "kwargs" for f in model.fields) else ""
        lines.append(f"class {model.name}(ApiModel):{clash}")
        lines.append(f'    """{model.name} (fields: see ``docs/{model.name}.md``)."""')
        lines.append("")
        for f in model.fields:
            args = []
            if f.name != f.wire:
                args.append(f'alias="{f.wire}"')
            args += [f"{k}={v!r}" for k, v in f.constraints.items()]
            default = f"Field(None, {', '.join(args)})" if args else "None"
            lines.append(f"    {f.name}: Optional[{f.type}] = {default}")
        for f in model.fields:
            if f.alias_property:
                lines.append(f'    {f.wire.lstrip("_")} = alias_property("{f.name}")  # type: ignore[pydantic-field]')
        lines.append("")
        if model.nullable:
            lines.append("    _nullable: ClassVar[bool] = True")
        if model.all_of:
            parts = ", ".join(f'"{p}"' for p in model.all_of)
            lines.append(f"    __all_of__: ClassVar[Tuple[str, ...]] = ({parts},)")
        for attr, names in (
            ("__required__", [f.name for f in model.fields if f.required]),
            ("__read_only__", [f.name for f in model.fields if f.read_only]),
            ("__read_only_by_ref__", [f.name for f in model.fields if f.read_only_by_ref]),
            ("__nullable__", [f.name for f in model.fields if f.nullable]),
        ):
            if attr == "__read_only_by_ref__" and not names:  # rare: written only where there are some
                continue
            value = "frozenset({" + ", ".join(f'"{n}"' for n in names) + "})" if names else "frozenset()"
            lines.append(f"    {attr}: ClassVar[FrozenSet[str]] = {value}")
        if adapted:  # a real server answers this model differently from the spec: see quirks.py
            lines += [
                "",
                '    @model_validator(mode="before")',
                "    @classmethod",
                "    def _as_the_spec_names_it(cls, data: Any) -> Any:",
                f'        return adapt("{model.name}", data)',
            ]
        return "\n".join(lines) + "\n"

    # -- rendering: APIs ----------------------------------------------------------

    def param(self, raw: Dict[str, Any]) -> Dict[str, Any]:
        return self.deref(raw)

    def param_kind(self, schema: Dict[str, Any], explode: bool = True) -> Tuple[str, str]:
        """(Operation type, annotation) of a parameter schema."""
        kind = schema.get("type", "string")
        if kind == "array":
            item, item_ann = self.param_kind(schema.get("items", {}))
            return f"[{item}]" + ("" if explode else ","), f"List[{item_ann}]"
        if kind == "string" and schema.get("format") in ("date-time", "datetime"):
            return "datetime", "Union[datetime, str]"
        return {
            "string": ("str", "str"),
            "integer": ("int", "int"),
            "number": ("float", "float"),
            "boolean": ("bool", "bool"),
        }[kind]

    def api_tags(self) -> Dict[str, List[Tuple[str, str, Dict[str, Any], List[Dict[str, Any]]]]]:
        tags: Dict[str, List[Tuple[str, str, Dict[str, Any], List[Dict[str, Any]]]]] = {}
        for path, method, op, shared in self.operations():
            for tag in op.get("tags", []):
                tags.setdefault(tag, []).append((path, method, op, shared))
        for ops in tags.values():
            ops.sort(key=lambda entry: entry[2]["operationId"])
        return dict(sorted(tags.items()))

    def describe(self, path: str, method: str, op: Dict[str, Any], shared: List[Dict[str, Any]]) -> Dict[str, Any]:
        """Everything the templates need to know about one operation."""
        params = [self.param(p) for p in shared + op.get("parameters", [])]
        path_order = re.findall(r"{(\w+)}", path)
        path_params = sorted((p for p in params if p["in"] == "path"), key=lambda p: path_order.index(p["name"]))
        query = [p for p in params if p["in"] == "query"]
        body = None
        if "requestBody" in op:
            schema = op["requestBody"]["content"]["application/json"]["schema"]
            body_model = schema["$ref"].split("/")[-1]
            body = {"model": body_model, "name": snake(body_model), "required": bool(op["requestBody"].get("required"))}
        ok = next((r for code, r in op["responses"].items() if str(code).startswith("2")), {})
        content = ok.get("content", {})
        text = "text/plain" in content
        response: Any = None
        if op["operationId"] in INLINE_RESPONSES:
            response = INLINE_RESPONSES[op["operationId"]]
        elif "application/json" in content:
            schema = content["application/json"]["schema"]
            if "$ref" in schema:
                response = schema["$ref"].split("/")[-1]
            elif "anyOf" in schema:
                response = tuple(s["$ref"].split("/")[-1] for s in schema["anyOf"])
            elif "allOf" in schema:
                response = schema["allOf"][0]["$ref"].split("/")[-1]
            else:
                response = "object"
        positional: List[Tuple[str, str]] = []
        keyword_only: List[Tuple[str, str]] = []
        types: Dict[str, str] = {}
        for p in path_params:
            kind, ann = self.param_kind(p["schema"])
            types[p["name"]] = kind
            positional.append((p["name"], ann))
        for p in query:
            kind, ann = self.param_kind(p["schema"], explode=p.get("explode", True))
            types[p["name"]] = kind
            (positional if p.get("required") else keyword_only).append((p["name"], ann))
        if body:
            ann = f"Union[{body['model']}, Dict[str, Any]]"
            (positional if body["required"] else keyword_only).append((body["name"], ann))
        return {
            "id": op["operationId"],
            "summary": (op.get("summary") or op["operationId"]).strip().rstrip("."),
            "method": method.upper(),
            "path": path,
            "path_params": [p["name"] for p in path_params],
            "query": [p["name"] for p in query],
            "types": types,
            "body": body,
            "response": response,
            "text": text,
            "since": self.since(op),
            "positional": positional,
            "keyword_only": keyword_only,
        }

    def since(self, op: Dict[str, Any]) -> str:
        """The Airflow version that added an operation: the spec's "New in version"
        note, else :data:`SINCE` (what the spec does not say), else "" (2.0.0)."""
        text = f"{op.get('summary') or ''} {op.get('description') or ''}"
        found = re.findall(r"New in version (\d+\.\d+\.\d+)", text)
        return found[0] if found else SINCE.get(op["operationId"], "")

    def return_annotation(self, info: Dict[str, Any]) -> str:
        response = info["response"]
        if response is None:
            ann = "None"
        elif response == "object":
            ann = "Dict[str, Any]"
        elif isinstance(response, tuple):
            ann = f"Union[{', '.join(response)}]"
        else:
            ann = response
        if info["text"] and ann != "None":
            ann = f"Union[{ann}, str]" if not ann.startswith("Union[") else ann[:-1] + ", str]"
        return ann

    def models_used(self, ops: List[Tuple[str, str, Dict[str, Any], List[Dict[str, Any]]]]) -> Set[str]:
        """Every model named by the operations' request bodies and answers (errors too)."""
        found: Set[str] = set()
        for _, _, op, _ in ops:
            if op["operationId"] in INLINE_RESPONSES:
                found.add(INLINE_RESPONSES[op["operationId"]])
            bodies = [op.get("requestBody", {})] + list(op["responses"].values())
            for item in bodies:
                item = self.deref(item)
                for media in item.get("content", {}).values():
                    schema = media.get("schema", {})
                    for part in [schema, *schema.get("anyOf", []), *schema.get("allOf", [])]:
                        if "$ref" in part:
                            found.add(part["$ref"].split("/")[-1])
        return found

    def render_api(self, tag: str, ops: List[Tuple[str, str, Dict[str, Any], List[Dict[str, Any]]]]) -> str:
        class_name = f"{tag}Api"
        infos = [self.describe(*entry) for entry in ops]
        models: Set[str] = set()
        for info in infos:
            if info["body"]:
                models.add(info["body"]["model"])
            response = info["response"]
            if isinstance(response, tuple):
                models.update(response)
            elif response and response != "object":
                models.add(response)
        lines = [
            BANNER,
            f'"""{class_name}: the operations tagged ``{tag}``."""',
            "",
            "from __future__ import annotations",
            "",
        ]
        lines.append("from datetime import datetime")
        lines.append("from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union")
        lines.append("")
        lines.append("from typing_extensions import Unpack")
        lines.append("")
        lines.append(f"from {PKG}.api_base import Api, RequestOptions")
        lines.append(f"from {PKG}.api_client import ApiClient  # noqa: F401 - the official module holds it too")
        lines.append(f"from {PKG}.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names")
        lines.append(f"from {PKG}.operation import Operation")
        if models:
            lines.append("")
            lines.append("if TYPE_CHECKING:")
            for name in sorted(models):
                lines.append(f"    from {PKG}.model.{snake(name)} import {name}")
        lines.append("")
        lines.append('__all__ = ["' + class_name + '"]')
        lines.append("")
        lines.append("#: What the official client's module holds besides the class: the models its")
        lines.append("#: operations send and answer, and helpers; each imported on first use.")
        lines.append("__getattr__, __dir__ = lazy_names(")
        lines.append("    __name__,")
        lines.append("    OFFICIAL_API_MODULE_NAMES,")
        lines.append("    {")
        for name in sorted(self.models_used(ops)):
            lines.append(f'        "{name}": "{PKG}.model.{snake(name)}",')
        lines.append("    },")
        lines.append(")")
        lines.append("")
        for info in infos:
            args = [repr(info["id"]), repr(info["method"]), repr(info["path"])]
            if info["path_params"]:
                args.append(
                    "path_params={" + ", ".join(f'"{n}": "{info["types"][n]}"' for n in info["path_params"]) + "}"
                )
            if info["query"]:
                args.append("query={" + ", ".join(f'"{n}": "{info["types"][n]}"' for n in info["query"]) + "}")
            if info["body"]:
                args.append(f'body="{info["body"]["model"]}"')
                args.append(f'body_name="{info["body"]["name"]}"')
                if not info["body"]["required"]:
                    args.append("body_required=False")
            if info["response"] is not None:
                args.append(f"response={info['response']!r}")
            if info["text"]:
                args.append("text=True")
            if info["since"]:
                args.append(f'since="{info["since"]}"')
            lines.append(f"_{info['id'].upper()} = Operation({', '.join(args)})")
        lines += ["", ""]
        lines.append(f"class {class_name}(Api):")
        lines.append(f'    """Operations tagged ``{tag}``; methods are named after the spec\'s operationIds."""')
        for info in infos:
            lines.append("")
            sig = ["self"] + [f"{n}: {a}" for n, a in info["positional"]]
            if info["keyword_only"]:
                sig.append("*")
                sig += [f"{n}: Optional[{a}] = None" for n, a in info["keyword_only"]]
            sig.append("**kwargs: Unpack[RequestOptions]")
            lines.append(f"    def {info['id']}({', '.join(sig)}) -> {self.return_annotation(info)}:")
            lines.append(f'        """{info["summary"]}.')
            lines.append("")
            lines.append(f"        ``{info['method']} {info['path']}``")
            params = info["positional"] + info["keyword_only"]
            if params:
                lines.append("")
                for n, a in info["positional"]:
                    lines.append(f"        :param {n}: ``{a}`` (required)")
                for n, a in info["keyword_only"]:
                    lines.append(f"        :param {n}: ``{a}``")
            lines.append(f"        :returns: ``{self.return_annotation(info)}``")
            lines.append('        """')
            call_args = ", ".join(f"{n}={n}" for n, _ in params)
            tail = f", {call_args}" if call_args else ""
            lines.append(f"        return self.api_client.call(_{info['id'].upper()}, kwargs{tail})")
        return "\n".join(lines) + "\n"

    # -- rendering: aggregates and docs --------------------------------------------

    def render_models_index(self) -> str:
        modules = {name: self.models[name].module for name in sorted(self.models)}
        doc = "Every model, imported on first use: ``from airflow_client.client.models import DAGRun``."
        return render_lazy_index(doc, "Model name", "MODEL_MODULES", "model", modules)

    def render_apis_index(self, tags: List[str]) -> str:
        modules = {f"{tag}Api": f"{snake(tag)}_api" for tag in tags}
        doc = "Every API class, imported on first use: ``from airflow_client.client.apis import DAGApi``."
        return render_lazy_index(doc, "API class", "API_MODULES", "api", modules)

    def example_value(self, name: str, ann: str) -> str:
        if name in EXAMPLES:
            return EXAMPLES[name]
        if ann.startswith("Union[") and "Dict[str, Any]" in ann:
            model = ann[len("Union[") : ann.index(",")]
            return self.example_model(model)
        return {"str": '"example"', "int": "1", "float": "1.0", "bool": "True"}.get(ann, '"example"')

    def example_model(self, name: str) -> str:
        model = self.models[name]
        args = []
        for f in model.fields:
            if not f.required or f.read_only:
                continue
            if f.type == "StrictStr":
                args.append(f'{f.name}="example"')
            elif f.type == "StrictInt":
                args.append(f"{f.name}=1")
            elif f.type == "StrictBool":
                args.append(f"{f.name}=True")
        return f"{name}({', '.join(args)})"

    def render_api_doc(self, tag: str, ops: List[Tuple[str, str, Dict[str, Any], List[Dict[str, Any]]]]) -> str:
        class_name = f"{tag}Api"
        module = f"{snake(tag)}_api"
        infos = [self.describe(*entry) for entry in ops]
        out = [
            f"<!-- {BANNER[2:]} -->",
            f"# {class_name}",
            "",
            f"`from airflow_client.client.api.{module} import {class_name}`",
            "",
        ]
        out += [
            "All paths are relative to the configured host's `/api/v1`.",
            "",
            "| Method | HTTP request | Summary |",
            "| --- | --- | --- |",
        ]
        for info in infos:
            out.append(f"| [`{info['id']}`](#{info['id']}) | `{info['method']} {info['path']}` | {info['summary']} |")
        for info in infos:
            out += ["", f"## {info['id']}", "", f"`{info['method']} {info['path']}`: {info['summary']}.", ""]
            params = info["positional"] + info["keyword_only"]
            if params:
                out += ["| Parameter | Type | Required |", "| --- | --- | --- |"]
                out += [f"| `{n}` | `{a}` | yes |" for n, a in info["positional"]]
                out += [f"| `{n}` | `{a}` | no |" for n, a in info["keyword_only"]]
                out.append("")
            ret = self.return_annotation(info)
            out.append(
                f"Returns `{ret}`."
                + (' Pass `_accept="text/plain"` to get the text form as a `str`.' if info["text"] else "")
            )
            out += ["", "```python", "import airflow_client.client"]
            out.append(f"from airflow_client.client.api.{module} import {class_name}")
            body = info["body"]
            if body and any(n == body["name"] for n, _ in info["positional"]):
                out.append(f"from airflow_client.client.model.{snake(body['model'])} import {body['model']}")
            out += [
                "",
                'configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")',
            ]
            out.append("with airflow_client.client.ApiClient(configuration) as api_client:")
            out.append(f"    api = {class_name}(api_client)")
            call = ", ".join(self.example_value(n, a) for n, a in info["positional"])
            out.append("    try:")
            out.append(f"        result = api.{info['id']}({call})")
            out.append("        print(result)")
            out.append("    except airflow_client.client.ApiException as error:")
            out.append(f'        print(f"{info["id"]} failed: {{error}}")')
            out.append("```")
        return "\n".join(out) + "\n"

    def render_model_doc(self, model: Model) -> str:
        out = [
            f"<!-- {BANNER[2:]} -->",
            f"# {model.name}",
            "",
            f"`from airflow_client.client.model.{model.module} import {model.name}`",
            "",
        ]
        if model.kind == "enum":
            out.append("A `str` enum; values: " + ", ".join(f"`{v}`" for v in model.values) + ".")
            out.append("")
            out.append("A value the spec does not list is kept as a plain `str` when received.")
        elif model.kind == "alias":
            out.append("A string.")
        elif model.kind == "string":
            out.append(f"A `str` matching `{model.alias}`; `.value` gives it as a plain `str`.")
        elif model.kind == "union":
            out.append(
                f"One of {', '.join(f'[{m}]({m}.md)' for m in model.members)}, chosen by `{model.discriminator}`."
            )
        else:
            out += ["| Field | Type | JSON name | Notes |", "| --- | --- | --- | --- |"]
            for f in model.fields:
                notes = [
                    n
                    for n, on in (("required", f.required), ("read-only", f.read_only), ("nullable", f.nullable))
                    if on
                ]
                type_text = re.sub(r"Strict(Str|Int|Float|Bool)", lambda m: m.group(1).lower(), f.type)
                for dep in sorted(model.deps, key=len, reverse=True):
                    type_text = (
                        re.sub(rf"\b{dep}\b", f"[{dep}]({dep}.md)", type_text)
                        if f"[{dep}]" not in type_text
                        else type_text
                    )
                out.append(f"| `{f.name}` | {type_text} | `{f.wire}` | {', '.join(notes)} |")
            out += ["", "Read-only fields may be set (to send a fetched object back) but are never sent."]
        return "\n".join(out) + "\n"

    # -- output --------------------------------------------------------------------------

    def files(self) -> Dict[str, str]:
        out: Dict[str, str] = {}
        base = "airflow_client/client"
        for model in self.models.values():
            out[f"{base}/model/{model.module}.py"] = self.render_model(model)
            out[f"docs/{model.name}.md"] = self.render_model_doc(model)
        out[f"{base}/model/__init__.py"] = (
            f'{BANNER}\n"""One module per model; ``airflow_client.client.models`` has them all."""\n'
        )
        out[f"{base}/models/__init__.py"] = self.render_models_index()
        tags = self.api_tags()
        for tag, ops in tags.items():
            out[f"{base}/api/{snake(tag)}_api.py"] = self.render_api(tag, ops)
            out[f"docs/{tag}Api.md"] = self.render_api_doc(tag, ops)
        out[f"{base}/api/__init__.py"] = (
            f'{BANNER}\n"""One module per API class; ``airflow_client.client.apis`` has them all."""\n'
        )
        out[f"{base}/apis/__init__.py"] = self.render_apis_index(list(tags))
        out["docs/README.md"] = self.render_docs_index(tags)
        return out

    def render_docs_index(self, tags: Dict[str, Any]) -> str:
        out = [f"<!-- {BANNER[2:]} -->", "# API reference", "", "## API classes", ""]
        for tag, ops in tags.items():
            out.append(f"- [{tag}Api]({tag}Api.md): {len(ops)} operations")
        out += ["", "## Models", ""]
        for name in sorted(self.models):
            out.append(f"- [{name}]({name}.md)")
        return "\n".join(out) + "\n"


def render_lazy_index(doc: str, what: str, table: str, package: str, modules: Dict[str, str]) -> str:
    """An aggregate module (``models``, ``apis``) that imports each name on first use (PEP 562)."""
    lines = [BANNER, f'"""{doc}"""', "", "from __future__ import annotations", "", "import importlib"]
    lines += ["from typing import TYPE_CHECKING, Any, Dict, List", ""]
    lines.append(f"#: {what} -> its module in ``{PKG}.{package}``.")
    lines.append(f"{table}: Dict[str, str] = {{")
    lines += [f'    "{name}": "{module}",' for name, module in modules.items()]
    lines += ["}", "", "if TYPE_CHECKING:"]
    lines += [f"    from {PKG}.{package}.{module} import {name}" for name, module in modules.items()]
    lines += ["", "__all__ = [" + ", ".join(f'"{n}"' for n in modules) + "]", "", ""]
    lines.append("def __getattr__(name: str) -> Any:")
    lines.append(f"    module = {table}.get(name)")
    lines.append("    if module is None:")
    lines.append('        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")')
    lines.append(f'    value = getattr(importlib.import_module(f"{PKG}.{package}.{{module}}"), name)')
    lines += ["    globals()[name] = value", "    return value", "", ""]
    lines += ["def __dir__() -> List[str]:", "    return list(__all__)"]
    return "\n".join(lines) + "\n"


GENERATED_DIRS = (
    "airflow_client/client/model",
    "airflow_client/client/models",
    "airflow_client/client/api",
    "airflow_client/client/apis",
)


def write(out_dir: Path, spec: Dict[str, Any]) -> List[Path]:
    """Write every generated file below ``out_dir`` (removing stale ones) and format them."""
    files = Generator(spec).files()
    for folder in GENERATED_DIRS:
        for stale in (out_dir / folder).glob("*.py"):
            if f"{folder}/{stale.name}" not in files:
                stale.unlink()
    for stale in (out_dir / "docs").glob("*.md"):  # generated pages only: the guides are written by hand
        if f"docs/{stale.name}" not in files and BANNER[2:] in stale.read_text().split("\n", 1)[0]:
            stale.unlink()
    written = []
    for rel, text in sorted(files.items()):
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        written.append(path)
    python_files = [str(p) for p in written if p.suffix == ".py"]
    config = Path(__file__).resolve().parent.parent / "pyproject.toml"
    subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--quiet", "--config", str(config), *python_files], check=True
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--quiet",
            "--fix",
            "--select",
            "I,F401",
            "--config",
            str(config),
            *python_files,
        ],
        check=True,
    )
    return written


def coverage(spec: Dict[str, Any]) -> Tuple[List[Tuple[str, str]], List[Tuple[str, str]]]:
    """(operationId, ``Class.method``) for every operation; (schema, model) for every schema."""
    gen = Generator(spec)
    ops = []
    for tag, entries in gen.api_tags().items():
        for _, _, op, _ in entries:
            ops.append((op["operationId"], f"{tag}Api.{op['operationId']}"))
    schemas = [(name, f"{PKG}.model.{snake(name)}.{name}") for name in gen.schemas]
    return ops, schemas
