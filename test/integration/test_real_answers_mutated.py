"""Real answers of Airflow 2.10.5, mutated the way another server version might
answer, replayed on loopback: the lenient client never raises and keeps what it got.

The integration tests before this one recorded, per operation, the first 2xx
JSON answer of the real server and the parameters of that call (see
conftest.py); only answers that integration tests got from the
``airflow_server`` fixture's Airflow are recorded, and the ``real_answers``
fixture fails on any other (``_gates.real_answers``), so a canned loopback
answer of a unit test in the same session is never replayed as a real one.  Each answer is served again with one mutation applied to every
object in it, and the same operation is called with the same parameters:

* ``extra``:   a new field in every object;
* ``nulls``:   every field of every object is ``null``;
* ``missing``: every object is empty (required fields missing);
* ``strings``: every string is ``"zz_unknown"`` (unknown enum values, dates that are not dates);
* ``numbers``: every number is a string (``3`` -> ``"3"``).

Strict mode must refuse numbers sent as strings in the fields the spec types as
numbers, with a ResponseValidationError naming the operation.  Runs after the other integration tests (conftest.py
orders it), since it needs what they recorded.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, Iterator, Tuple

import pytest

import airflow_client.client as client
from airflow_client.client.core.base_model import ApiModel, _alias_map, _classify
from test.loopback import LoopbackServer, json_reply


def _objects(doc: Any, change: Callable[[Dict[str, Any]], Dict[str, Any]]) -> Any:
    if isinstance(doc, dict):
        return change({k: _objects(v, change) for k, v in doc.items()})
    if isinstance(doc, list):
        return [_objects(v, change) for v in doc]
    return doc


def _leaves(doc: Any, change: Callable[[Any], Any]) -> Any:
    if isinstance(doc, dict):
        return {k: _leaves(v, change) for k, v in doc.items()}
    if isinstance(doc, list):
        return [_leaves(v, change) for v in doc]
    return change(doc)


MUTATIONS: Dict[str, Callable[[Any], Any]] = {
    "extra": lambda doc: _objects(doc, lambda o: {**o, "zz_new_field": {"from": "a newer server"}}),
    "nulls": lambda doc: _objects(doc, lambda o: dict.fromkeys(o)),
    "missing": lambda doc: _objects(doc, lambda o: {}),
    "strings": lambda doc: _leaves(doc, lambda v: "zz_unknown" if isinstance(v, str) else v),
    "numbers": lambda doc: _leaves(
        doc, lambda v: str(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
    ),
}


@pytest.fixture
def replay(real_answers: Dict[str, Tuple[Any, Dict[str, Any], bytes]]) -> Iterator[Any]:
    server = LoopbackServer()
    try:
        yield server, real_answers
    finally:
        server.stop()


def _call(server: LoopbackServer, op: Any, params: Dict[str, Any], doc: Any, strict: bool = False) -> Any:
    server.reply(json_reply(doc))
    cfg = client.Configuration(host=server.url, username="u", password="p", retries=0, strict_responses=strict)
    with client.ApiClient(cfg) as api_client:
        return api_client.call(op, {}, **params)


def test_every_recorded_answer_survives_every_mutation(replay: Any, airflow_version: str) -> None:
    server, answers = replay
    # 2.10.5 answers 60 and more operations with JSON in this suite; 2.6.3, which lacks 16 of them, 50 and more
    least = 60 if airflow_version == "2.10.5" else 45
    assert len(answers) >= least, f"only {len(answers)} operations recorded a JSON answer"
    checked = 0
    for name in sorted(answers):
        op, params, body = answers[name]
        real = json.loads(body)
        if not isinstance(real, dict):
            continue
        for mutation, mutate in MUTATIONS.items():
            doc = mutate(real)
            try:
                result = _call(server, op, params, doc)
            except client.OpenApiException as exc:  # pragma: no cover - the failure message is the point
                pytest.fail(f"{name} with {mutation}: {type(exc).__name__}: {exc}")
            if not isinstance(result, ApiModel):
                # free-form JSON, or an answer the official client gives as a plain dict (op.plain)
                assert op.response is dict or op.plain, f"{name} with {mutation} gave {type(result).__name__}"
                assert result == doc
                continue
            kept = json.loads(result.to_json())
            if mutation == "extra":
                assert kept["zz_new_field"] == {"from": "a newer server"}, name
                assert result["zz_new_field"] == {"from": "a newer server"}
            elif mutation == "strings":
                assert _strings(doc) <= _strings(kept), f"{name}: strings not kept as received"
            elif mutation == "nulls":
                assert all(kept[key] is None for key in doc), f"{name}: {kept}"
            checked += 1
    assert checked >= 5 * 50


def _typed_numbers_as_strings(cls: Any, doc: Any) -> Any:
    """``doc`` with the numbers of the fields that the spec types as numbers made strings."""
    if isinstance(doc, list):
        return [_typed_numbers_as_strings(cls, item) for item in doc]
    if not (isinstance(doc, dict) and isinstance(cls, type) and issubclass(cls, ApiModel)):
        return doc
    out = dict(doc)
    for key, value in doc.items():
        name = key if key in cls.model_fields else _alias_map(cls).get(key)
        if name is None:
            continue
        kind, target = _classify(cls.model_fields[name].annotation)
        if kind == "list":
            kind, target = target
        if kind == "model":
            out[key] = _typed_numbers_as_strings(target, value)
        elif kind == "plain" and isinstance(value, (int, float)) and not isinstance(value, bool):
            out[key] = str(value)
    return out


def _strings(doc: Any) -> set:
    out: set = set()
    _leaves(doc, lambda v: out.add(v) if isinstance(v, str) else None)
    return out


def test_strict_mode_refuses_numbers_as_strings_naming_the_operation(replay: Any) -> None:
    server, answers = replay
    refused = 0
    for name in sorted(answers):
        op, params, body = answers[name]
        real = json.loads(body)
        cls = op.response_class(real) if op.response is not dict else None
        doc = _typed_numbers_as_strings(cls, real)
        if doc == real:  # no number in a typed field (free-form ones, like conf, take anything)
            continue
        with pytest.raises(client.ResponseValidationError) as info:
            _call(server, op, params, doc, strict=True)
        assert name in str(info.value)
        refused += 1
    assert refused >= 20
