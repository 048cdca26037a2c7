#!/usr/bin/env python3
"""The compatibility matrix: this client against real Airflow servers, 2.6.3 to 2.11.2 and 3.0.6 to 3.3.2 (issues 14, 23).

Usage (``make compat`` runs the first, with the client's ``.venv`` interpreter)::

    python scripts/compat.py                       # all versions, writes docs/compat.md
    python scripts/compat.py --versions 2.9.3,2.6.3 --out /tmp/compat.md

For each Airflow 2 version of ``airflow_local.VERSIONS``, one after the other (one server
at a time; the machine has 2 cores):

1. ``scripts/airflow_local.py up`` with ``AIRFLOW_LOCAL_VERSION`` set: installs
   that Airflow from its pin set (``scripts/pins/airflow-<version>.txt``) into its own
   cached virtualenv the first time (state dir
   ``.airflow-local/compat/<version>``, ``.airflow-local`` for 2.10.5), starts
   it on loopback and waits until the example DAGs are parsed (a running server
   of that state dir is reused, and then left running);
2. the smoke test, ``test_python_client.py``;
3. the integration suite ``test/integration`` (every test in lenient and in
   strict mode; the tests are version-aware: an operation the server does not
   have must raise ``OperationNotSupportedError``), whose conftest writes what
   each operation did to ``<state dir>/compat-result.json``; the executed docs
   (``test_docs.py``) only for the pinned version, which they are written for,
   and the Airflow 3 tests never (``make test-airflow3``);
4. ``down``, when this run started the server.

For each Airflow 3 version (issue 23), one server at a time too: ``up``, the smoke test
against the server's ``/api/v1`` address (the client finds Airflow 3 and translates), ``down``;
then ``test/integration/test_airflow3.py`` with ``AIRFLOW3=1``, which starts the simple auth
manager's server, runs, stops it and, for the versions of ``--fab`` (default: the newest
Airflow 3), starts the FAB auth manager's server for users, roles and permissions
(``AIRFLOW3_FAB=0`` for the others).  It writes what each operation did to
``<state dir>/operation-calls.json``, which makes the Airflow 3 operation x version table.
In the same run, ``test/integration/test_differential_real.py``: every read-only case against
this release, compared with the official client's observations against 2.10.5 (kept by that
version's run, so 2.10.5 must have run first: the default matrix runs it before Airflow 3).

Then it writes the table (operation x version: works, not there, failed; the
server bugs met; the operations that answered 404/405; where the time went)
to docs/compat.md, with the date, the client's commit and the total time.
Exits 1 when any version has a client-side failure (a failed test or smoke
step) or could not be started, 0 otherwise.  Progress and timings go to stderr.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any, Dict, List, Optional, Tuple

REPO = Path(__file__).resolve().parent.parent
AIRFLOW_LOCAL = REPO / "scripts" / "airflow_local.py"
SMOKE = REPO / "test_python_client.py"
DEFAULT_OUT = REPO / "docs" / "compat.md"
PYTEST_TIMEOUT = 2400.0  # seconds for the integration suite of one version
SMOKE_TIMEOUT = 600.0
UP_TIMEOUT = 600.0  # readiness after start (installing is not counted)


def _load_airflow_local() -> ModuleType:
    spec = importlib.util.spec_from_file_location("airflow_local", AIRFLOW_LOCAL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["airflow_local"] = module
    spec.loader.exec_module(module)
    return module


local = _load_airflow_local()


def say(message: str) -> None:
    print(f"[compat {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def version_env(version: str) -> Dict[str, str]:
    """The environment of every command for ``version``: its own state dir (never a shared
    AIRFLOW_LOCAL_DIR, so that versions never clash), no proxies for loopback."""
    env = {k: v for k, v in os.environ.items() if k != local.ENV_STATE_DIR}
    env[local.ENV_VERSION] = version
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


def _run(command: List[str], env: Dict[str, str], timeout: float, log: Path) -> Tuple[int, str, float]:
    """Run a command, its output to ``log``; returns (exit code, output, seconds)."""
    started = time.monotonic()
    log.parent.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            command,
            cwd=REPO,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
        )
        code, output = done.returncode, done.stdout
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout or b""
        code, output = -1, (out.decode(errors="replace") if isinstance(out, bytes) else out) + f"\nTIMEOUT {timeout}s"
    log.write_text(output)
    return code, output, time.monotonic() - started


# -- one version -------------------------------------------------------------------------------


def run_version(version: str, python: str, fab: bool = False) -> Dict[str, Any]:
    """Up, smoke, integration suite, down; returns what happened and how long each step took."""
    if local.version_key(version) >= (3,):
        return run_airflow3(version, python, fab)
    env = version_env(version)
    os.environ[local.ENV_VERSION] = version  # for local.state_dir() in this process
    os.environ.pop(local.ENV_STATE_DIR, None)
    folder = local.state_dir()
    record: Dict[str, Any] = {"version": version, "state_dir": str(folder), "timings": {}, "problems": []}
    timings = record["timings"]
    started = time.monotonic()

    say(f"{version}: starting the server (state dir {folder.relative_to(REPO) if REPO in folder.parents else folder})")
    state, seconds = _up(version, env, folder, record)
    if state is None:
        timings["total_s"] = round(time.monotonic() - started, 1)
        return record
    say(
        f"{version}: up in {seconds:.0f} s ({record['boot']}; install {timings.get('install_s', 0):.0f} s, "
        f"setup {timings.get('setup_s', 0):.0f} s, DAGs parsed {timings.get('dags_parsed_s', 0):.0f} s after start, "
        f"{record['dag_count']} DAGs)"
    )
    try:
        _smoke(version, python, env, state["api_url"], state, folder, record)

        result_file = folder / "compat-result.json"
        result_file.unlink(missing_ok=True)
        say(f"{version}: integration suite (lenient and strict)")
        command = [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "console_output_style=classic"]
        command += ["--durations=15", "--ignore=test/integration/test_airflow3.py"]
        if version != local.AIRFLOW_VERSION:  # the docs teach the pinned version: make test runs them there
            command += ["--ignore=test/integration/test_docs.py"]
        command += ["test/integration"]
        code, output, seconds = _run(command, env, PYTEST_TIMEOUT, folder / "compat-pytest.log")
        timings["integration_s"] = round(seconds, 1)
        record["pytest"] = {"exit": code, "summary": _pytest_summary(output), "durations": _durations(output)}
        try:
            record["result"] = json.loads(result_file.read_text())
        except (OSError, ValueError) as exc:
            record["result"] = None
            record["problems"].append(f"no {result_file.name} from the integration suite: {exc}")
        if code != 0:
            record["problems"].append(f"the integration suite failed (exit {code}): {record['pytest']['summary']}")
        say(
            f"{version}: integration suite {record['pytest']['summary']} in {seconds:.0f} s (log {folder}/compat-pytest.log)"
        )
        for line in record["pytest"]["durations"][:5]:
            say(f"{version}:   slowest: {line}")
    finally:
        if record["boot"] == "started":
            _down(version, env, folder, record)
        else:
            say(f"{version}: leaving the server this run did not start running")
    timings["total_s"] = round(time.monotonic() - started, 1)
    say(f"{version}: done in {timings['total_s']:.0f} s; {'OK' if not record['problems'] else 'PROBLEMS'}")
    return record


def run_airflow3(version: str, python: str, fab: bool) -> Dict[str, Any]:
    """Airflow 3: up, the smoke test on its /api/v1 address, down; then test_airflow3.py, which
    starts (and stops) its own servers one at a time: the simple auth manager's, then, with
    ``fab``, the FAB auth manager's."""
    env = version_env(version)
    env.pop(local.ENV_AUTH, None)
    os.environ[local.ENV_VERSION] = version
    os.environ.pop(local.ENV_STATE_DIR, None)
    os.environ.pop(local.ENV_AUTH, None)
    folder = local.state_dir()
    record: Dict[str, Any] = {
        "version": version,
        "state_dir": str(folder),
        "timings": {},
        "problems": [],
        "airflow3": True,
        "fab": fab,
    }
    timings = record["timings"]
    started = time.monotonic()
    say(f"{version}: starting the server (Airflow 3, simple auth manager)")
    state, seconds = _up(version, env, folder, record)
    if state is None:
        timings["total_s"] = round(time.monotonic() - started, 1)
        return record
    say(f"{version}: up in {seconds:.0f} s ({record['boot']}, {record['dag_count']} DAGs)")
    try:
        v1 = state["base_url"] + "/api/v1"  # what a 2.x program is given; the client finds Airflow 3
        _smoke(version, python, env, v1, state, folder, record)
    finally:
        if record["boot"] == "started":
            _down(version, env, folder, record)  # test_airflow3.py starts its own, one at a time
        else:
            say(f"{version}: leaving the server this run did not start running")

    calls_file = folder / "operation-calls.json"
    calls_file.unlink(missing_ok=True)
    say(f"{version}: test/integration/test_airflow3.py ({'with' if fab else 'without'} the FAB auth manager)")
    command = [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "console_output_style=classic"]
    # then the real differential cases, ours against this release compared with the official
    # client's against 2.10.5 (kept by that version's run of the module, before this one)
    command += ["--durations=10", "test/integration/test_airflow3.py", "test/integration/test_differential_real.py"]
    command += ["test/integration/test_aio_real.py"]  # the asyncio client's writing scenarios (issue 24)
    test_env = dict(env, AIRFLOW3="1", AIRFLOW3_FAB="1" if fab else "0", AIRFLOW_LOCAL_TIMEOUT=str(UP_TIMEOUT))
    code, output, seconds = _run(command, test_env, PYTEST_TIMEOUT, folder / "compat-pytest.log")
    timings["integration_s"] = round(seconds, 1)
    record["pytest"] = {"exit": code, "summary": _pytest_summary(output), "durations": _durations(output)}
    record["failed_tests"] = [line[len("FAILED ") :] for line in output.splitlines() if line.startswith("FAILED ")]
    try:
        record["calls"] = json.loads(calls_file.read_text())
    except (OSError, ValueError) as exc:
        record["calls"] = None
        record["problems"].append(f"no {calls_file.name} from test_airflow3.py: {exc}")
    if code != 0:
        record["problems"].append(f"test_airflow3.py failed (exit {code}): {record['pytest']['summary']}")
    say(f"{version}: test_airflow3.py {record['pytest']['summary']} in {seconds:.0f} s")
    timings["total_s"] = round(time.monotonic() - started, 1)
    say(f"{version}: done in {timings['total_s']:.0f} s; {'OK' if not record['problems'] else 'PROBLEMS'}")
    return record


def _up(
    version: str, env: Dict[str, str], folder: Path, record: Dict[str, Any]
) -> Tuple[Optional[Dict[str, Any]], float]:
    """``airflow_local.py up``: the server's state (None when it did not start, then stopped
    again and said in ``record``) and the seconds it took; its boot and timings go to ``record``."""
    timings = record["timings"]
    code, output, seconds = _run(
        [sys.executable, str(AIRFLOW_LOCAL), "up", "--json", "--timeout", str(UP_TIMEOUT)],
        env,
        local.INSTALL_TIMEOUT + UP_TIMEOUT + 2 * local.SETUP_TIMEOUT,
        folder / "compat-up.log",
    )
    timings["up_s"] = round(seconds, 1)
    state = _json_tail(output) if code == 0 else None
    if state is None:
        record["boot"] = "failed"
        record["problems"].append(f"the server did not start (exit {code}):\n{output[-4000:]}")
        say(f"{version}: the server did not start (exit {code}) after {seconds:.0f} s; log {folder / 'compat-up.log'}")
        _down(version, env, folder, record)
        return None, seconds
    record["boot"] = "reused" if state.get("reused") else "started"
    for key in ("install_s", "setup_s", "webserver_answering_s", "healthy_s", "dags_parsed_s"):
        if key in state.get("timings", {}) and record["boot"] == "started":  # a reused server's are not this run's
            timings[key] = state["timings"][key]
    record["dag_count"] = state.get("dag_count")
    return state, seconds


def _smoke(
    version: str,
    python: str,
    env: Dict[str, str],
    url: str,
    state: Dict[str, Any],
    folder: Path,
    record: Dict[str, Any],
) -> None:
    """The smoke test against ``url`` with the server's credentials, into ``record``."""
    smoke_env = dict(env, AIRFLOW_HOST=url, AIRFLOW_USERNAME=state["username"], AIRFLOW_PASSWORD=state["password"])
    code, output, seconds = _run([python, str(SMOKE)], smoke_env, SMOKE_TIMEOUT, folder / "compat-smoke.log")
    record["timings"]["smoke_s"] = round(seconds, 1)
    record["smoke"] = {
        "exit": code,
        "steps": [line for line in output.splitlines() if line.startswith(("[ok]", "[fail]"))],
    }
    if code != 0:
        record["problems"].append(f"the smoke test failed (exit {code}):\n{output[-3000:]}")
    say(f"{version}: smoke test {'passed' if code == 0 else 'FAILED'} in {seconds:.0f} s")


def _down(version: str, env: Dict[str, str], folder: Path, record: Dict[str, Any]) -> None:
    code, _output, seconds = _run([sys.executable, str(AIRFLOW_LOCAL), "down"], env, 120, folder / "compat-down.log")
    record["timings"]["down_s"] = round(seconds, 1)
    say(f"{version}: server stopped in {seconds:.0f} s" + ("" if code == 0 else f" (exit {code})"))


def _json_tail(output: str) -> Optional[Dict[str, Any]]:
    """The JSON document `up --json` prints last (progress lines come before it)."""
    start = output.find("\n{")
    start = 0 if output.startswith("{") else start + 1 if start >= 0 else -1
    if start < 0:
        return None
    try:
        found = json.loads(output[start:])
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def _pytest_summary(output: str) -> str:
    lines = [
        line.strip("= ") for line in output.splitlines() if " in " in line and ("passed" in line or "failed" in line)
    ]
    return lines[-1] if lines else "no summary (see the log)"


def _durations(output: str) -> List[str]:
    found, inside = [], False
    for line in output.splitlines():
        if "slowest" in line and "durations" in line:
            inside = True
            continue
        if inside:
            if not line.strip() or line.startswith("="):
                break
            found.append(line.strip())
    return found[:15]


# -- each version's own spec -------------------------------------------------------------------

#: Run with a version's own interpreter (it has PyYAML): its REST API spec, summed up as JSON:
#: {operation: [verb, path, [parameters], {body field: 1}]}.
SPEC_SUMMARY = r"""
import json, sys
from pathlib import Path
import airflow, yaml
spec = yaml.safe_load((Path(airflow.__file__).parent / "api_connexion/openapi/v1.yaml").read_text())
schemas, params = spec["components"]["schemas"], spec["components"].get("parameters", {})
def props(name):
    s = schemas.get(name, {})
    out = set(s.get("properties", {}))
    for sub in s.get("allOf", []):
        out |= props(sub["$ref"].split("/")[-1]) if "$ref" in sub else set(sub.get("properties", {}))
    return out
ops = {}
for path, item in spec["paths"].items():
    for verb, op in item.items():
        if not isinstance(op, dict) or "operationId" not in op:
            continue
        names = []
        for p in item.get("parameters", []) + op.get("parameters", []):
            p = params[p["$ref"].split("/")[-1]] if "$ref" in p else p
            names.append(p["name"])
        body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
        fields = sorted(props(body["$ref"].split("/")[-1])) if "$ref" in body else []
        ops[op["operationId"]] = [verb.upper(), path, sorted(names), fields]
print(json.dumps(ops))
"""


def spec_summary(venv: Path) -> Optional[Dict[str, Any]]:
    """The summary of the REST API spec of the Airflow in ``venv`` (None if it cannot be read)."""
    try:
        done = subprocess.run(
            [str(venv / "bin" / "python"), "-c", SPEC_SUMMARY], capture_output=True, text=True, timeout=120
        )
        return json.loads(done.stdout) if done.returncode == 0 else None
    except (OSError, ValueError, subprocess.SubprocessError):
        return None


def spec_gaps(records: List[Dict[str, Any]]) -> List[str]:
    """Markdown lines: per version, what its own spec lacks against the newest one run here that is
    the client's (2.10.5): operations, query/path parameters, request body fields."""
    reference_record = next((r for r in records if r["version"] == local.AIRFLOW_VERSION), None)
    if reference_record is None:
        return []
    reference = spec_summary(Path(reference_record["state_dir"]) / "venv")
    if reference is None:
        return []
    lines = []
    for r in records:
        if r["version"] == local.AIRFLOW_VERSION:
            continue
        own = spec_summary(Path(r["state_dir"]) / "venv")
        if own is None:
            lines.append(f"- **{r['version']}**: its spec could not be read.")
            continue
        gaps = []
        for name, (verb, path, names, fields) in sorted(reference.items()):
            if name not in own:
                gaps.append(f"`{name}` ({verb} `{path}`)")
                continue
            missing = sorted(set(names) - set(own[name][2]))
            if missing:
                gaps.append(f"`{name}` parameters {', '.join(f'`{m}`' for m in missing)}")
            missing = sorted(set(fields) - set(own[name][3])) if own[name][3] else []
            if missing:
                gaps.append(f"`{name}` body fields {', '.join(f'`{m}`' for m in missing)}")
        lines.append(f"- **{r['version']}**: " + ("; ".join(gaps) if gaps else "nothing") + ".")
    return lines


#: The servers' bugs the integration tests assert (so they fail when a version stops showing
#: one): (first version, last version of those run here, what).
ASSERTED_BUGS: List[Tuple[str, str, str]] = [
    ("2.6.3", "2.11.0", "`get_datasets` counts every dataset in `total_entries`, whatever `uri_pattern` says"),
    (
        "2.6.3",
        "2.6.3",
        "a real (not dry) `post_clear_task_instances` answers no task instances, though it cleared them",
    ),
    ("2.6.3", "2.7.3", "`post_variables` drops the variable's description"),
    (
        "2.7.3",
        "2.8.4",
        "`patch_mapped_task_instance` to `skipped` (which their spec allows) answers 500: "
        "\"'skipped' is not a valid DagRunState\"",
    ),
]


def asserted_bugs(version: str) -> List[str]:
    key = local.version_key(version)
    return [what for low, high, what in ASSERTED_BUGS if local.version_key(low) <= key <= local.version_key(high)]


# -- the table ---------------------------------------------------------------------------------


def spec_operations() -> List[str]:
    sys.path.insert(0, str(REPO))
    from codegen.generate import snake
    from codegen.spec import load_spec

    return sorted(
        snake(op["operationId"])
        for item in load_spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    )


def cell(record: Dict[str, Any], operation: str) -> Tuple[str, str]:
    """(short cell text, kind) of one operation on one version: kind is ok, absent, failed or untested."""
    result = record.get("result") or {}
    found = (result.get("outcomes") or {}).get(operation)
    failing = [t for t, f in (result.get("failed") or {}).items() if f.get("operation") == operation]
    if failing:
        return "**failed**", "failed"
    if found and found.get("ok"):
        modes = "+".join(m for m in ("lenient", "strict") if found["ok"].get(m))
        return ("works" if modes == "lenient+strict" else f"works ({modes})"), "ok"
    if found and found.get("not_supported"):
        return f"not there (since {found['not_supported']['since']})", "absent"
    return "**not tested**", "untested"


def airflow3_cell(record: Dict[str, Any], operation: str) -> str:
    """One operation on one Airflow 3 version, from what test_airflow3.py called (operation-calls.json)
    and the translation row of that version."""
    from airflow_client.client import airflow3

    calls = record.get("calls") or {}
    seen = (calls.get("called") or {}).get(operation) or {}
    row = airflow3.translation(operation, record["version"])
    if row is None:
        return "not supported"
    verdict = "approximated" if row.approximated else "works"
    if row.base == airflow3.FAB:
        refused = "simple: not supported" in seen
        if "fab" in seen:
            return f"FAB: {verdict}" + ("" if refused else "; simple: **not verified**")
        if refused:
            return "FAB: not run; simple: not supported" if not calls.get("fab") else "FAB: **not verified**"
        return "**not verified**"
    return verdict if "simple" in seen else "**not verified**"


def airflow3_sections(records: List[Dict[str, Any]], operations: List[str]) -> List[str]:
    """The Airflow 3 part of the document: what each version did, and the operation x version table."""
    if not records:
        return []
    out = ["## Airflow 3", ""]
    out.append(
        "The same 2.x calls against Airflow 3 (issue 23): each version installed from its pin set, started "
        "on loopback with the simple auth manager, the smoke test run against its `/api/v1` address (the "
        "client finds Airflow 3 and translates), then `test/integration/test_airflow3.py` (its own server, "
        "started and stopped; then, where the FAB column says so, the FAB auth manager's server for users, "
        "roles and permissions), one server at a time."
    )
    out.append("")
    out.append("| Airflow | pin set | server | smoke test | test_airflow3.py | FAB auth manager | result |")
    out.append("|---|---|---|---|---|---|---|")
    for r in records:
        pins = f"`{local.pin_set(r['version'], fab=False).path.name}` (before {local.profile(r['version']).pinned_before[:10]})"
        boot = {"started": "started", "reused": "reused", "failed": "**did not start**"}.get(r.get("boot", ""), "?")
        smoke = r.get("smoke")
        smoke_text = "—" if smoke is None else ("passed" if smoke["exit"] == 0 else "**failed**")
        tests = (r.get("pytest") or {}).get("summary", "—")
        fab = "run" if r.get("fab") else "not run"
        verdict = "**client-side failures**" if r["problems"] else "no client-side failure"
        out.append(f"| {r['version']} | {pins} | {boot} | {smoke_text} | {tests} | {fab} | {verdict} |")
    out.append("")
    out.append(
        "Cells: *works* / *approximated*: called with success by test_airflow3.py, the translation row of "
        "that version says which (see [airflow3.md](airflow3.md)); *FAB*: users, roles and permissions, "
        "called on the FAB auth manager's server and refused with `NotSupportedOnServerError` on the simple "
        "one; *not verified*: no test called it with success."
    )
    out.append("")
    versions = [r["version"] for r in records]
    out.append("| operation | " + " | ".join(versions) + " |")
    out.append("|---|" + "---|" * len(versions))
    for operation in operations:
        out.append(f"| `{operation}` | " + " | ".join(airflow3_cell(r, operation) for r in records) + " |")
    out.append("")
    return out


def render(records: List[Dict[str, Any]], total_seconds: float, commit: str, today: str) -> str:
    operations = spec_operations()
    every = records
    records = [r for r in every if not r.get("airflow3")]  # the Airflow 2 sections below
    versions = [r["version"] for r in records]
    out: List[str] = []
    out.append("# Compatibility with Airflow 2 and Airflow 3")
    out.append("")
    if every and all(r.get("earlier") for r in every):
        total_run = sum(r["timings"].get("total_s", 0) for r in every)
        out.append(
            f"Written by `scripts/compat.py --render-only` on {today} from the records of `make compat` runs "
            f"(each version's commit and date below; {total_run / 60:.1f} minutes of runs in all, "
            f"{total_run:.0f} s) on a 2-core machine, Python {sys.version_info.major}.{sys.version_info.minor}."
        )
    else:
        out.append(
            f"Written by `make compat` (`scripts/compat.py`) on {today}, client commit `{commit}`, in "
            f"**{total_seconds / 60:.1f} minutes** ({total_seconds:.0f} s) on a 2-core machine, Python "
            f"{sys.version_info.major}.{sys.version_info.minor}."
        )
    absent = [v for v in local.VERSIONS if v not in {r["version"] for r in every}]
    if absent:
        out.append("")
        out.append(
            f"Not run for this document: {', '.join(absent)} (their last results are in this file's "
            "history: `git log -p -- docs/compat.md`)."
        )
    earlier = [r for r in every if r.get("earlier")]
    if earlier:
        out.append("")
        out.append(
            "Taken from earlier runs on this machine (`--with-earlier`, `--render-only`; their times are in "
            "the last table): "
            + ", ".join(f"{r['version']} (commit `{r.get('commit', '?')}`, {r.get('date', '?')})" for r in earlier)
            + "."
        )
    out.append("")
    out.append(
        "Each Airflow version was installed from PyPI into a virtualenv of its own, every package from its "
        "pin set (`scripts/pins/airflow-<version>.txt`: what was published by the day after that release, "
        "see `scripts/pins.py`), started on loopback with SQLite and the example DAGs, "
        "and run through the smoke test (`test_python_client.py`) and the integration suite "
        "(`test/integration`, every test in lenient and in strict mode: read-only operations, trigger, "
        "clear, patch, variables, pools, connections, users and roles CRUD, the command line; the executed "
        "examples of the docs, which are written for 2.10.5, only there). Where the server's Airflow lacks "
        "an operation, the tests assert that the client raises `OperationNotSupportedError` naming the version "
        "that added it and the server's version."
    )
    out.append("")
    if records:  # Airflow 2
        out.append("| Airflow | pin set | server | smoke test | integration tests | result |")
        out.append("|---|---|---|---|---|---|")
        for r in records:
            pins = f"`{local.pin_set(r['version'], fab=False).path.name}` (before {local.profile(r['version']).pinned_before[:10]})"
            boot = {"started": "started", "reused": "reused", "failed": "**did not start**"}.get(r.get("boot", ""), "?")
            smoke = r.get("smoke")
            smoke_text = "—" if smoke is None else ("passed" if smoke["exit"] == 0 else "**failed**")
            tests = (r.get("pytest") or {}).get("summary", "—")
            verdict = "**client-side failures**" if r["problems"] else "no client-side failure"
            out.append(f"| {r['version']} | {pins} | {boot} | {smoke_text} | {tests} | {verdict} |")
        out.append("")
        out.append(
            "Cells: *works*: called with a 2xx answer in both modes; *not there (since X)*: the server answered "
            "404/405 and the client raised `OperationNotSupportedError` (X: the version that added it); "
            "*failed*: a test failed on an exception of this operation; *not tested*: neither."
        )
        out.append("")
        out.append("| operation | " + " | ".join(versions) + " |")
        out.append("|---|" + "---|" * len(versions))
        for operation in operations:
            out.append(f"| `{operation}` | " + " | ".join(cell(r, operation)[0] for r in records) + " |")
        out.append("")

    out += airflow3_sections([r for r in every if r.get("airflow3")], operations)

    out.append("## Operations that answered 404/405 for want of the endpoint")
    out.append("")
    out.append(
        "The server had no route for them (a 405, or a 404 with werkzeug's \"The requested URL was not found "
        "on the server\"); the client's version table decides whether that raised `OperationNotSupportedError`."
    )
    out.append("")
    rows = []
    for operation in operations:
        seen = []
        for r in records:
            found = ((r.get("result") or {}).get("outcomes") or {}).get(operation) or {}
            statuses = sorted(set(found.get("missing_endpoint") or {}))
            if found.get("not_supported"):
                statuses = sorted(set(statuses) | {str(found["not_supported"].get("status"))})
            if statuses:
                since = (found.get("not_supported") or {}).get("since")
                seen.append(f"{r['version']} ({'/'.join(statuses)}" + (f", since {since})" if since else ", unmapped)"))
        if seen:
            rows.append(f"| `{operation}` | {', '.join(seen)} |")
    out += ["| operation | versions |", "|---|---|", *rows] if rows else ["None."]
    out.append("")

    gaps = spec_gaps(records)
    if gaps:
        out.append("## What each version's own spec lacks against 2.10.5's")
        out.append("")
        out.append(
            "From the `v1.yaml` each installed Airflow ships: operations, parameters and request body fields "
            "of the 2.10.5 spec (the client's) that the version does not have. A parameter or body field an "
            "older server does not know is answered 400 (the tests send them only to versions that have them)."
        )
        out.append("")
        out += gaps
        out.append("")

    out.append("## The servers' own bugs met")
    out.append("")
    out.append(
        "Answers that differ from the spec of Airflow 2.10.5, which the client mends (`quirks.py`: the spec's "
        "field filled from the server's name), empty objects where the spec promises a model, server errors "
        "(5xx) and answers that strict mode refused, as seen during the run; then the bugs the tests assert "
        "for that version."
    )
    out.append("")
    for r in records:
        result = r.get("result") or {}
        mended = result.get("mended") or {}
        items = list(asserted_bugs(r["version"]))
        for what, ops in sorted((mended.get("quirk") or {}).items()):
            items.append(f"{what} (in {', '.join(f'`{o}`' for o in ops)})")
        for op, models in sorted((mended.get("empty") or {}).items()):
            items.append(f"`{op}` answers `{{}}` where the spec says {', '.join(f'`{m}`' for m in models)}")
        for op, found in sorted((result.get("outcomes") or {}).items()):
            for status, text in sorted((found.get("server_errors") or {}).items()):
                items.append(f"`{op}` answered {status}: {text.splitlines()[0][:160] if text else ''}")
            for text in (found.get("invalid") or [])[:2]:
                items.append(f"`{op}` refused by strict mode: {text.splitlines()[0][:160]}")
        out.append(f"- **{r['version']}**: " + ("; ".join(items) if items else "none seen") + ".")
    out.append("")

    records = every
    problems = [(r["version"], p) for r in records for p in r["problems"]]
    failed = [(r["version"], t, f) for r in records for t, f in ((r.get("result") or {}).get("failed") or {}).items()]
    if problems or failed or any(r.get("failed_tests") for r in records):
        out.append("## Failures")
        out.append("")
        for version, test, found in failed:
            error = found["error"].splitlines()[0][:300] if found.get("error") else ""
            out.append(f"- {version} `{test}`: {error}")
        for r in records:
            for test in r.get("failed_tests") or []:
                out.append(f"- {r['version']} `{test[:300]}`")
        for version, problem in problems:
            out.append(f"- {version}: {problem.splitlines()[0][:300]}")
        out.append("")

    out.append("## Where the time went")
    out.append("")
    out.append(
        "Seconds per version: *install* (0 when the cached virtualenv was reused), *setup* (`airflow db` and "
        "the admin user), *parsed* (from starting the services until the example DAGs were listed), *up* "
        "(all of that), then the smoke test, the integration suite and stopping the server."
    )
    out.append("")
    out.append("| Airflow | install | setup | parsed | up | smoke | integration | down | total |")
    out.append("|---|---|---|---|---|---|---|---|---|")
    for r in records:
        t = r["timings"]
        keys = ("install_s", "setup_s", "dags_parsed_s", "up_s", "smoke_s", "integration_s", "down_s", "total_s")
        out.append(f"| {r['version']} | " + " | ".join(f"{t[k]:.0f}" if k in t else "—" for k in keys) + " |")
    out.append(f"| all | | | | | | | | {total_seconds:.0f} |")
    out.append("")
    return "\n".join(out) + "\n"


def client_commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True).stdout.strip()

    commit = git("rev-parse", "--short=12", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", "airflow_client", "codegen")
    return commit + (" + uncommitted changes" if dirty else "")


def matrix_versions() -> List[str]:
    """Every version of ``airflow_local.VERSIONS``, oldest first: Airflow 2 (the integration
    suite) and Airflow 3 (test_airflow3.py)."""
    return sorted(local.VERSIONS, key=local.version_key)


def newest_airflow3() -> str:
    return max((v for v in local.VERSIONS if local.version_key(v) >= (3,)), key=local.version_key)


def write_document(
    records: List[Dict[str, Any]], with_earlier: bool, seconds: float, commit: str, today: str, out: str
) -> None:
    """The document of the versions run so far (written after each one, so that a run stopped
    midway leaves what it measured), with the earlier records when asked."""
    everything = list(records)
    if with_earlier:
        everything += earlier_records([r["version"] for r in records])
        everything.sort(key=lambda r: local.version_key(r["version"]))
    Path(out).write_text(render(everything, seconds, commit, today))


def earlier_records(done: List[str]) -> List[Dict[str, Any]]:
    """The records an earlier run wrote for the versions of VERSIONS not in ``done``."""
    found = []
    for version in local.VERSIONS:
        if version in done:
            continue
        os.environ[local.ENV_VERSION] = version
        os.environ.pop(local.ENV_STATE_DIR, None)
        os.environ.pop(local.ENV_AUTH, None)
        path = local.state_dir() / "compat-record.json"
        try:
            record = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        record["earlier"] = True
        found.append(record)
    return found


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", help=f"comma-separated (default: {','.join(matrix_versions())})")
    parser.add_argument(
        "--fab",
        default=newest_airflow3(),
        help="comma-separated Airflow 3 versions also run with the FAB auth manager (default: %(default)s)",
    )
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="where the table goes (default: docs/compat.md)")
    parser.add_argument("--python", default=sys.executable, help="interpreter with the client and pytest")
    parser.add_argument(
        "--with-earlier",
        action="store_true",
        help="also put in the document the versions not run now that an earlier run on this machine "
        "recorded (<state dir>/compat-record.json), each with its own commit and date",
    )
    parser.add_argument(
        "--render-only",
        action="store_true",
        help="run nothing: write the document from the records earlier runs left (each with its commit and date)",
    )
    args = parser.parse_args(argv)
    if args.render_only:
        found = sorted(earlier_records([]), key=lambda r: local.version_key(r["version"]))
        runs = sum(r["timings"].get("total_s", 0) for r in found)
        Path(args.out).write_text(render(found, runs, client_commit(), datetime.date.today().isoformat()))
        say(f"wrote {args.out} from the records of {', '.join(r['version'] for r in found)}")
        return 0
    versions = args.versions.split(",") if args.versions else matrix_versions()
    fab = {v.strip() for v in args.fab.split(",") if v.strip()}
    started = time.monotonic()
    commit = client_commit()
    say(f"versions {', '.join(versions)}; client {commit}")
    records = []
    today = datetime.date.today().isoformat()
    for version in versions:
        records.append(run_version(version.strip(), args.python, fab=version.strip() in fab))
        records[-1].update(commit=commit, date=today)
        (Path(records[-1]["state_dir"]) / "compat-record.json").write_text(json.dumps(records[-1], indent=1) + "\n")
        write_document(records, args.with_earlier, time.monotonic() - started, commit, today, args.out)
    total = time.monotonic() - started
    say(f"wrote {args.out}; all versions in {total:.0f} s")
    for r in records:
        t = r["timings"]
        say(
            f"  {r['version']}: {'OK' if not r['problems'] else 'FAILED'}; up {t.get('up_s', 0):.0f} s, "
            f"smoke {t.get('smoke_s', 0):.0f} s, integration {t.get('integration_s', 0):.0f} s, total {t['total_s']:.0f} s"
        )
    return 1 if any(r["problems"] for r in records) else 0


if __name__ == "__main__":
    sys.exit(main())
