"""The generator's typed model of the spec, and what the generated code declares with it."""

from __future__ import annotations

import importlib
from typing import Any, Dict

import pytest

from airflow_client.client import exceptions
from airflow_client.client.core.operation import Array, Operation, Scalar
from airflow_client.client.models import MODEL_MODULES
from codegen import render
from codegen.generate import build
from codegen.model import ParamType, Type
from codegen.parse import parse
from codegen.spec import load_spec

SPEC = build(load_spec())


def _operations() -> Dict[str, Operation]:
    found = {}
    for tag in SPEC.tags():
        module = importlib.import_module(f"airflow_client.client.api.{render.snake(tag)}_api")
        found.update({v.name: v for v in vars(module).values() if isinstance(v, Operation)})
    return found


def test_every_generated_operation_declares_typed_values() -> None:
    """Nothing the runtime reads at call time is text to parse: parameter types are
    ``Scalar``/``Array`` objects, answers a model's name (looked up, not parsed), a
    tuple of them, ``dict`` or None."""
    operations = _operations()
    assert len(operations) == 89
    for op in operations.values():
        assert all(isinstance(kind, Scalar) for kind in op.path_params.values()), op
        assert all(isinstance(kind, (Scalar, Array)) for kind in op.query.values()), op
        response = op.response
        names = response if isinstance(response, tuple) else (response,) if isinstance(response, str) else ()
        assert response is None or response is dict or names, op
        assert all(name in MODEL_MODULES for name in names), op
        assert isinstance(op.content_types, tuple) and "application/json" in op.content_types, op


def test_declarations_match_the_typed_model() -> None:
    operations = _operations()
    for op in SPEC.operations:
        declared = operations[op.id]
        assert declared.method == op.method and declared.path == op.path
        for param in op.parameters:
            kind = (declared.path_params if param.location == "path" else declared.query)[param.name]
            if param.type.is_list:
                assert (
                    isinstance(kind, Array) and kind.joined == param.type.joined and kind.item.name == param.type.kind
                )
            else:
                assert isinstance(kind, Scalar) and kind.name == param.type.kind
        assert declared.text == ("text/plain" in op.success.content_types)
        assert declared.since == (op.since or None)


def test_update_mask_is_sent_joined_and_tags_repeated() -> None:
    patch_dags = next(op for op in SPEC.operations if op.id == "patch_dags")
    types = {p.name: p.type for p in patch_dags.parameters}
    assert types["update_mask"] == ParamType("str", is_list=True, joined=True)
    assert types["tags"] == ParamType("str", is_list=True, joined=False)


def test_collections_name_their_items_field() -> None:
    """``paginate`` reads ``__items__``; every operation that takes limit and offset
    answers a collection that declares it."""
    for op in SPEC.operations:
        if {"limit", "offset"} <= {p.name for p in op.parameters}:
            (model,) = op.success.models
            cls = getattr(importlib.import_module(f"airflow_client.client.model.{MODEL_MODULES[model]}"), model)
            assert cls.__items__ and cls.__items__ in cls.model_fields, model


def test_the_docs_name_the_exception_the_runtime_raises() -> None:
    for status, name in render.STATUS_EXCEPTIONS.items():
        assert exceptions.exception_for_status(int(status)).__name__ == name
    assert exceptions.exception_for_status(503).__name__ == "ServiceException"
    assert exceptions.exception_for_status(409) is exceptions.ApiException


def _document(**extra: Any) -> Dict[str, Any]:
    """A small OpenAPI document in the shape of Airflow's."""
    return {
        "paths": {
            "/things/{thing_id}": {
                "parameters": [{"$ref": "#/components/parameters/ThingID"}],
                "get": {
                    "operationId": "get_thing",
                    "summary": "Get a thing",
                    "description": "*New in version 2.5.0*&#58; really",
                    "tags": ["Thing"],
                    "parameters": [
                        {
                            "in": "query",
                            "name": "fields",
                            "schema": {"type": "array", "items": {"type": "string"}},
                            "style": "form",
                            "explode": False,
                        },
                        {"in": "query", "name": "since", "schema": {"type": "string", "format": "date-time"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "Success.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        },
                        "404": {"$ref": "#/components/responses/NotFound"},
                    },
                },
            }
        },
        "components": {
            "parameters": {
                "ThingID": {"in": "path", "name": "thing_id", "required": True, "schema": {"type": "string"}}
            },
            "responses": {"NotFound": {"description": "Not there."}},
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": "A thing.",
                    "properties": {
                        "name": {"type": "string", "readOnly": True, "description": "Its name."},
                        "when": {"type": "string", "format": "date-time", "nullable": True},
                        "parts": {
                            "type": "array",
                            "items": {"type": "object", "properties": {"n": {"type": "integer"}}},
                        },
                        "state": {"$ref": "#/components/schemas/State"},
                    },
                    "required": ["name"],
                },
                "State": {"type": "string", "enum": ["on", "off", None]},
                **extra,
            },
        },
    }


def test_parse_reads_a_document_into_typed_values() -> None:
    spec = parse(_document(), "9.9.9")
    (op,) = spec.operations
    assert (op.id, op.method, op.path, op.tags, op.since) == (
        "get_thing",
        "GET",
        "/things/{thing_id}",
        ["Thing"],
        "2.5.0",
    )
    assert op.description == "*New in version 2.5.0*: really"  # entities decoded
    assert [(p.name, p.location, p.type, p.required) for p in op.parameters] == [
        ("thing_id", "path", ParamType("str"), True),
        ("fields", "query", ParamType("str", is_list=True, joined=True), False),
        ("since", "query", ParamType("datetime"), False),
    ]
    assert [(r.status, r.models, r.description) for r in op.responses] == [
        ("200", ("Thing",), "Success."),
        ("404", (), "Not there."),
    ]
    thing = spec.schemas["Thing"]
    fields = {f.name: f for f in thing.fields}
    assert fields["name"].required and fields["name"].read_only and fields["name"].description == "Its name."
    assert fields["when"].type == Type("datetime") and fields["when"].nullable
    assert fields["parts"].type == Type("list", item=Type("model", model="ThingParts"))
    assert spec.schemas["ThingParts"].inline
    assert fields["state"].type == Type("model", model="State")
    assert spec.schemas["State"].values == ["null", "on", "off"] and spec.schemas["State"].nullable


def test_an_unknown_type_is_refused_naming_the_field() -> None:
    doc = _document(Odd={"type": "object", "properties": {"x": {"type": "tuple"}}})
    with pytest.raises(ValueError, match=r"Odd\.x: unsupported type tuple"):
        parse(doc, "9.9.9")
