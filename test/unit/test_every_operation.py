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

from codegen.generate import Generator, snake
from codegen.spec import load_spec
from test.loopback import Reply, json_reply

SPEC = load_spec()
GEN = Generator(SPEC)
CASES: List[Tuple[str, Dict[str, Any]]] = []
for _tag, _entries in GEN.api_tags().items():
    for _entry in _entries:
        CASES.append((_tag, GEN.describe(*_entry)))

#: Awkward values for string path parameters, one per operation in turn.
AWKWARD = ["a/b", "sp ace", "hash#tag", "q?x=1", "ünïcødé", "..", "50%", "s3://bucket/key?x=1"]
WHEN = datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc)


def sample(kind: str, index: int) -> Any:
    if kind.startswith("["):
        return ["x y", "z"]
    return {"str": AWKWARD[index % len(AWKWARD)], "int": 3, "float": 1.5, "bool": True, "datetime": WHEN}[kind]


def query_text(value: Any) -> List[str]:
    if isinstance(value, bool):
        return ["True" if value else "False"]  # as the official client sends them
    if isinstance(value, datetime):
        return [value.isoformat()]
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def test_all_89_operations_are_covered() -> None:
    assert len({info["id"] for _, info in CASES}) == 89
    assert len(SPEC["components"]["schemas"]) == 98


@pytest.mark.parametrize("tag,info", CASES, ids=[f"{t}Api.{i['id']}" for t, i in CASES])
def test_operation(server, api_client, tag: str, info: Dict[str, Any]) -> None:
    module = importlib.import_module(f"airflow_client.client.api.{snake(tag)}_api")
    api = getattr(module, f"{tag}Api")(api_client)
    index = len(info["id"])
    args: Dict[str, Any] = {}
    for n, name in enumerate(info["path_params"] + info["query"]):
        args[name] = sample(info["types"][name], index + n)
    body_model = None
    if info["body"]:
        from airflow_client.client.models import __getattr__ as model

        body_model = model(info["body"]["model"])
        required = {name: "value" for name in body_model.__required__ if name not in body_model.__read_only__}
        args[info["body"]["name"]] = body_model.model_construct(**required, _fields_set=set(required))

    response = info["response"]
    if response is None:
        server.reply(Reply(204 if info["method"] == "DELETE" else 201))
    else:
        server.reply(json_reply({"surprise_field": [1, 2]}))

    positional = [args.pop(name) for name, _ in info["positional"]]
    result = getattr(api, info["id"])(*positional, **args)
    args.update(dict(zip([n for n, _ in info["positional"]], positional)))

    req = server.last
    assert req.method == info["method"]
    expected_path = "/api/v1" + re.sub(
        r"{(\w+)}", lambda m: quote(str(args[m.group(1)]), safe="").replace("..", "%2E%2E"), info["path"]
    )
    assert req.path == expected_path
    expected_query = {name: query_text(args[name]) for name in info["query"]}
    if info["types"].get("update_mask", "").endswith(","):
        expected_query["update_mask"] = [",".join(expected_query["update_mask"])]
    assert req.query == expected_query
    assert req.header("Accept") == "application/json"
    assert (
        req.header(
            "Authorization",
        )
        == "Basic YWRtaW46YWRtaW4="
    )
    if info["body"]:
        assert req.header("Content-Type") == "application/json"
        assert req.json() == {
            body_model.model_fields[k].alias or k: "value"
            for k in body_model.__required__
            if k not in body_model.__read_only__
        }
    else:
        assert req.body == b""

    if response is None:
        assert result is None
    elif response == "object":
        assert result == {"surprise_field": [1, 2]}
    else:
        names = response if isinstance(response, tuple) else (response,)
        assert type(result).__name__ in names
        assert result["surprise_field"] == [1, 2]
