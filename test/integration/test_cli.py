"""The ``airflow-client`` command line end to end against the local Airflow: every
command, its output formats and exit codes, ``dags trigger --wait`` on a run that
succeeds and one that fails, and ``logs --follow`` on a task that logs while it runs.

No example DAG logs for long enough (``example_bash_operator``'s tasks sleep a
second, silently), so this module writes a DAG of its own into the server's dags
folder, as other modules here do, and removes it (file and DAG) at the end.  Its
``talk`` task prints ``conf["lines"]`` lines, one every ``conf["every"]`` seconds,
returns an XCom, and fails when ``conf["fail"]`` (with one retry, so a failed run
has two tries); ``mapped`` is mapped over two words.

Most commands run as subprocesses (``python -m airflow_client``, settings from the
environment), some in-process through ``main(argv)``.  Variables, pools and
connections made here are deleted again; the runs of the module's DAG go with it.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import pytest

import airflow_client.client as client
from airflow_client.cli import main
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_run_api import DAGRunApi
from test.integration._values import version_key
from test.integration.conftest import client_config
from test.loopback import closed_port

DAG_ID = f"it_cli_{uuid.uuid4().hex[:8]}"
NAME = f"it_cli_{uuid.uuid4().hex[:6]}"
PARSE_TIMEOUT = 180.0
RUN_TIMEOUT = 300

DAG_SOURCE = '''\
"""Written by test/integration/test_cli.py; removed again by it."""
import time
from datetime import timedelta

import pendulum

from airflow import DAG
from airflow.operators.python import PythonOperator


def talk(**context):
    conf = context["dag_run"].conf or {}
    lines = int(conf.get("lines", 2))
    for i in range(lines):
        print(f"cli-test line {i + 1} of {lines}", flush=True)
        time.sleep(float(conf.get("every", 0.1)))
    if conf.get("fail"):
        raise RuntimeError("cli-test: failing as asked")
    return {"lines": lines}


def say(word):
    print(f"cli-test mapped {word}", flush=True)


with DAG(dag_id=DAG_ID, schedule=None, start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False):
    PythonOperator(task_id="talk", python_callable=talk, retries=1, retry_delay=timedelta(seconds=1))
    PythonOperator.partial(task_id="mapped", python_callable=say).expand(op_args=[["a"], ["b"]])
'''


@pytest.fixture(scope="module")
def env(airflow_server: Dict[str, Any]) -> Dict[str, str]:
    """The environment of a CLI process: the server and its credentials."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW_")}
    base.update(
        AIRFLOW_HOST=airflow_server["base_url"],
        AIRFLOW_USERNAME=airflow_server["username"],
        AIRFLOW_PASSWORD=airflow_server["password"],
        XDG_CONFIG_HOME=str(Path(airflow_server["airflow_home"]) / "no-such-config"),
    )
    return base


@pytest.fixture(autouse=True)
def _in_process_env(env: Dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    for key in [k for k in os.environ if k.startswith("AIRFLOW_")]:
        monkeypatch.delenv(key)
    for key in ("AIRFLOW_HOST", "AIRFLOW_USERNAME", "AIRFLOW_PASSWORD", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(key, env[key])


def cli(env: Dict[str, str], *argv: str, timeout: float = RUN_TIMEOUT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "airflow_client", *argv], env=env, capture_output=True, text=True, timeout=timeout
    )


def inproc(*argv: str) -> Tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def as_json(proc: subprocess.CompletedProcess) -> Any:
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def api(airflow_server: Dict[str, Any]) -> Iterator[client.ApiClient]:
    with client.ApiClient(client_config(airflow_server)) as api_client:
        yield api_client


@pytest.fixture(scope="module")
def dag_id(api: client.ApiClient, airflow_server: Dict[str, Any]) -> Iterator[str]:
    """The module's DAG, parsed (paused, as new DAGs are)."""
    path = Path(airflow_server["dags_folder"]) / f"{DAG_ID}.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(DAG_SOURCE.replace("dag_id=DAG_ID", f"dag_id={DAG_ID!r}"))
    dags = DAGApi(api)
    try:
        deadline = time.monotonic() + PARSE_TIMEOUT
        while True:
            try:
                dags.get_dag(DAG_ID)
                break
            except client.NotFoundException:
                if time.monotonic() > deadline:
                    pytest.fail(f"{DAG_ID} not parsed after {PARSE_TIMEOUT:g} s")
                time.sleep(1)
        yield DAG_ID
    finally:
        path.unlink(missing_ok=True)
        try:
            dags.patch_dag(DAG_ID, {"is_paused": True}, update_mask=["is_paused"])
            dags.delete_dag(DAG_ID)
        except client.ApiException:
            pass


@pytest.fixture(scope="module")
def succeeded(env: Dict[str, str], dag_id: str) -> Dict[str, Any]:
    """A run triggered with --wait that succeeded (the DAG unpaused by --unpause)."""
    proc = cli(env, "dags", "trigger", dag_id, "--conf", '{"lines": 2}', "--unpause", "--wait", "--poll", "1")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # no progress line: stderr is not a terminal
    run = json.loads(proc.stdout)
    assert run["state"] == "success" and run["conf"] == {"lines": 2}
    return dict(run)


@pytest.fixture(scope="module")
def failed(env: Dict[str, str], dag_id: str, succeeded: Dict[str, Any], tmp_path_factory: Any) -> Dict[str, Any]:
    """A run triggered with --wait that failed (two tries of ``talk``): exit code 4."""
    conf = tmp_path_factory.mktemp("cli") / "conf.json"
    conf.write_text('{"lines": 1, "fail": true}')
    run_id = f"cli_failed_{uuid.uuid4().hex[:6]}"
    proc = cli(
        env, "dags", "trigger", dag_id, "--conf", f"@{conf}", "--run-id", run_id, "--unpause", "--wait", "--poll", "1"
    )
    assert proc.returncode == 4, proc.stderr
    run = json.loads(proc.stdout)
    assert run["state"] == "failed" and run["dag_run_id"] == run_id
    return dict(run)


# -- health, version, errors -----------------------------------------------------------------


def test_health_and_version(env: Dict[str, str], airflow_version: str) -> None:
    health = as_json(cli(env, "health"))
    assert health["metadatabase"]["status"] == "healthy"
    assert as_json(cli(env, "version"))["version"] == airflow_version
    code, out, _ = inproc("version", "-o", "yaml")
    assert code == 0 and f"version: {airflow_version}" in out


def test_exit_codes_of_errors(env: Dict[str, str], wrong_password_answer: Tuple[int, str]) -> None:
    proc = cli(env, "dags", "get", "no_such_dag_here")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.strip() == (
        "airflow-client: error: 404 NOT FOUND: DAG not found: The DAG with dag_id: no_such_dag_here was not found"
    )
    bad = dict(env, AIRFLOW_PASSWORD="wrong-password")
    proc = cli(bad, "dags", "list", "--limit", "1")
    assert (
        proc.returncode == 1
        and proc.stderr.startswith(f"airflow-client: error: {wrong_password_answer[0]}")
        and "wrong-password" not in proc.stderr
    )
    proc = cli(dict(env, AIRFLOW_HOST=f"http://127.0.0.1:{closed_port()}"), "--retries", "0", "version")
    assert proc.returncode == 3 and "cannot reach the server" in proc.stderr
    assert cli(env, "dags", "trigger").returncode == 2


# -- dags ----------------------------------------------------------------------------------


def test_dags_list_json_returns_every_dag_of_the_server(
    env: Dict[str, str], api: client.ApiClient, dag_id: str
) -> None:
    dags = as_json(cli(env, "dags", "list", "--output", "json"))
    total = DAGApi(api).get_dags(limit=1).total_entries
    assert len(dags) == total
    assert len({d["dag_id"] for d in dags}) == total and dag_id in {d["dag_id"] for d in dags}
    code, out, _ = inproc("dags", "list", "--pattern", dag_id, "-o", "table")
    assert code == 0 and out.splitlines()[0].split()[:2] == ["DAG_ID", "IS_PAUSED"] and dag_id in out


def test_dags_get_pause_unpause(env: Dict[str, str], dag_id: str, succeeded: Dict[str, Any]) -> None:
    assert as_json(cli(env, "dags", "get", dag_id))["dag_id"] == dag_id
    assert as_json(cli(env, "dags", "get", dag_id, "--details"))["dag_id"] == dag_id
    assert as_json(cli(env, "dags", "pause", dag_id))["is_paused"] is True
    assert as_json(cli(env, "dags", "unpause", dag_id))["is_paused"] is False
    assert inproc("dags", "pause", dag_id)[0] == 0


def test_trigger_without_wait_then_runs_delete(env: Dict[str, str], dag_id: str, failed: Dict[str, Any]) -> None:
    # the DAG is paused (by the previous test): the run stays queued
    code, out, _ = inproc("dags", "pause", dag_id)
    run = as_json(cli(env, "dags", "trigger", dag_id, "--note", "from the cli"))
    assert run["state"] == "queued" and run["note"] == "from the cli"
    proc = cli(env, "dags", "trigger", dag_id, "--wait")
    assert proc.returncode == 2 and "is paused" in proc.stderr
    assert cli(env, "runs", "delete", dag_id, run["dag_run_id"]).returncode == 0
    assert cli(env, "runs", "get", dag_id, run["dag_run_id"]).returncode == 1


# -- runs, tasks, task instances, xcom -------------------------------------------------------


def test_runs(env: Dict[str, str], dag_id: str, succeeded: Dict[str, Any], failed: Dict[str, Any]) -> None:
    runs = as_json(cli(env, "runs", "list", dag_id))
    assert {succeeded["dag_run_id"], failed["dag_run_id"]} <= {r["dag_run_id"] for r in runs}
    assert [r["dag_run_id"] for r in as_json(cli(env, "runs", "list", dag_id, "--state", "failed"))] == [
        failed["dag_run_id"]
    ]
    assert as_json(cli(env, "runs", "get", dag_id, succeeded["dag_run_id"]))["state"] == "success"
    assert cli(env, "runs", "wait", dag_id, succeeded["dag_run_id"]).returncode == 0
    assert cli(env, "runs", "wait", dag_id, failed["dag_run_id"]).returncode == 4
    cleared = as_json(cli(env, "runs", "clear", dag_id, failed["dag_run_id"], "--dry-run"))
    assert {ti["task_id"] for ti in cleared} == {"talk", "mapped"}
    assert as_json(cli(env, "runs", "set-state", dag_id, failed["dag_run_id"], "success"))["state"] == "success"
    assert as_json(cli(env, "runs", "set-state", dag_id, failed["dag_run_id"], "failed"))["state"] == "failed"


def test_tasks_and_task_instances(env: Dict[str, str], dag_id: str, succeeded: Dict[str, Any]) -> None:
    run_id = succeeded["dag_run_id"]
    assert sorted(t["task_id"] for t in as_json(cli(env, "tasks", "list", dag_id))) == ["mapped", "talk"]
    tis = as_json(cli(env, "tis", "list", dag_id, run_id))
    assert sorted((t["task_id"], t["map_index"]) for t in tis) == [("mapped", 0), ("mapped", 1), ("talk", -1)]
    assert as_json(cli(env, "tis", "get", dag_id, run_id, "talk"))["state"] == "success"
    assert as_json(cli(env, "tis", "get", dag_id, run_id, "mapped", "--map-index", "1"))["map_index"] == 1
    refs = as_json(cli(env, "tis", "clear", dag_id, run_id, "talk", "--dry-run", "--downstream"))
    assert [r["task_id"] for r in refs] == ["talk"]
    # Airflow 2.10.5 answers {} to some of these PATCHes: the state shows the effect
    assert isinstance(
        as_json(cli(env, "tis", "set-state", dag_id, run_id, "mapped", "failed", "--map-index", "0")), dict
    )
    assert as_json(cli(env, "tis", "get", dag_id, run_id, "mapped", "--map-index", "0"))["state"] == "failed"
    code, out, _ = inproc("tis", "list", "~", run_id, "-o", "table")
    assert code == 0 and out.split("\n")[0].split()[:3] == ["DAG_ID", "DAG_RUN_ID", "TASK_ID"]


def test_xcom(env: Dict[str, str], dag_id: str, succeeded: Dict[str, Any]) -> None:
    run_id = succeeded["dag_run_id"]
    entries = as_json(cli(env, "xcom", "list", dag_id, run_id, "talk"))
    assert [e["key"] for e in entries] == ["return_value"]
    entry = as_json(cli(env, "xcom", "get", dag_id, run_id, "talk", "return_value"))
    assert entry["key"] == "return_value" and "lines" in str(entry["value"])


def test_call_reaches_any_operation(
    env: Dict[str, str], api: client.ApiClient, dag_id: str, failed: Dict[str, Any]
) -> None:
    argv = ["call", "get_task_instances", "dag_id=~", f"dag_run_id={failed['dag_run_id']}", "state=failed"]
    code, out, err = inproc(*argv, "state=success", "limit=2")
    assert code == 0, err
    found = json.loads(out)
    assert len(found["task_instances"]) == 2 and found["total_entries"] == 3
    # a comma-joined list (update_mask) and a JSON body; the test's own DAG keeps its state
    paused = DAGApi(api).get_dag(dag_id).is_paused
    body = json.dumps({"is_paused": paused})
    code, out, err = inproc("call", "patch_dag", f"dag_id={dag_id}", "update_mask=is_paused", f"body={body}")
    assert code == 0 and json.loads(out)["is_paused"] is paused, err


# -- logs --------------------------------------------------------------------------------


def test_logs_of_every_try_and_of_a_mapped_task(env: Dict[str, str], dag_id: str, failed: Dict[str, Any]) -> None:
    run_id = failed["dag_run_id"]
    latest = cli(env, "logs", dag_id, run_id, "talk")
    assert latest.returncode == 0 and "cli-test: failing as asked" in latest.stdout
    assert "attempt=2.log" in latest.stdout and "[('" not in latest.stdout  # clean text, not the repr
    first = cli(env, "logs", dag_id, run_id, "talk", "--try", "1")
    assert "attempt=1.log" in first.stdout and "cli-test line 1 of 1" in first.stdout
    assert "cli-test mapped b" in cli(env, "logs", dag_id, run_id, "mapped", "--map-index", "1").stdout


def test_logs_follow_a_running_task(
    env: Dict[str, str], api: client.ApiClient, dag_id: str, failed: Dict[str, Any]
) -> None:
    lines = 14
    run_id = f"cli_follow_{uuid.uuid4().hex[:6]}"
    conf = json.dumps({"lines": lines, "every": 0.5})
    assert cli(env, "dags", "trigger", dag_id, "--run-id", run_id, "--conf", conf, "--unpause").returncode == 0
    try:
        started = time.monotonic()
        follow = subprocess.Popen(
            [sys.executable, "-m", "airflow_client", "logs", dag_id, run_id, "talk", "--follow", "--poll", "0.5"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert follow.stdout is not None
        arrivals: List[float] = []
        text: List[str] = []
        for line in follow.stdout:
            text.append(line)
            if "cli-test line" in line:
                arrivals.append(time.monotonic() - started)
        assert follow.wait(timeout=RUN_TIMEOUT) == 0, follow.stderr.read() if follow.stderr else ""
        numbers = [int(line.split("cli-test line ")[1].split()[0]) for line in text if "cli-test line" in line]
        assert numbers == list(range(1, lines + 1))
        assert arrivals[-1] - arrivals[0] > 2  # they came while the task ran, not all at the end
        assert any("Task exited with return code 0" in line for line in text)  # read to the end
        # the library's reader gives the same lines
        whole = client.read_task_log(api, dag_id, run_id, "talk")
        assert [line for line in whole.splitlines() if "cli-test" in line] == [
            line.rstrip("\n") for line in text if "cli-test" in line
        ]
    finally:
        DAGApi(api).patch_dag(dag_id, {"is_paused": True}, update_mask=["is_paused"])
        client.wait_for_dag_run(api, dag_id, run_id, timeout=RUN_TIMEOUT, poll_interval=1)
        DAGRunApi(api).delete_dag_run(dag_id, run_id)


# -- variables, pools, connections, import errors, config ---------------------------------------


def test_variables(env: Dict[str, str], tmp_path: Path) -> None:
    key = f"{NAME}_var"
    try:
        assert as_json(cli(env, "variables", "set", key, "one", "--description", "d"))["value"] == "one"
        assert as_json(cli(env, "variables", "set", key, "two"))["value"] == "two"
        assert as_json(cli(env, "variables", "get", key))["value"] == "two"
        assert key in {v["key"] for v in as_json(cli(env, "variables", "list"))}
        source = tmp_path / "vars.json"
        source.write_text(json.dumps({key: {"a": [1, 2]}, f"{key}_2": "plain"}))
        assert len(as_json(cli(env, "variables", "import", str(source)))) == 2
        exported = as_json(cli(env, "variables", "export"))
        assert exported[key] == {"a": [1, 2]} and exported[f"{key}_2"] == "plain"
        assert cli(env, "variables", "delete", f"{key}_2").returncode == 0
        assert cli(env, "variables", "get", f"{key}_2").returncode == 1
    finally:
        for k in (key, f"{key}_2"):
            cli(env, "variables", "delete", k)


def test_pools(env: Dict[str, str], tmp_path: Path, airflow_version: str) -> None:
    name = f"{NAME}_pool"
    try:
        assert as_json(cli(env, "pools", "set", name, "3", "--description", "d"))["slots"] == 3
        if version_key(airflow_version) >= (2, 7):  # include_deferred is new in 2.7.0; 2.6 refuses it (400)
            assert as_json(cli(env, "pools", "set", name, "4", "--include-deferred"))["include_deferred"] is True
        else:
            assert as_json(cli(env, "pools", "set", name, "4"))["slots"] == 4
        assert as_json(cli(env, "pools", "get", name))["slots"] == 4
        assert name in {p["name"] for p in as_json(cli(env, "pools", "list"))}
        exported = tmp_path / "pools.json"
        assert cli(env, "pools", "export", str(exported)).returncode == 0
        pools = json.loads(exported.read_text())
        assert pools[name]["slots"] == 4 and "default_pool" in pools
        exported.write_text(json.dumps({name: {"slots": 5}, f"{name}_2": {"slots": 1, "description": "x"}}))
        assert [p["slots"] for p in as_json(cli(env, "pools", "import", str(exported)))] == [5, 1]
        assert cli(env, "pools", "delete", f"{name}_2").returncode == 0
    finally:
        for n in (name, f"{name}_2"):
            cli(env, "pools", "delete", n)


def test_connections(env: Dict[str, str], tmp_path: Path) -> None:
    conn = f"{NAME}_conn"
    secret = tmp_path / "secret"
    secret.write_text("conn-secret\n")
    try:
        argv = ["connections", "set", conn, "--conn-type", "http", "--conn-host", "h.example", "--conn-port", "8080"]
        made = as_json(cli(env, *argv, "--conn-password-file", str(secret), "--conn-extra", '{"k": "v"}'))
        assert made["host"] == "h.example" and made["port"] == 8080 and "conn-secret" not in json.dumps(made)
        assert as_json(cli(env, "connections", "get", conn))["extra"] == '{"k": "v"}'
        assert conn in {c["connection_id"] for c in as_json(cli(env, "connections", "list"))}
        exported = as_json(cli(env, "connections", "export"))
        assert exported[conn]["host"] == "h.example" and "password" not in exported[conn]
        source = tmp_path / "conns.json"
        source.write_text(json.dumps({f"{conn}_2": {"conn_type": "postgres", "host": "db", "port": 5432}}))
        assert as_json(cli(env, "connections", "import", str(source)))[0]["conn_type"] == "postgres"
        assert cli(env, "connections", "delete", f"{conn}_2").returncode == 0
        code, out, _ = inproc("connections", "list", "-o", "table")
        assert code == 0 and out.split()[:2] == ["CONNECTION_ID", "CONN_TYPE"]
    finally:
        for c in (conn, f"{conn}_2"):
            cli(env, "connections", "delete", c)


def test_import_errors_and_config(env: Dict[str, str], airflow_version: str) -> None:
    assert isinstance(as_json(cli(env, "import-errors", "list")), list)
    proc = cli(env, "config", "get", "core", "dags_folder")
    if version_key(airflow_version) < (2, 7):  # one option (get_value) is new in 2.7.0
        assert proc.returncode == 1 and "get_value" in proc.stderr and "2.7.0" in proc.stderr, proc.stderr
        return
    if proc.returncode == 1:  # [webserver] expose_config is off: a 403, as one line
        assert proc.stderr.startswith("airflow-client: error: 403")
        return
    config = as_json(proc)
    assert config["sections"][0]["options"][0]["key"] == "dags_folder"
    code, out, _ = inproc("config", "get", "core", "-o", "table")
    assert code == 0 and out.split()[:4] == ["SECTION", "KEY", "VALUE", "SOURCE"]
