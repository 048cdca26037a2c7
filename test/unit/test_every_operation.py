"""Every operation of the pinned spec, called through its API class on a loopback server.

Expectations come from the spec itself (read by the generator's loader), not
from the runtime: the verb, the path with each parameter percent-encoded, the
query string, the JSON body, and the type of the returned model.
"""

from __future__ import annotations

import importlib
import re
from datetime import datetime, timezone
from typing import Any, Dict, List, Tuple
from urllib.parse import quote

import pytest

from codegen.generate import build, snake
from codegen.model import Operation, ParamType
from codegen.spec import load_spec
from test.loopback import Reply, json_reply

SPEC = build(load_spec())
CASES: List[Tuple[str, Operation]] = [(tag, op) for tag, ops in SPEC.tags().items() for op in ops]

#: Awkward values for string path parameters, one per operation in turn.
AWKWARD = ["a/b", "sp ace", "hash#tag", "q?x=1", "ünïcødé", "..", "50%", "s3://bucket/key?x=1"]
WHEN = datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc)


def sample(kind: ParamType, index: int) -> Any:
    if kind.is_list:
        return ["x y", "z"]
    return {"str": AWKWARD[index % len(AWKWARD)], "int": 3, "float": 1.5, "bool": True, "datetime": WHEN}[kind.kind]


def query_text(value: Any) -> List[str]:
    if isinstance(value, bool):
        return ["True" if value else "False"]  # as the official client sends them
    if isinstance(value, datetime):
        return [value.isoformat()]
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def test_all_89_operations_are_covered() -> None:
    assert len({op.id for _, op in CASES}) == 89
    assert len([s for s in SPEC.schemas.values() if not s.inline]) == 98


@pytest.mark.parametrize("tag,op", CASES, ids=[f"{t}Api.{op.id}" for t, op in CASES])
def test_operation(server, api_client, tag: str, op: Operation) -> None:
    module = importlib.import_module(f"airflow_client.client.api.{snake(tag)}_api")
    api = getattr(module, f"{tag}Api")(api_client)
    index = len(op.id)
    args: Dict[str, Any] = {}
    for n, param in enumerate(op.parameters):
        args[param.name] = sample(param.type, index + n)
    body_model = None
    positional_names = [p.name for p in op.parameters if p.required]
    if op.body is not None:
        from airflow_client.client.models import __getattr__ as model

        body_model = model(op.body.model)
        required = {name: "value" for name in body_model.__required__ if name not in body_model.__read_only__}
        args[op.body.argument] = body_model._from_openapi_data(**required)  # held as given, unchecked
        if op.body.required:
            positional_names.append(op.body.argument)

    ok = op.success
    if not ok.models and not ok.free_form:
        server.reply(Reply(204 if op.method == "DELETE" else 201))
    else:
        server.reply(json_reply({"surprise_field": [1, 2]}))

    positional = [args.pop(name) for name in positional_names]
    result = getattr(api, op.id)(*positional, **args)
    args.update(dict(zip(positional_names, positional)))

    req = server.last
    assert req.method == op.method
    expected_path = "/api/v1" + re.sub(
        r"{(\w+)}", lambda m: quote(str(args[m.group(1)]), safe="").replace("..", "%2E%2E"), op.path
    )
    assert req.path == expected_path
    expected_query = {p.name: query_text(args[p.name]) for p in op.query_params}
    for p in op.query_params:
        if p.type.joined:
            expected_query[p.name] = [",".join(expected_query[p.name])]
    assert req.query == expected_query
    assert req.header("Accept") == "application/json"
    assert (
        req.header(
            "Authorization",
        )
        == "Basic YWRtaW46YWRtaW4="
    )
    if op.body is not None:
        assert req.header("Content-Type") == "application/json"
        assert req.json() == {
            body_model.model_fields[k].alias or k: "value"
            for k in body_model.__required__
            if k not in body_model.__read_only__
        }
    else:
        assert req.body == b""

    if not ok.models and not ok.free_form:
        assert result is None
    elif ok.free_form:
        assert result == {"surprise_field": [1, 2]}
    elif ok.plain:  # a plain dict, as the official client answers these
        assert type(result) is dict and result == {"surprise_field": [1, 2]}
    else:
        assert type(result).__name__ in ok.models
        assert result["surprise_field"] == [1, 2]
