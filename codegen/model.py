"""The typed model of the spec that everything the generator writes comes from.

:func:`codegen.parse.parse` reads Airflow's OpenAPI document once into these
dataclasses; the templates and the docs read only them, never the YAML.
Descriptions are Airflow's prose as the spec has it (Markdown).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

#: Scalar kinds of a field or a parameter.
SCALARS = ("str", "int", "float", "bool", "datetime")


@dataclass(frozen=True)
class Type:
    """The type of a model field.

    ``kind`` is one of :data:`SCALARS`, ``"any"`` (free-form), ``"dict"`` (a
    free-form object), ``"list"`` (of ``item``), ``"model"`` (the generated
    model ``model``) or ``"literal"`` (a string, one of ``values``).
    """

    kind: str
    item: Optional["Type"] = None
    item_nullable: bool = False
    model: str = ""
    values: Tuple[str, ...] = ()

    def models(self) -> List[str]:
        """The generated models this type refers to."""
        if self.kind == "model":
            return [self.model]
        return self.item.models() if self.item is not None else []


@dataclass(frozen=True)
class ParamType:
    """The type of a parameter: a scalar kind, or a list of them.

    A list is sent as the parameter repeated per item, or, when ``joined``
    (OpenAPI's ``style: form, explode: false``), as one comma-separated value.
    """

    kind: str
    is_list: bool = False
    joined: bool = False
    #: the spec's ``minimum`` (``offset``: 0), which the official client checks before sending
    minimum: Optional[float] = None


@dataclass
class Parameter:
    name: str
    location: str  # path | query
    type: ParamType
    required: bool
    description: str = ""
    default: object = None


@dataclass
class RequestBody:
    model: str
    #: the method's parameter that carries it (the model's name in snake case)
    argument: str
    required: bool
    content_type: str = "application/json"
    description: str = ""


@dataclass
class Response:
    status: str
    description: str
    content_types: Tuple[str, ...] = ()
    #: the models a JSON answer can be (several when the spec allows several)
    models: Tuple[str, ...] = ()
    #: the JSON answer is free-form (no model)
    free_form: bool = False
    #: every model the answer's schema names (the parts of an ``allOf`` too)
    named: Tuple[str, ...] = ()
    #: answered as a plain ``dict``, as the official client does; ``models`` is its shape
    plain: bool = False


@dataclass
class Operation:
    id: str
    method: str  # GET, POST, ...
    path: str
    tags: List[str]
    summary: str
    description: str
    parameters: List[Parameter]
    body: Optional[RequestBody]
    responses: List[Response]
    #: the Airflow version that added it ("" for 2.0.0)
    since: str = ""

    @property
    def path_params(self) -> List[Parameter]:
        return [p for p in self.parameters if p.location == "path"]

    @property
    def query_params(self) -> List[Parameter]:
        return [p for p in self.parameters if p.location == "query"]

    @property
    def success(self) -> Response:
        """The first 2xx response."""
        return next(r for r in self.responses if r.status.startswith("2"))

    @property
    def errors(self) -> List[Response]:
        return [r for r in self.responses if not r.status.startswith("2")]


@dataclass
class Field:
    wire: str
    name: str
    type: Type
    required: bool
    read_only: bool
    nullable: bool
    description: str = ""
    format: str = ""
    constraints: Dict[str, object] = field(default_factory=dict)
    #: read-only only through the schema it refers to: the official constructor takes it
    read_only_by_ref: bool = False
    #: the wire name shadows a pydantic attribute (models are checked by pydantic models of the
    #: same fields, see validation.py); the model also answers to it as a property
    alias_property: bool = False


@dataclass
class Schema:
    """A generated model: an object, an enum, a union (oneOf/anyOf), a pattern-checked
    string or a plain string alias."""

    name: str
    kind: str  # object | enum | union | string | alias
    description: str = ""
    fields: List[Field] = field(default_factory=list)
    #: enum values, as the official client lists them ("null" for a null member)
    values: List[str] = field(default_factory=list)
    pattern: str = ""
    members: List[str] = field(default_factory=list)
    discriminator: str = ""
    #: the parts of an ``allOf`` (the official client's composed models)
    all_of: List[str] = field(default_factory=list)
    #: the field holding the items, for a collection (a page of a list operation)
    items_field: str = ""
    nullable: bool = False
    #: a schema the spec writes inline (no entry of its own under components)
    inline: bool = False

    def deps(self) -> List[str]:
        """The models this one refers to, sorted."""
        found = {name for f in self.fields for name in f.type.models()} | set(self.members)
        return sorted(found)


@dataclass
class Spec:
    version: str
    operations: List[Operation]
    schemas: Dict[str, Schema]

    def tags(self) -> Dict[str, List[Operation]]:
        """Operations by tag, both sorted."""
        tags: Dict[str, List[Operation]] = {}
        for op in self.operations:
            for tag in op.tags:
                tags.setdefault(tag, []).append(op)
        return {tag: sorted(ops, key=lambda op: op.id) for tag, ops in sorted(tags.items())}
