"""The same calls through the official ``apache-airflow-client==2.10.0`` and through ours.

Both clients run every scenario of ``scenarios.py`` (one per API method of the
2.10.5 spec, plus errors, call options, models, ``ApiClient``, ``rest``,
``Configuration`` and exceptions), each in its own interpreter running
``_runner.py``, against a loopback server of its own that gives both the same
canned Airflow answers (``_canned.py``).  One test per scenario compares what a
caller observes:

* the requests on the wire: method, raw path, parsed query (keys in any order,
  the values of a key in order), ``Content-Type``/``Accept``/``Authorization``/
  ``Cookie``/``X-*`` headers, and the JSON body;
* the result: type names, each field of a model read as ``obj.f``, ``obj["f"]``
  and ``"f" in obj``, ``to_dict()``, ``str()``, enum-like values (``.value``,
  ``["value"]``, ``str()``, ``==``), datetimes, lists and dicts;
* errors: class and MRO names, ``status``, ``reason``, ``body``, ``headers``.

A difference may be allowed by a row of the differences table
(``docs/differences.md``): a backticked key ``differential:<scenario>:<path>``
in the row (its first column, where the surface test leaves such keys to this
one) exempts the differences at ``<path>`` and below it, of that one
scenario, e.g. ``differential:DAGApi.get_dag:result.str``; the paths are the
ones a failure prints.  A key that exempts nothing that differs fails its
scenario, and one naming no scenario fails too, so the table stays true.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple
from unittest.mock import ANY
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

from codegen.spec import load_spec
from test.compat import _canned, scenarios
from test.loopback import LoopbackServer, Received, Reply
from test.official import official_python

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
RUNNER = HERE / "_runner.py"
DIFFERENCES = REPO / "docs" / "differences.md"
#: Request headers compared (besides any X-* header).
HEADERS = ("Content-Type", "Accept", "Authorization", "Cookie")
#: Observations that are not compared (they differ by nature).
NOT_COMPARED = {"seconds", "traceback"}
TIMEOUT = 50

SPEC = load_spec()
SCHEMAS: Dict[str, Any] = SPEC["components"]["schemas"]
#: Response schemas of the inline answers (the official client names them so).
INLINE = {
    "InlineResponse200": {"type": "object", "properties": {"content": {"type": "string"}}},
    "InlineResponse2001": {
        "type": "object",
        "properties": {"continuation_token": {"type": "string"}, "content": {"type": "string"}},
    },
}
#: The official client's names of the two inline answers.
INLINE_RESPONSES = {"get_dag_source": "InlineResponse200", "get_log": "InlineResponse2001"}
#: Models of the official client that the 2.10.5 spec has inline or not at all.
OFFICIAL_ONLY = {"UserCollectionItemRoles": {"type": "object", "properties": {"name": {"type": "string"}}}}


# --- what to read on a model, from the spec ---------------------------------------------------


def _ref(schema: Dict[str, Any]) -> Optional[str]:
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    refs = [s for s in schema.get("allOf", []) if "$ref" in s]
    if len(schema.get("allOf", [])) == 1 and refs:
        return _ref(refs[0])
    return None


def describe(schema: Dict[str, Any], schemas: Dict[str, Any]) -> Any:
    """What to read on a value of ``schema``: ``{"ref"}``, ``{"list"}``, ``{"fields"}`` or None."""
    ref = _ref(schema)
    if ref:
        return {"ref": ref}
    if schema.get("type") == "array":
        return {"list": describe(schema.get("items", {}), schemas)}
    fields = _fields(schema, schemas)
    return {"fields": fields} if fields else None


def _fields(schema: Dict[str, Any], schemas: Dict[str, Any]) -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    for part in schema.get("allOf", []):
        out.update(_fields(schemas[_ref(part) or ""], schemas) if _ref(part) else _fields(part, schemas))
    for key, sub in schema.get("properties", {}).items():
        out[key[2:] if key.startswith("__") else key] = describe(sub, schemas)
    return out


def model_descriptions(*specs: Dict[str, Any]) -> Dict[str, Any]:
    """What to read on each model: the fields either spec gives it (2.10.5 and the official's 2.10.0)."""
    models: Dict[str, Any] = {}
    for spec in specs:
        schemas = spec["components"]["schemas"]
        for name, schema in {**schemas, **INLINE, **OFFICIAL_ONLY}.items():
            if "enum" in schema:
                models.setdefault(name, {"enum": schema["enum"]})
            elif "oneOf" in schema or "anyOf" in schema:
                models.setdefault(name, {"oneof": [_ref(s) for s in schema.get("oneOf", schema.get("anyOf"))]})
            elif schema.get("type") == "string":
                models.setdefault(name, {"simple": True})
            else:
                fields = models.setdefault(name, {"fields": {}}).setdefault("fields", {})
                for key, desc in _fields(schema, schemas).items():
                    fields.setdefault(key, desc)
    return models


def operations(spec: Dict[str, Any]) -> Dict[Tuple[str, str], Dict[str, Any]]:
    """``{(API class, method): {"id", "response"}}``: each operation under each of its tags, and the
    schema its JSON answer has (a name; a tuple for anyOf; "object" for a free-form one)."""
    found: Dict[Tuple[str, str], Dict[str, Any]] = {}
    for item in spec["paths"].values():
        for method in ("get", "put", "post", "patch", "delete"):
            if method not in item:
                continue
            op = item[method]
            ok = next((r for code, r in op["responses"].items() if str(code).startswith("2")), {})
            schema = ok.get("content", {}).get("application/json", {}).get("schema")
            response: Any = None
            if op["operationId"] in INLINE_RESPONSES:
                response = INLINE_RESPONSES[op["operationId"]]
            elif schema is not None:
                response = _ref(schema) or ("allOf" in schema and _ref(schema["allOf"][0])) or "object"
                if "anyOf" in schema:
                    response = tuple(_ref(s) for s in schema["anyOf"])
            for tag in op.get("tags", []):
                found[(f"{tag}Api", op["operationId"])] = {"id": op["operationId"], "response": response}
    return found


OPERATIONS = operations(SPEC)


def official_spec(python: str) -> Dict[str, Any]:
    """The spec the official client was generated from (its wheel ships it as ``v1.yaml``)."""
    import yaml

    found = sorted(Path(python).parent.parent.glob("lib/python*/site-packages/v1.yaml"))
    assert found, f"no v1.yaml in the official client's virtualenv ({python})"
    return dict(yaml.safe_load(found[0].read_text()))


def result_hints(official_ops: Dict[Tuple[str, str], Dict[str, Any]]) -> Dict[str, Any]:
    """The result schema of each scenario; of an operation, the 2.10.5 and the 2.10.0 one."""
    hints: Dict[str, Any] = {}
    for name, sc in scenarios.SCENARIOS.items():
        if sc.hint:
            hints[name] = {"ref": sc.hint}
        elif sc.operation:
            refs = []
            for ops in (OPERATIONS, official_ops):
                response = ops.get(sc.operation, {}).get("response")
                if isinstance(response, str) and response != "object" and response not in refs:
                    refs.append(response)
            if refs:
                hints[name] = {"any": [{"ref": r} for r in refs]} if len(refs) > 1 else {"ref": refs[0]}
    return hints


# --- the loopback server ----------------------------------------------------------------------


class Recorder:
    """Answers each scenario's requests with its canned answers and records them."""

    def __init__(self) -> None:
        self.current = ""
        self.count = 0
        self.requests: Dict[str, List[Dict[str, Any]]] = {}
        self.done = False

    def __call__(self, req: Received) -> Reply:
        if req.path.startswith("/__scenario__/"):
            self.current = unquote(req.path[len("/__scenario__/") :])
            self.count = 0
            self.done = self.current == "__done__"
            return Reply(204)
        self.requests.setdefault(self.current, []).append(wire(req))
        names = scenarios.SCENARIOS[self.current].answers if self.current in scenarios.SCENARIOS else ()
        if not names:
            return Reply(599, b"no canned answer for this scenario", {"Content-Type": "text/plain"})
        status, headers, body = _canned.ANSWERS[names[min(self.count, len(names) - 1)]]
        self.count += 1
        return Reply(status, body, dict(headers))


def wire(req: Received) -> Dict[str, Any]:
    """A request as compared: what the server acts on."""
    query = parse_qsl(urlsplit(req.target).query, keep_blank_values=True)
    headers = {name: req.header(name) for name in HEADERS}
    headers.update({k.title(): v for k, v in req.headers.items() if k.lower().startswith("x-")})
    body: Any = None
    if req.body:
        try:
            body = {"json": json.loads(req.body)}
        except ValueError:
            body = {"raw": req.body.decode("utf-8", "replace")}
    return {
        "method": req.method,
        "path": req.path,
        "query": [list(pair) for pair in sorted(query, key=lambda kv: kv[0])],  # stable: a key's values keep order
        "headers": headers,
        "body": body,
    }


# --- running both clients ---------------------------------------------------------------------


@dataclass
class Run:
    label: str
    observations: Dict[str, Any]
    requests: Dict[str, List[Dict[str, Any]]]
    seconds: float


def run_client(label: str, python: str, workdir: Path, models: Dict[str, Any], hints: Dict[str, Any]) -> Run:
    server = LoopbackServer()
    # A client's keep-alive connection reset when its process ends is no news: not printed.
    server.httpd.handle_error = lambda request, address: None  # type: ignore[method-assign]
    recorder = Recorder()
    server.handler = recorder
    config = {
        "base": server.url,
        "scenarios": list(scenarios.SCENARIOS),
        "models": models,
        "hints": hints,
    }
    config_file = workdir / f"{label}-config.json"
    out_file = workdir / f"{label}-out.json"
    config_file.write_text(json.dumps(config))
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    started = time.monotonic()
    try:
        done = subprocess.run(
            [python, "-I", str(RUNNER), str(config_file), str(out_file)],
            cwd=workdir,  # not the checkout: the official interpreter must not import our airflow_client
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    finally:
        server.stop()
    if done.returncode != 0 or not recorder.done:
        raise RuntimeError(f"{label} runner failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}")
    return Run(label, json.loads(out_file.read_text()), recorder.requests, time.monotonic() - started)


@pytest.fixture(scope="module")
def runs() -> Iterator[Tuple[Run, Run]]:
    with tempfile.TemporaryDirectory(prefix="differential-") as tmp:
        workdir = Path(tmp)
        official = str(official_python())
        old_spec = official_spec(official)
        models = model_descriptions(SPEC, old_spec)
        hints = result_hints(operations(old_spec))
        with ThreadPoolExecutor(2) as pool:
            theirs = pool.submit(run_client, "official", official, workdir, models, hints)
            ours = pool.submit(run_client, "ours", sys.executable, workdir, models, hints)
            yield theirs.result(), ours.result()


# --- comparing --------------------------------------------------------------------------------

MISSING = "<absent>"


def observed(run: Run, name: str) -> Dict[str, Any]:
    obs = {k: v for k, v in run.observations.get(name, {"runner": "no observation"}).items() if k not in NOT_COMPARED}
    obs["requests"] = run.requests.get(name, [])
    return obs


def differences(a: Any, b: Any, path: str = "") -> Iterator[Tuple[str, Any, Any]]:
    """(path, official, ours) for each place where the two observations differ."""
    if isinstance(a, dict) and isinstance(b, dict) and ("raised" in a) == ("raised" in b):
        for key in list(a) + [k for k in b if k not in a]:
            sub = f"{path}.{key}" if path else str(key)
            if key not in a or key not in b:
                yield sub, a.get(key, MISSING), b.get(key, MISSING)
            else:
                yield from differences(a[key], b[key], sub)
    elif isinstance(a, list) and isinstance(b, list):
        if a != b and all(_leaf(x) for x in a + b):
            yield path, a, b  # a list of plain values: one difference, not one per shifted index
            return
        if len(a) != len(b):
            yield f"{path}.#len", len(a), len(b)
        for i in range(max(len(a), len(b))):
            yield from differences(a[i] if i < len(a) else MISSING, b[i] if i < len(b) else MISSING, f"{path}[{i}]")
    elif type(a) is not type(b) or a != b:
        yield path, a, b


def _leaf(x: Any) -> bool:
    """A plain value, or the observation of one (``{"type", "value"}``)."""
    return not isinstance(x, (dict, list)) or (isinstance(x, dict) and set(x) <= {"type", "value"})


def short(value: Any, limit: int = 240) -> str:
    if isinstance(value, dict) and "raised" in value:  # an error: its class and bases, then the rest
        bases = [k for k in value.get("mro", [])[1:] if k not in ("Exception", "BaseException", "object")]
        rest = {k: v for k, v in value.items() if k not in ("raised", "mro")}
        text = f"raises {value['raised']}" + (f" ({', '.join(bases)})" if bases else "")
        return text + (" " + short(rest, limit) if rest else "")
    text = value if value == MISSING else json.dumps(value, sort_keys=True, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def pair(theirs: Any, mine: Any, limit: int = 240) -> str:
    """Both values; of two long strings, the part around their first difference; of two lists
    of plain values, what only one of them holds."""
    if isinstance(theirs, list) and isinstance(mine, list) and all(_leaf(x) for x in theirs + mine):
        a = [x.get("value") if isinstance(x, dict) else x for x in theirs]
        b = [x.get("value") if isinstance(x, dict) else x for x in mine]
        only_a, only_b = [x for x in a if x not in b], [x for x in b if x not in a]
        if only_a or only_b:
            return f"      only official: {short(only_a, limit)}\n      only ours:     {short(only_b, limit)}"
        return f"      official: {short(a, limit)}\n      ours:     {short(b, limit)}"
    if isinstance(theirs, str) and isinstance(mine, str) and max(len(theirs), len(mine)) > limit:
        at = next((i for i, (x, y) in enumerate(zip(theirs, mine)) if x != y), min(len(theirs), len(mine)))
        start = max(0, at - 60)
        theirs, mine = f"[{start}:] " + theirs[start : start + 160], f"[{start}:] " + mine[start : start + 160]
        return f"      official: {theirs!r}\n      ours:     {mine!r}"
    return f"      official: {short(theirs, limit)}\n      ours:     {short(mine, limit)}"


def exemptions(table: Optional[Path] = None, kind: str = "differential") -> Dict[str, Dict[str, str]]:
    """``{scenario: {path: row}}`` from the ``<kind>:`` keys in the rows of the differences table
    (in the first column, as the table says; a key elsewhere in a row counts too).  ``kind`` is
    ``differential`` here, ``real`` for ``test/integration/test_differential_real.py``."""
    found: Dict[str, Dict[str, str]] = {}
    table = table or DIFFERENCES
    if not table.exists():
        return found
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.lstrip().startswith("|"):
            continue
        for scenario_name, path in re.findall(rf"`{kind}:([^`:\s]+):([^`]+)`", line):
            found.setdefault(scenario_name, {})[path] = line.strip()[:160]
    return found


def covers(prefix: str, path: str) -> bool:
    return path == prefix or path.startswith(prefix + ".") or path.startswith(prefix + "[")


def sanity(name: str, official: Dict[str, Any]) -> List[str]:
    """What the official client must have done for the scenario to mean anything."""
    sc = scenarios.SCENARIOS[name]
    problems = []
    if "runner" in official:
        problems.append("the runner recorded nothing for the official client")
    if sc.expect == "ok" and "error" in official:
        problems.append(f"the official client raised: {short(official['error'])}")
    if sc.expect == "error" and "error" not in official:
        problems.append("the official client did not raise")
    if sc.requests is not None and len(official["requests"]) != sc.requests:
        problems.append(f"the official client made {len(official['requests'])} requests, not {sc.requests}")
    return problems


@pytest.mark.parametrize("name", list(scenarios.SCENARIOS))
def test_scenario(runs: Tuple[Run, Run], name: str) -> None:
    official_run, ours_run = runs
    official, ours = observed(official_run, name), observed(ours_run, name)
    broken = sanity(name, official)
    if broken:
        pytest.fail(f"scenario {name} is broken: " + "; ".join(broken), pytrace=False)
    allowed = exemptions().get(name, {})
    used = set()
    lines = []
    for path, theirs, mine in differences(official, ours):
        prefix = next((p for p in allowed if covers(p, path)), None)
        if prefix is not None:
            used.add(prefix)
            continue
        lines.append(f"  {path}\n" + pair(theirs, mine))
    stale = [f"  `differential:{name}:{p}` ({allowed[p]})" for p in allowed if p not in used]
    message = []
    if lines:
        message.append(f"{name}: {len(lines)} difference(s) from the official client:\n" + "\n".join(lines[:80]))
        if len(lines) > 80:
            message.append(f"  ... and {len(lines) - 80} more")
        tb = ours_run.observations.get(name, {}).get("traceback")
        if tb and "error" in ours and "error" not in official:
            message.append("ours raised:\n" + tb)
    if stale:
        message.append("exemptions in docs/differences.md that match no difference (remove them):\n" + "\n".join(stale))
    if message:
        pytest.fail("\n".join(message), pytrace=False)


# --- the suite itself -------------------------------------------------------------------------


def test_every_operation_has_a_scenario() -> None:
    covered = {sc.operation for sc in scenarios.SCENARIOS.values() if sc.operation}
    assert set(OPERATIONS) - covered == set()
    assert covered - set(OPERATIONS) == set()
    assert len({op_id for _, op_id in OPERATIONS}) == 89


def test_exemptions_name_known_scenarios() -> None:
    unknown = sorted(set(exemptions()) - set(scenarios.SCENARIOS))
    assert not unknown, f"docs/differences.md exempts scenarios that do not exist: {unknown}"


def test_exemption_keys(tmp_path: Path) -> None:
    """The table's format: each key, in a row of the table, exempts one path of one scenario."""
    table = tmp_path / "differences.md"
    table.write_text(
        "| Where | What differs | Why |\n|---|---|---|\n"
        "| `differential:DAGApi.get_dag:result.str` `differential:config.defaults:steps.retries` | x | y |\n"
        "| | `differential:call.http_info:steps.data.str` | z |\n"
        "`differential:DAGApi.get_dags:result` outside the table\n"
    )
    assert exemptions(table) == {
        "DAGApi.get_dag": {"result.str": ANY},
        "config.defaults": {"steps.retries": ANY},
        "call.http_info": {"steps.data.str": ANY},
    }
    assert covers("result.str", "result.str") and covers("steps.retries", "steps.retries.value")
    assert covers("result.fields.tasks", "result.fields.tasks[0]")
    assert not covers("result.str", "result.strange") and not covers("result.fields.a", "result.fields")


def test_every_canned_answer_is_used() -> None:
    used = {a for sc in scenarios.SCENARIOS.values() for a in sc.answers}
    assert set(_canned.ANSWERS) - used == set()
    assert used - set(_canned.ANSWERS) == set()


def _check(value: Any, schema: Dict[str, Any], path: str, errors: List[str]) -> None:
    """A small validator of the spec's schemas (enough for the canned answers)."""
    ref = _ref(schema)
    if value is None:
        nullable = schema.get("nullable") or (ref and SCHEMAS[ref].get("nullable")) or None in schema.get("enum", [])
        if not nullable:
            errors.append(f"{path}: null where not nullable")
        return
    if "$ref" in schema:
        return _check(value, SCHEMAS[ref or ""], path, errors)
    for part in schema.get("allOf", []):
        _check(value, part, path, errors)
    alternatives = schema.get("oneOf") or schema.get("anyOf")
    if alternatives:
        if all(_errors(value, alt, path) for alt in alternatives):
            errors.append(f"{path}: matches none of {alternatives}")
        return
    kind = schema.get("type")
    types = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "array": list, "object": dict}
    if kind in types and (not isinstance(value, types[kind]) or (kind != "boolean" and isinstance(value, bool))):
        errors.append(f"{path}: {value!r} is not {kind}")
        return
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in {schema['enum']}")
    if schema.get("format") == "date-time":
        if datetime.fromisoformat(value).tzinfo is None:
            errors.append(f"{path}: date-time {value!r} without an offset")
    if kind == "array":
        for i, item in enumerate(value):
            _check(item, schema.get("items", {}), f"{path}[{i}]", errors)
    if isinstance(value, dict) and "properties" in schema:
        for key, sub in schema["properties"].items():
            if key in value:
                _check(value[key], sub, f"{path}.{key}", errors)
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: required {key} missing")


def _errors(value: Any, schema: Dict[str, Any], path: str) -> List[str]:
    errors: List[str] = []
    _check(value, schema, path, errors)
    return errors


#: Fields Airflow 2.10.5 does not send: write-only (password), or only for a SubDagOperator (sub_dag).
NOT_SENT = {"password", "sub_dag"}


def _declared(schema: Dict[str, Any]) -> set:
    names = set(schema.get("properties", {})) - NOT_SENT
    for part in schema.get("allOf", []):
        names |= _declared(SCHEMAS[_ref(part) or ""] if _ref(part) else part)
    return names


def test_canned_answers_follow_the_spec() -> None:
    """Each JSON answer to an operation validates against the operation's 2.10.5 response schema
    and sends every field the schema declares (as Airflow does), unless it is a known server quirk."""
    problems = []
    for sc in scenarios.SCENARIOS.values():
        if not sc.operation:
            continue
        info = OPERATIONS[sc.operation]
        for answer in sc.answers:
            data = _canned.DATA.get(answer)
            if data is None or answer in _canned.SERVER_QUIRKS:
                continue
            response = info["response"]
            names = response if isinstance(response, tuple) else (response,)
            schemas = [SCHEMAS.get(n) or INLINE[n] for n in names if n and n != "object"]
            results = [_errors(data, s, answer) for s in schemas]
            if results and all(results):
                problems.extend(min(results, key=len))
            if len(schemas) == 1 and set(_declared(schemas[0])) - set(data):
                problems.append(f"{answer}: lacks {sorted(set(_declared(schemas[0])) - set(data))}")
    assert not problems, "\n".join(problems)
