"""Real Airflow 3.3.2 answers, served by the fake Airflow 3 (issue 23).

``airflow3_recorded.json`` holds, for each read-only case of
``test/integration/test_differential_real.py`` that ours ran against a real Airflow 3.3.2
(``make test-airflow3``), the call (API class, method, arguments) and every request the
client sent to the server's ``/api/v2`` (or ``/auth/fab/v1``) with the server's answer,
recorded then.  Lists in the answers are cut to their first three items (and a list's
``total_entries`` to three); the checkout's path and the server's port are replaced by
fixed texts.

Each case is replayed here without a server: the same call, against a fake that answers
each recorded request (method, path and query) with its recorded answer.  The test holds

* the requests: the client must send exactly the recorded ones, in order (a changed
  translation row changes a path, a query parameter or a lookup, and fails here);
* the answer: the result's ``to_dict()`` against ``airflow3_recorded_mapped.json`` (a changed
  answer mapping fails here, on what a real server answers rather than on a hand-written
  answer);
* that no model of the result holds a member Airflow 2 did not send (the 2.x model's own,
  and ``shapes.AIRFLOW2_UNDECLARED``).

To record again, run ``make test-airflow3`` (it keeps ours' observations in
``.airflow-local/compat/3.3.2/real-differential-ours.json``), then write both files and
review their diff::

    python -m test.unit.test_airflow3_recorded --write
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any, Dict, List, Tuple
from urllib.parse import parse_qsl, urlsplit

import pytest

from airflow_client.client.airflow3.shapes import AIRFLOW2_UNDECLARED
from airflow_client.client.core.models.readers import _plan
from test.compat._runner import snake
from test.loopback import LoopbackServer, Received, Reply, json_reply
from test.unit.test_airflow3 import FakeAirflow3, client

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
RECORDED = HERE / "airflow3_recorded.json"
MAPPED = HERE / "airflow3_recorded_mapped.json"
SOURCE = REPO / ".airflow-local" / "compat" / "3.3.2" / "real-differential-ours.json"
#: a list in a recorded answer is cut to this many items
ITEMS = 3
#: cases not kept: the server's configuration (its secrets are masked, but it is the machine's)
LEFT_OUT = ("ConfigApi.",)


def _load(path: Path) -> Dict[str, Any]:
    return json.loads(path.read_text()) if path.exists() else {}


CASES: Dict[str, Any] = _load(RECORDED)


class Replay(FakeAirflow3):
    """The fake Airflow 3, answering each recorded request (method, path, query) as recorded."""

    def __init__(self, sent: List[Dict[str, Any]]) -> None:
        super().__init__()
        self.sent = sent

    def __call__(self, req: Received) -> Reply:
        key = (req.method, req.path, sorted(parse_qsl(urlsplit(req.target).query, keep_blank_values=True)))
        for one in self.sent:
            if (one["method"], one["path"], [tuple(pair) for pair in one["query"]]) == key:
                answer = one["answer"]
                if isinstance(answer, dict) and "$text" in answer:
                    reply = Reply(one["status"], answer["$text"].encode(), {"Content-Type": "text/plain"})
                else:
                    reply = json_reply(answer, one["status"])
                self.answers[f"{req.method} {req.path}"] = reply
                break
        else:
            self.answers.pop(f"{req.method} {req.path}", None)
        return super().__call__(req)


def _argument(value: Any) -> Any:
    """A recorded argument as the runner built it: ``$model`` a model of ours, ``$datetime`` a datetime."""
    if isinstance(value, dict) and "$model" in value:
        module = importlib.import_module("airflow_client.client.models")
        return getattr(module, value["$model"])(**_argument(value.get("kwargs", {})))
    if isinstance(value, dict) and "$datetime" in value:
        return datetime.fromisoformat(value["$datetime"])
    if isinstance(value, dict):
        return {k: _argument(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_argument(v) for v in value]
    return value


def _plain(value: Any) -> Any:
    """A result as JSON: models by ``to_dict()``, date-times as text."""
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, (str, int, float, bool)):  # an enum-like value
        return _plain(value.value)
    return value


def _strays(model: Any, where: str = "result") -> List[str]:
    """Members of ``model`` and the models it holds that Airflow 2 did not send."""
    if not hasattr(model, "to_dict") or not hasattr(type(model), "model_fields"):
        return []
    cls = type(model)
    kinds = _plan(cls).kinds
    kept = AIRFLOW2_UNDECLARED.get(cls.__name__, ())
    found = []
    for key in vars(model):
        if key.startswith("_"):
            continue
        name = key
        declared = name in cls.model_fields or any(python == name for python, _, _ in kinds.values())
        if not declared and kept is not None and name not in kept:
            found.append(f"{where}.{name}")
    for name in cls.model_fields:
        value = getattr(model, name, None)
        if isinstance(value, list):
            for i, item in enumerate(value):
                found += _strays(item, f"{where}.{name}[{i}]")
        else:
            found += _strays(value, f"{where}.{name}")
    return found


def _replay(server: LoopbackServer, name: str) -> Tuple[Any, List[Tuple[str, str, List[Tuple[str, str]]]]]:
    case = CASES[name]
    server.handler = Replay(case["v2"])
    call = case["call"]
    module = importlib.import_module(f"airflow_client.client.api.{snake(call['api'])}")
    with client(server, api_version="v2") as api:
        method = getattr(getattr(module, call["api"])(api), call["method"])
        result = method(*_argument(call["args"]), **_argument(call["kwargs"]))
    sent = [
        (r.method, r.path, sorted(parse_qsl(urlsplit(r.target).query, keep_blank_values=True)))
        for r in server.requests
        if r.path.startswith(("/api/v2/", "/auth/fab/v1/")) and r.path not in ("/api/v2/version",)
    ]
    return result, sent


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_recorded_case_sends_the_same_requests_and_maps_the_same_answer(server: LoopbackServer, name: str) -> None:
    result, sent = _replay(server, name)
    recorded = [(r["method"], r["path"], [tuple(pair) for pair in r["query"]]) for r in CASES[name]["v2"]]
    recorded = [r for r in recorded if r[1] != "/api/v2/version"]
    assert sent == recorded, f"{name}: the requests differ from those sent to the real Airflow 3.3.2"
    assert _plain(result) == _load(MAPPED)[name], f"{name}: the mapped answer changed"
    assert _strays(result) == [], f"{name}: members Airflow 2 did not send"


def test_every_recorded_case_has_its_mapped_answer() -> None:
    assert CASES, f"{RECORDED.name} is empty: record it (see this module's docstring)"
    assert sorted(_load(MAPPED)) == sorted(CASES)


# -- writing the files ---------------------------------------------------------------------


def _cut(value: Any) -> Any:
    """A recorded answer kept small and free of this machine: lists cut, paths and port replaced."""
    if isinstance(value, dict):
        out = {k: _cut(v) for k, v in value.items()}
        cut = [k for k, v in value.items() if isinstance(v, list) and len(v) > ITEMS]
        if cut and isinstance(out.get("total_entries"), int):  # a page of a list, cut: its count too
            out["total_entries"] = min(out["total_entries"], ITEMS)
        return out
    if isinstance(value, list):
        return [_cut(v) for v in value[:ITEMS]]
    if isinstance(value, str):
        return re.sub(r"127\.0\.0\.1:\d+", "localhost:8080", value.replace(str(REPO), "/checkout"))
    return value


def write(source: Path = SOURCE) -> None:
    observations = json.loads(source.read_text())
    cases: Dict[str, Any] = {}
    for name, obs in sorted(observations.items()):
        if name.startswith(LEFT_OUT) or not obs.get("v2") or "call" not in obs or "error" in obs:
            continue
        sent = [dict(one, answer=_cut(one["answer"])) for one in obs["v2"]]
        cases[name] = {"call": obs["call"], "v2": sent}
    RECORDED.write_text(json.dumps(cases, indent=1, sort_keys=True) + "\n")
    global CASES
    CASES = cases
    mapped: Dict[str, Any] = {}
    for name in sorted(cases):
        server = LoopbackServer()
        try:
            result, _ = _replay(server, name)
        finally:
            server.stop()
        mapped[name] = _plain(result)
    MAPPED.write_text(json.dumps(mapped, indent=1, sort_keys=True) + "\n")
    print(f"wrote {len(cases)} recorded cases to {RECORDED} and their mapped answers to {MAPPED}")


if __name__ == "__main__":
    if sys.argv[1:2] != ["--write"]:
        sys.exit(__doc__)
    write(Path(sys.argv[2]) if len(sys.argv) > 2 else SOURCE)
