"""Render the typed spec (:mod:`codegen.model`) into modules and docs with Jinja2 templates.

Each template reads like the file it writes; this module only prepares what
they print: annotations, the exact imports a file needs, docstrings and the
examples of ``codegen/examples``.  Jinja2 is needed to generate, never to use
the client.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Sequence, Set, Tuple

import jinja2

from codegen.model import Field, Operation, Parameter, ParamType, Schema, Spec, Type
from codegen.parse import py_name, snake

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE / "examples"
PKG = "airflow_client.client"
#: The exception a status raises, as ``exceptions.raise_for_status`` picks it
#: (``test_docs_blocks`` holds the two to the same table).
STATUS_EXCEPTIONS = {"401": "UnauthorizedException", "403": "ForbiddenException", "404": "NotFoundException"}
#: Leading lines of an example that are for the docs test, not the reader.
MARKER = re.compile(r"^# docs-test: (.+)$")
#: The scalar kinds, annotated as the python types of those names (``datetime`` imported).
_SCALARS = frozenset({"str", "int", "float", "bool", "datetime"})
#: The class sets every object model writes; the others only where they hold names.
_ALWAYS_WRITTEN = ("__required__", "__read_only__", "__nullable__")
_PARAM_ANNOTATIONS = {"str": "str", "int": "int", "float": "float", "bool": "bool", "datetime": "Union[datetime, str]"}


def banner(version: str) -> str:
    return f"Generated from Apache Airflow {version}'s REST API spec (v1.yaml) by codegen; do not edit."


# -- types and imports --------------------------------------------------------------------


def annotation(t: Type) -> str:
    """The Python annotation of a field type (the field itself is ``Optional[...]``)."""
    if t.kind in _SCALARS:
        return t.kind
    if t.kind == "any":
        return "Any"
    if t.kind == "dict":
        return "Dict[str, Any]"
    if t.kind == "model":
        return t.model
    if t.kind == "literal":
        return f"Literal[{', '.join(repr(v) for v in t.values)}]"
    assert t.item is not None, t
    inner = annotation(t.item)
    return f"List[Optional[{inner}]]" if t.item_nullable else f"List[{inner}]"


def readable(t: Type) -> str:
    """A type as the docs show it: ``str``, ``List[DAG]``, ``datetime`` (as annotated,
    without ``Optional`` for the items of a list)."""
    if t.kind == "list":
        assert t.item is not None
        return f"List[{readable(t.item)}]"
    return annotation(t)


def linked(t: Type) -> str:
    """:func:`readable`, with each model a link to its page."""
    if t.kind == "model":
        return f"[{t.model}]({t.model}.md)"
    if t.kind == "list":
        assert t.item is not None
        return f"List[{linked(t.item)}]"
    return readable(t)


def _type_names(t: Type, typing: Set[str], stdlib: Set[str]) -> None:
    if t.kind == "datetime":
        stdlib.add("datetime")
    elif t.kind == "any":
        typing.add("Any")
    elif t.kind == "dict":
        typing.update({"Dict", "Any"})
    elif t.kind == "literal":
        typing.add("Literal")
    elif t.kind == "list":
        typing.add("List")
        assert t.item is not None
        _type_names(t.item, typing, stdlib)


def sort_names(names: Iterable[str]) -> List[str]:
    """Names of a ``from x import ...`` in isort's order: CONSTANTS, Classes, functions,
    each compared as ruff's isort does, without case first (``_GET_DAG_SOURCE, _GET_DAGS``)."""

    def key(name: str) -> Tuple[int, str, str]:
        kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
        return kind, name.lower(), name

    return sorted(set(names), key=key)


@dataclass
class Imports:
    """``from module import names`` lines, by section, each sorted as isort sorts them."""

    stdlib: Dict[str, Set[str]]
    third_party: Dict[str, Set[str]]
    first_party: Dict[str, Set[str]]
    #: module -> a comment for its line
    comments: Dict[str, str]

    @classmethod
    def new(cls) -> "Imports":
        return cls({}, {}, {}, {})

    def sections(self) -> List[List[str]]:
        out = []
        for section in (self.stdlib, self.third_party, self.first_party):
            lines = [
                f"from {module} import {', '.join(sort_names(names))}"
                + (f"  # {self.comments[module]}" if module in self.comments else "")
                for module, names in section.items()
                if names
            ]
            if lines:
                out.append(sorted(lines, key=lambda line: line.split(" import ")[0]))
        return out


# -- docstrings ------------------------------------------------------------------------------


def doc_text(text: str) -> str:
    """Prose that can stand inside a ``\"\"\"`` docstring."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return text[:-1] + '\\"' if text.endswith('"') else text


def hanging(text: str, indent: int) -> str:
    """Continuation lines of a multi-line text indented under its first line."""
    pad = " " * indent
    return "\n".join(line if i == 0 or not line.strip() else pad + line for i, line in enumerate(text.split("\n")))


def one_line(text: str) -> str:
    """Prose for a Markdown table cell: one line, no pipes."""
    return " ".join(text.split()).replace("|", "\\|")


# -- models ------------------------------------------------------------------------------------


@dataclass
class FieldView:
    field: Field
    annotation: str
    default: str
    notes: str

    @property
    def description(self) -> str:
        return self.field.description


def notes_of(f: Field) -> str:
    return ", ".join(
        n for n, on in (("required", f.required), ("read-only", f.read_only), ("nullable", f.nullable)) if on
    )


def model_view(schema: Schema) -> Dict[str, Any]:
    imports = Imports.new()
    fields: List[FieldView] = []
    if schema.kind == "object":
        typing = {"ClassVar", "FrozenSet", "Optional"} | ({"Tuple"} if schema.all_of else set())
        stdlib: Set[str] = set()
        base: Set[str] = set()
        for f in schema.fields:
            _type_names(f.type, typing, stdlib)
            args = ([f'wire="{f.wire}"'] if f.name != f.wire else []) + [f"{k}={v!r}" for k, v in f.constraints.items()]
            if args:
                base.add("Field")
            if f.alias_property:
                base.add("alias_property")
            default = f"Field(None, {', '.join(args)})" if args else "None"
            fields.append(FieldView(f, annotation(f.type), default, notes_of(f)))
        imports.stdlib["typing"] = typing
        if stdlib:
            imports.stdlib["datetime"] = stdlib
        # the bases: the core's models with the official surface (compat/models.py)
        imports.first_party[f"{PKG}.compat.models"] = {"OfficialModel"}
        if base:
            imports.first_party[f"{PKG}.core.base_model"] = base
    elif schema.kind == "string":
        imports.stdlib["typing"] = {"ClassVar"}
        imports.first_party[f"{PKG}.compat.models"] = {"OfficialString"}
    elif schema.kind == "enum":
        imports.first_party[f"{PKG}.compat.models"] = {"OfficialEnum"}
    elif schema.kind == "union":
        imports.stdlib["typing"] = {"ClassVar", "Dict", "Tuple", "Type"}
        imports.first_party[f"{PKG}.compat.models"] = {"OfficialOneOf"}
        imports.first_party[f"{PKG}.core.base_model"] = {"ApiModel"}
    imports.first_party[f"{PKG}.lazy"] = {"OFFICIAL_MODEL_MODULE_NAMES", "lazy_names"}
    for dep in schema.deps():
        imports.first_party[f"{PKG}.model.{snake(dep)}"] = {dep}
    members = [(re.sub(r"\W", "_", v).upper(), v) for v in schema.values]
    class_sets = [
        ("__required__", [f.name for f in schema.fields if f.required]),
        ("__read_only__", [f.name for f in schema.fields if f.read_only]),
        ("__read_only_by_ref__", [f.name for f in schema.fields if f.read_only_by_ref]),
        ("__nullable__", [f.name for f in schema.fields if f.nullable]),
        ("__datetime_text__", [f.name for f in schema.fields if f.format == "datetime"]),
    ]
    return {
        "schema": schema,
        "imports": imports.sections(),
        "fields": fields,
        "members": members,
        # written only where there are some: rare
        "class_sets": [(attr, names) for attr, names in class_sets if names or attr in _ALWAYS_WRITTEN],
    }


# -- operations -------------------------------------------------------------------------------


def param_annotation(t: ParamType) -> str:
    inner = _PARAM_ANNOTATIONS[t.kind]
    return f"List[{inner}]" if t.is_list else inner


def param_declaration(t: ParamType) -> str:
    """The runtime's value for a parameter type: ``STR``, ``Array(STR, joined=True)``."""
    scalar = t.kind.upper() + (f".at_least({t.minimum!r})" if t.minimum is not None else "")
    if not t.is_list:
        return scalar
    return f"Array({scalar}, joined=True)" if t.joined else f"Array({scalar})"


@dataclass
class Argument:
    name: str
    annotation: str
    description: str
    required: bool


def arguments(op: Operation, models: Dict[str, Schema]) -> Tuple[List[Argument], List[Argument]]:
    """(positional, keyword-only) arguments of the method, in the official client's order."""
    positional: List[Argument] = []
    keyword_only: List[Argument] = []
    for p in op.parameters:
        arg = Argument(p.name, param_annotation(p.type), parameter_description(p), p.required)
        (positional if p.required else keyword_only).append(arg)
    if op.body is not None:
        body = op.body
        text = body.description or models[body.model].description
        if text in ("", body.model):  # the spec's DAG is described as "DAG"
            text = "The request body"
        described = f"{text.rstrip('.')}: a ``{body.model}``, or a dict of its fields."
        arg = Argument(body.argument, f"Union[{body.model}, Dict[str, Any]]", described, body.required)
        (positional if body.required else keyword_only).append(arg)
    return positional, keyword_only


def parameter_description(p: Parameter) -> str:
    text = p.description or p.name
    if p.default is not None:
        text += f" (the server's default: ``{p.default!r}``)"
    return text


def return_annotation(op: Operation) -> str:
    ok = op.success
    if ok.free_form or ok.plain:
        ann = "Dict[str, Any]"
    elif len(ok.models) > 1:
        ann = f"Union[{', '.join(ok.models)}]"
    elif ok.models:
        ann = ok.models[0]
    else:
        return "None"
    if "text/plain" in ok.content_types:
        ann = f"Union[{ann}, str]" if not ann.startswith("Union[") else ann[:-1] + ", str]"
    return ann


def raises(op: Operation) -> List[Tuple[str, str]]:
    """(exception, why) for each error answer the spec lists, and for an operation that
    older servers lack."""
    out = []
    for r in op.errors:
        name = STATUS_EXCEPTIONS.get(r.status, "ServiceException" if r.status.startswith("5") else "ApiException")
        out.append((name, f"{r.status}: {r.description}"))
    if op.since:
        out.append(
            ("OperationNotSupportedError", f"the server's Airflow is older than {op.since} (a NotFoundException)")
        )
    return out


def declaration(op: Operation) -> List[str]:
    """The arguments of the operation's ``Operation(...)``, each as Python source."""
    args = [repr(op.id), repr(op.method), repr(op.path)]
    if op.path_params:
        args.append(
            "path_params={" + ", ".join(f'"{p.name}": {param_declaration(p.type)}' for p in op.path_params) + "}"
        )
    if op.query_params:
        args.append("query={" + ", ".join(f'"{p.name}": {param_declaration(p.type)}' for p in op.query_params) + "}")
    if op.body is not None:
        args += [f'body="{op.body.model}"', f'body_name="{op.body.argument}"']
        if not op.body.required:
            args.append("body_required=False")
    ok = op.success
    if ok.free_form:
        args.append("response=dict")
    elif len(ok.models) > 1:
        args.append(f"response={ok.models!r}")
    elif ok.models:
        args.append(f'response="{ok.models[0]}"')
    if ok.plain:
        args.append("plain=True")
    if ok.content_types and tuple(ok.content_types) != ("application/json",):
        args.append(f"content_types={tuple(ok.content_types)!r}")
    if op.since:
        args.append(f'since="{op.since}"')
    return args


def models_used(ops: Sequence[Operation]) -> Set[str]:
    """Every model named by the operations' request bodies and answers (errors too)."""
    found: Set[str] = set()
    for op in ops:
        if op.body is not None:
            found.add(op.body.model)
        for r in op.responses:
            found.update(r.named)
    return found


@dataclass
class Example:
    markers: List[str]
    code: str


def example(op_id: str) -> Example:
    """``codegen/examples/<op_id>.py``: its leading ``# docs-test:`` lines, and the rest.
    Every operation has one: its reference page shows it and the docs test runs it."""
    path = EXAMPLES / f"{op_id}.py"
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: write an example for {op_id} (see codegen/examples)")
    lines = path.read_text().rstrip("\n").split("\n")
    markers = []
    while lines and MARKER.match(lines[0]):
        markers.append(MARKER.match(lines[0]).group(1))  # type: ignore[union-attr]
        lines.pop(0)
    while lines and not lines[0].strip():
        lines.pop(0)
    return Example(markers, "\n".join(lines))


def api_view(tag: str, ops: List[Operation], spec: Spec) -> Dict[str, Any]:
    imports = Imports.new()
    typing: Set[str] = set()
    ops_views = []
    scalars: Set[str] = set()
    arrays = False
    for op in ops:
        positional, keyword_only = arguments(op, spec.schemas)
        ok = op.success
        for p in op.parameters:
            scalars.add(p.type.kind.upper())
            arrays = arrays or p.type.is_list
            typing.update({"List"} if p.type.is_list else set())
            typing.update({"Union"} if p.type.kind == "datetime" else set())
        if op.body is not None:
            typing.update({"Union", "Dict", "Any"})
        if ok.free_form or ok.plain:
            typing.update({"Dict", "Any"})
        if (len(ok.models) > 1 and not ok.plain) or ((ok.models or ok.free_form) and "text/plain" in ok.content_types):
            typing.add("Union")
        if keyword_only:
            typing.add("Optional")
        ret = return_annotation(op)
        ops_views.append(
            {
                "op": op,
                "constant": f"_{op.id.upper()}",
                "declaration": declaration(op),
                "positional": positional,
                "keyword_only": keyword_only,
                "returns": ret,
                "raises": raises(op),
                "example": example(op.id),
            }
        )
    body_and_answers: Set[str] = set()
    for op in ops:
        if op.body is not None:
            body_and_answers.add(op.body.model)
        if not op.success.plain:
            body_and_answers.update(op.success.models)
    if body_and_answers:
        typing.add("TYPE_CHECKING")
    if any(p.type.kind == "datetime" for op in ops for p in op.parameters):
        imports.stdlib["datetime"] = {"datetime"}
    imports.stdlib["typing"] = typing
    imports.third_party["typing_extensions"] = {"Unpack"}
    imports.first_party[f"{PKG}.api_base"] = {"Api", "RequestOptions"}
    imports.first_party[f"{PKG}.api_client"] = {"ApiClient"}
    imports.comments[f"{PKG}.api_client"] = "noqa: F401 - the official module holds it too"
    imports.first_party[f"{PKG}.lazy"] = {"OFFICIAL_API_MODULE_NAMES", "lazy_names"}
    imports.first_party[f"{PKG}.core.operation"] = {"Operation"} | scalars | ({"Array"} if arrays else set())
    module = f"{snake(tag)}_api"
    # the awaitable module (aio/api/): the same annotations, its base, and the sync module's operations
    aio = Imports.new()
    aio.stdlib = dict(imports.stdlib)
    aio.third_party["typing_extensions"] = {"Unpack"}
    aio.first_party[f"{PKG}.aio.api_base"] = {"AsyncApi", "RequestOptions"}
    aio.first_party[f"{PKG}.api.{module}"] = {o["constant"] for o in ops_views}
    return {
        "tag": tag,
        "class_name": f"{tag}Api",
        "module": module,
        "imports": imports.sections(),
        "aio_imports": aio.sections(),
        "type_checking": sorted(body_and_answers),
        "lazy": {name: f"{PKG}.model.{snake(name)}" for name in sorted(models_used(ops))},
        "operations": ops_views,
    }


# -- the environment ------------------------------------------------------------------------------


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters.update(
        doc=doc_text,
        hanging=hanging,
        cell=one_line,
        snake=snake,
        readable=readable,
        linked=linked,
        py=repr,
        python_name=py_name,
        param_annotation=param_annotation,
    )
    env.globals.update(PKG=PKG)
    return env
