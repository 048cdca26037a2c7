"""Read Airflow's OpenAPI document into the typed model of :mod:`codegen.model`.

This is the only module that looks at the YAML.  Naming follows the official
client, so that its import paths and class names hold here too: inline
objects are ``<Owner><Field>``, the inline part of an ``allOf`` is
``<Name>AllOf``, and the two inline answers are ``InlineResponse200`` and
``InlineResponse2001``.
"""

from __future__ import annotations

import html
import keyword
import re
from typing import Any, Dict, List, Optional, Tuple

from codegen.model import Field, Operation, Parameter, ParamType, RequestBody, Response, Schema, Spec, Type

#: Field names that would shadow a pydantic ``BaseModel`` attribute (a model's values are
#: checked by a pydantic model of the same fields: airflow_client/client/core/validation.py).
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
#: Operations whose answer the official client gives as a plain ``dict`` (the JSON as sent):
#: its 2.10.0 spec describes them wrongly (an inline ``anyOf`` for ``clear_dag_run``, an
#: ``allOf`` with an inline part for ``get_providers``), so its generator made them free-form.
#: Here they answer that dict too; the spec's models describe its shape (the Airflow 3
#: translation and strict mode read them).
PLAIN_ANSWERS = {"clear_dag_run", "get_providers"}
#: List fields whose items the official client holds as plain dicts: its 2.10.0 spec names
#: the list otherwise (``import_errors``), so the items Airflow sends stay as decoded.
#: By the schema that declares the field (here the inline part of ``DagWarningCollection``'s ``allOf``).
PLAIN_ITEMS = {("DagWarningCollectionAllOf", "dag_warnings")}
#: The schema whose ``total_entries`` makes a model a page of a list operation.
COLLECTION_INFO = "CollectionInfo"
_CONSTRAINTS = (
    ("minLength", "min_length"),
    ("maxLength", "max_length"),
    ("minimum", "ge"),
    ("maximum", "le"),
    ("pattern", "pattern"),
    ("minItems", "min_length"),
    ("maxItems", "max_length"),
)


def snake(name: str) -> str:
    """``DAGRun`` -> ``dag_run``, ``XComCollection`` -> ``x_com_collection``."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.lower()


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", name) if part)


def py_name(wire: str) -> str:
    """The Python name of a JSON field: no leading underscore, no keyword, no pydantic clash."""
    name = wire.lstrip("_") or wire
    name = re.sub(r"\W", "_", name)
    if keyword.iskeyword(name) or name in RESERVED or name[0].isdigit():
        name += "_"
    return name


def prose(text: Optional[str]) -> str:
    """A description as plain Markdown: entities decoded (the spec writes ``&#58;``), ends trimmed."""
    return html.unescape(text or "").strip()


def ref_name(ref: str) -> str:
    return ref.split("/")[-1]


def parse(document: Dict[str, Any], version: str) -> Spec:
    return _Parser(document).spec(version)


class _Parser:
    def __init__(self, document: Dict[str, Any]) -> None:
        self.doc = document
        self.raw_schemas: Dict[str, Any] = document["components"]["schemas"]
        self.schemas: Dict[str, Schema] = {}

    def spec(self, version: str) -> Spec:
        for name, raw in self.raw_schemas.items():
            self.schemas[name] = self.schema(name, raw)
        operations = []
        for path, item in self.doc["paths"].items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method in item:
                    operations.append(self.operation(path, method, item[method], shared))
        return Spec(version, operations, self.schemas)

    def deref(self, obj: Dict[str, Any]) -> Dict[str, Any]:
        while "$ref" in obj:
            node: Any = self.doc
            for part in obj["$ref"].lstrip("#/").split("/"):
                node = node[part]
            obj = node
        return obj

    # -- operations -----------------------------------------------------------------

    def operation(self, path: str, method: str, raw: Dict[str, Any], shared: List[Dict[str, Any]]) -> Operation:
        op_id = raw["operationId"]
        params = [self.parameter(self.deref(p)) for p in shared + raw.get("parameters", [])]
        order = re.findall(r"{(\w+)}", path)
        path_params = sorted((p for p in params if p.location == "path"), key=lambda p: order.index(p.name))
        body = None
        if "requestBody" in raw:
            request = raw["requestBody"]
            model = ref_name(request["content"]["application/json"]["schema"]["$ref"])
            body = RequestBody(
                model=model,
                argument=snake(model),
                required=bool(request.get("required")),
                content_type=next(iter(request["content"])),
                description=prose(request.get("description")),
            )
        responses = [self.response(op_id, str(status), self.deref(r)) for status, r in raw["responses"].items()]
        summary = prose(raw.get("summary")) or op_id
        description = prose(raw.get("description"))
        found = re.findall(r"New in version (\d+\.\d+\.\d+)", f"{summary} {description}")
        return Operation(
            id=op_id,
            method=method.upper(),
            path=path,
            tags=list(raw.get("tags", [])),
            summary=summary,
            description=description,
            parameters=path_params + [p for p in params if p.location == "query"],
            body=body,
            responses=responses,
            since=found[0] if found else SINCE.get(op_id, ""),
        )

    def parameter(self, raw: Dict[str, Any]) -> Parameter:
        schema = raw.get("schema", {})
        return Parameter(
            name=raw["name"],
            location=raw["in"],
            type=self.param_type(schema, explode=raw.get("explode", True)),
            required=bool(raw.get("required")),
            description=prose(raw.get("description")),
            default=schema.get("default"),
        )

    def param_type(self, schema: Dict[str, Any], explode: bool) -> ParamType:
        kind = schema.get("type", "string")
        if kind == "array":
            item = self.param_type(schema.get("items", {}), explode=True)
            return ParamType(item.kind, is_list=True, joined=not explode)
        if kind == "string" and schema.get("format") in ("date-time", "datetime"):
            return ParamType("datetime")
        minimum = schema.get("minimum")
        return ParamType(
            {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}[kind], minimum=minimum
        )

    def response(self, op_id: str, status: str, raw: Dict[str, Any]) -> Response:
        content = raw.get("content", {})
        models: Tuple[str, ...] = ()
        named: Tuple[str, ...] = ()
        free_form = False
        if status.startswith("2") and op_id in INLINE_RESPONSES:
            name = INLINE_RESPONSES[op_id]
            if name not in self.schemas:
                self.schemas[name] = self.schema(name, content["application/json"]["schema"], inline=True)
            models = (name,)
        elif "application/json" in content:
            schema = content["application/json"]["schema"]
            if "$ref" in schema:
                models = (ref_name(schema["$ref"]),)
            elif "anyOf" in schema:
                models = tuple(ref_name(s["$ref"]) for s in schema["anyOf"])
            elif "allOf" in schema:
                models = (ref_name(schema["allOf"][0]["$ref"]),)
            else:
                free_form = True
            parts = [schema, *schema.get("anyOf", []), *schema.get("allOf", [])]
            named = tuple(ref_name(p["$ref"]) for p in parts if "$ref" in p)
        plain = status.startswith("2") and op_id in PLAIN_ANSWERS and bool(models)
        return Response(
            status, prose(raw.get("description")), tuple(content), models, free_form, named or models, plain
        )

    # -- schemas -----------------------------------------------------------------------

    def schema(self, name: str, raw: Dict[str, Any], inline: bool = False) -> Schema:
        description = prose(raw.get("description"))
        nullable = bool(raw.get("nullable"))
        if "enum" in raw:
            values = [v for v in raw["enum"] if v is not None]
            if None in raw["enum"] and "null" not in values:  # the official client lists null also as "null"
                values.insert(0, "null")
            nullable = nullable or None in raw["enum"]
            return Schema(name, "enum", description, values=values, nullable=nullable, inline=inline)
        if "anyOf" in raw or "oneOf" in raw:
            members = [ref_name(m["$ref"]) for m in raw.get("anyOf", raw.get("oneOf", []))]
            disc = raw.get("discriminator", {}).get("propertyName", "")
            return Schema(
                name, "union", description, members=members, discriminator=disc, nullable=nullable, inline=inline
            )
        if "properties" not in raw and "allOf" not in raw:
            # a string with a rule is a one-value model (as in the official client); a bare one is str
            kind = "string" if "pattern" in raw else "alias"
            return Schema(name, kind, description, pattern=raw.get("pattern", ""), nullable=nullable, inline=inline)
        model = Schema(name, "object", description, nullable=nullable, inline=inline)
        if "allOf" in raw:
            model.all_of = [ref_name(p["$ref"]) if "$ref" in p else f"{name}AllOf" for p in raw["allOf"]]
        for owner, part in self.flatten(name, raw):
            required = set(part.get("required", []))
            for wire, prop in part.get("properties", {}).items():
                model.fields = [f for f in model.fields if f.wire != wire]
                model.fields.append(self.field(model, wire, prop, wire in required, owner))
        if COLLECTION_INFO in model.all_of:
            lists = [f.name for f in model.fields if f.type.kind == "list"]
            if len(lists) == 1:
                model.items_field = lists[0]
        return model

    def flatten(self, name: str, raw: Dict[str, Any]) -> List[Tuple[str, Dict[str, Any]]]:
        """The parts of an ``allOf``, each with the schema it belongs to: a ``$ref``'s
        name, or ``<name>AllOf`` for a part written inline (the official client has a
        model of that name for each, and names the inline objects in it after it)."""
        if "allOf" not in raw:
            return [(name, raw)]
        parts: List[Tuple[str, Dict[str, Any]]] = []
        for part in raw["allOf"]:
            if "$ref" in part:
                parts.extend(self.flatten(ref_name(part["$ref"]), self.deref(part)))
            else:
                all_of = f"{name}AllOf"
                if all_of not in self.schemas:
                    self.schemas[all_of] = self.schema(all_of, part, inline=True)
                parts.append((all_of, part))
        return parts

    def field(self, model: Schema, wire: str, prop: Dict[str, Any], required: bool, owner: str) -> Field:
        type_, nullable = self.type_of(wire, prop, owner)
        target = self.deref(prop)
        description = prose(prop.get("description") or target.get("description"))
        if (owner, wire) in PLAIN_ITEMS and type_.kind == "list" and type_.item is not None:
            item = type_.item.model
            type_ = Type("list", item=Type("dict"))
            description = (
                description or f"Each a plain dict of a ``{item}``'s fields, as the official client holds them."
            )
        name = py_name(wire)
        return Field(
            wire=wire,
            name=name,
            type=type_,
            required=required,
            read_only=bool(prop.get("readOnly") or target.get("readOnly")),
            read_only_by_ref=not prop.get("readOnly") and bool(target.get("readOnly")),
            nullable=nullable,
            description=description,
            format=str(prop.get("format") or target.get("format") or ""),
            constraints={arg: prop[key] for key, arg in _CONSTRAINTS if key in prop},
            alias_property=name != wire and wire.lstrip("_") in RESERVED,
        )

    def type_of(self, wire: str, prop: Dict[str, Any], owner: str) -> Tuple[Type, bool]:
        """(type, nullable) of a property; inline objects are named ``<owner><Wire>``."""
        nullable = bool(prop.get("nullable"))
        if "$ref" in prop:
            ref = ref_name(prop["$ref"])
            target = self.raw_schemas[ref]
            nullable = nullable or bool(target.get("nullable"))
            if not any(k in target for k in ("properties", "allOf", "enum", "anyOf", "pattern")):
                return Type("str"), nullable  # a bare string schema is a str
            return Type("model", model=ref), nullable
        if "anyOf" in prop or "oneOf" in prop or not prop.get("type"):
            return Type("any"), True
        kind = prop["type"]
        if kind == "string" and "enum" in prop:
            return Type("literal", values=tuple(v for v in prop["enum"] if v is not None)), nullable
        if kind == "string":
            # ``format: datetime`` (not ``date-time``) stays a str, as in the official client
            return Type("datetime" if prop.get("format") == "date-time" else "str"), nullable
        if kind in ("integer", "number", "boolean"):
            return Type({"integer": "int", "number": "float", "boolean": "bool"}[kind]), nullable
        if kind == "array":
            items = prop.get("items") or {}
            if items.get("type") == "object" and "properties" in items:
                return Type("list", item=self.inline(owner, wire, items)), nullable
            if not items:
                return Type("list", item=Type("any")), nullable
            item, item_nullable = self.type_of(wire, items, owner)
            return Type("list", item=item, item_nullable=item_nullable and item.kind != "any"), nullable
        if kind == "object":
            if "properties" in prop:
                return self.inline(owner, wire, prop), nullable
            return Type("dict"), nullable
        raise ValueError(f"{owner}.{wire}: unsupported type {kind}")

    def inline(self, owner: str, wire: str, raw: Dict[str, Any]) -> Type:
        name = owner + camel(wire)
        if name not in self.schemas:
            self.schemas[name] = self.schema(name, raw, inline=True)
        return Type("model", model=name)
