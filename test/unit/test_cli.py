"""The ``airflow-client`` command line against a loopback server playing Airflow:
settings and their precedence, secrets, exit codes, the generic ``call`` and its
argument conversion, output formats, waiting with a progress line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

from airflow_client.cli import EXIT_CODES, main
from test.loopback import LoopbackServer, Received, Reply, closed_port, json_reply

SECRET = "s3cret-Pa55word"
TOKEN = "tok-5ecret-value"


class TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith("AIRFLOW_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


def cli(*argv: str, stderr: Any = None) -> Tuple[int, str, str]:
    out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def env_for(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer, **extra: str) -> None:
    monkeypatch.setenv("AIRFLOW_HOST", server.url)
    monkeypatch.setenv("AIRFLOW_USERNAME", "admin")
    monkeypatch.setenv("AIRFLOW_PASSWORD", SECRET)
    monkeypatch.setenv("AIRFLOW_CLIENT_OUTPUT", "json")
    for key, value in extra.items():
        monkeypatch.setenv(key, value)


def profile_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "xdg" / "airflow-client" / "config.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(0o600)
    return path


def basic_user(req: Received) -> str:
    import base64

    header = req.header("Authorization") or ""
    assert header.startswith("Basic "), header
    return base64.b64decode(header[6:]).decode().split(":", 1)[0]


VERSION = {"version": "2.10.5", "git_version": "abc"}

# -- the package ------------------------------------------------------------------------


def test_importing_the_client_does_not_import_the_cli() -> None:
    code = "import sys, airflow_client.client; print(sorted(m for m in sys.modules if m.split('.')[:2] == ['airflow_client', 'cli']))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_python_dash_m_runs_the_cli_and_help_documents_the_exit_codes() -> None:
    proc = subprocess.run([sys.executable, "-m", "airflow_client", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    for code, text in EXIT_CODES.items():
        assert f"{code}  {text}" in proc.stdout
    assert "AIRFLOW_HOST" in proc.stdout


def test_version_flag_needs_no_server() -> None:
    code, out, _ = cli("--version")
    assert code == 0 and out.startswith("airflow-client 2.10.5")


# -- settings -----------------------------------------------------------------------------


def test_no_host_is_a_usage_error() -> None:
    code, out, err = cli("version")
    assert code == 2 and out == ""
    assert "no Airflow to talk to" in err and "AIRFLOW_HOST" in err


def test_a_password_is_never_a_flag() -> None:
    for argv in (
        ["--password", SECRET, "version"],
        [f"--password={SECRET}", "version"],
        ["version", "--token", SECRET],
    ):
        code, out, err = cli(*argv)
        assert code == 2 and "is not taken on the command line" in err and SECRET not in out + err


def test_flags_win_over_the_environment_which_wins_over_the_default_profile(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    server.reply_json(VERSION)
    other = LoopbackServer()
    try:
        other.reply_json(VERSION)
        profile_file(tmp_path, f"[default]\nhost = {other.url}\nusername = from_profile\npassword = p\n")
        # the profile alone
        assert cli("version")[0] == 0
        assert basic_user(other.last) == "from_profile" and not server.requests
        # the environment over the profile
        env_for(monkeypatch, server)
        assert cli("version")[0] == 0
        assert basic_user(server.last) == "admin" and len(other.requests) == 1
        # flags over the environment
        assert cli("--host", other.url, "--username", "flag_user", "version")[0] == 0
        assert basic_user(other.last) == "flag_user"
        # options after the command too
        assert cli("version", "--username", "late_user")[0] == 0
        assert basic_user(server.last) == "late_user"
    finally:
        other.stop()


def test_a_profile_named_on_the_command_line_wins_over_the_environment(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    other = LoopbackServer()
    try:
        other.reply_json(VERSION)
        profile_file(tmp_path, f"[prod]\nhost = {other.url}\nusername = prod_user\npassword = p\n")
        env_for(monkeypatch, server)
        assert cli("--profile", "prod", "version")[0] == 0
        assert basic_user(other.last) == "prod_user" and not server.requests
        # AIRFLOW_PROFILE picks it too, but below the environment
        monkeypatch.setenv("AIRFLOW_PROFILE", "prod")
        server.reply_json(VERSION)
        assert cli("version")[0] == 0 and basic_user(server.last) == "admin"
    finally:
        other.stop()


def test_profile_errors_are_usage_errors(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    code, _, err = cli("--profile", "nope", "version")
    assert code == 2 and "no config file" in err
    profile_file(tmp_path, f"[default]\nhost = {server.url}\npasword = typo\n")
    code, _, err = cli("version")
    assert code == 2 and "unknown key 'pasword'" in err
    profile_file(tmp_path, f"[default]\nhost = {server.url}\n")
    code, _, err = cli("--profile", "other", "version")
    assert code == 2 and "no profile 'other'" in err and "default" in err


def test_a_token_is_sent_as_bearer_and_files_and_stdin_hold_secrets(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    server.reply_json(VERSION)
    monkeypatch.setenv("AIRFLOW_HOST", server.url)
    monkeypatch.setenv("AIRFLOW_TOKEN", TOKEN)
    assert cli("version")[0] == 0
    assert server.last.header("Authorization") == f"Bearer {TOKEN}"
    token_file = tmp_path / "token"
    token_file.write_text("from-file\n")
    assert cli("--token-file", str(token_file), "version")[0] == 0
    assert server.last.header("Authorization") == "Bearer from-file"
    # a username on the command line wins over a token of the environment
    password_file = tmp_path / "pw"
    password_file.write_text(SECRET + "\n")
    assert cli("--username", "u", "--password-file", str(password_file), "version")[0] == 0
    assert basic_user(server.last) == "u"
    monkeypatch.setattr(sys, "stdin", io.StringIO("piped\n"))
    assert cli("--username", "u", "--password-file", "-", "version")[0] == 0
    import base64

    assert base64.b64decode(server.last.header("Authorization")[6:]).decode() == "u:piped"


def test_a_user_without_a_password_is_a_usage_error_when_no_one_can_be_asked(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIRFLOW_HOST", server.url)
    monkeypatch.setenv("AIRFLOW_USERNAME", "admin")
    code, _, err = cli("version")
    assert code == 2 and "no password for 'admin'" in err and not server.requests


def test_secrets_are_never_printed(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    env_for(monkeypatch, server)
    # an error page that echoes what was sent
    server.handler = lambda req: json_reply(
        {"title": "Unauthorized", "detail": f"bad credentials {req.header('Authorization')} {SECRET}", "status": 401},
        401,
    )
    code, out, err = cli("version", "--retries", "0")
    assert code == 1 and "401" in err
    assert SECRET not in out + err and "***" in err
    monkeypatch.setenv("AIRFLOW_HOST", f"http://admin:{SECRET}@127.0.0.1:{closed_port()}")
    code, out, err = cli("version", "--retries", "0")
    assert code == 3
    assert SECRET not in out + err
    monkeypatch.delenv("AIRFLOW_USERNAME")
    monkeypatch.setenv("AIRFLOW_TOKEN", TOKEN)
    monkeypatch.setenv("AIRFLOW_HOST", server.url)
    server.handler = lambda req: json_reply({"title": "Forbidden", "detail": f"token {TOKEN}"}, 403)
    code, out, err = cli("dags", "list", "--retries", "0")
    assert code == 1 and TOKEN not in out + err


# -- exit codes and errors -------------------------------------------------------------------


def test_an_api_error_is_one_line_with_status_title_and_detail(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_for(monkeypatch, server)
    server.reply_json(
        {"status": 404, "title": "DAG not found", "detail": "The DAG with dag_id: nope was not found", "type": "x"}, 404
    )
    code, out, err = cli("dags", "get", "nope")
    assert (code, out) == (1, "")
    assert err == "airflow-client: error: 404 Not Found: DAG not found: The DAG with dag_id: nope was not found\n"


def test_a_refused_connection_exits_3(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIRFLOW_HOST", f"http://127.0.0.1:{closed_port()}")
    monkeypatch.setenv("AIRFLOW_TOKEN", TOKEN)
    code, _, err = cli("health", "--retries", "0")
    assert code == 3 and err.startswith("airflow-client: cannot reach the server") and err.count("\n") == 1


def test_usage_errors_exit_2(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    env_for(monkeypatch, server)
    assert cli("nope")[0] == 2
    assert cli("dags")[0] == 2
    assert cli("dags", "trigger", "d", "--conf", "{not json")[0] == 2
    assert cli("dags", "trigger", "d", "--conf", "[1]")[0] == 2
    assert cli("runs", "set-state", "d", "r", "running")[0] == 2
    assert not server.requests


def test_yaml_without_pyyaml_is_a_usage_error(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    env_for(monkeypatch, server)
    server.reply_json(VERSION)
    monkeypatch.setitem(sys.modules, "yaml", None)  # as if not installed
    code, _, err = cli("version", "-o", "yaml")
    assert code == 2 and "PyYAML" in err


def test_health_exits_1_when_a_component_is_unhealthy(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    env_for(monkeypatch, server)
    healthy = {"metadatabase": {"status": "healthy"}, "scheduler": {"status": "healthy"}, "triggerer": {"status": None}}
    server.reply_json(healthy)
    assert cli("health")[0] == 0
    server.reply_json({**healthy, "scheduler": {"status": "unhealthy", "latest_scheduler_heartbeat": None}})
    code, out, err = cli("health")
    assert code == 1 and "unhealthy: scheduler" in err and json.loads(out)["scheduler"]["status"] == "unhealthy"


# -- output formats ------------------------------------------------------------------------

DAGS = [{"dag_id": f"d{i:02d}", "is_paused": i % 2 == 0, "tags": [{"name": "t"}], "owners": ["me"]} for i in range(7)]


def dags_server(server: LoopbackServer, page: int = 3) -> None:
    def answer(req: Received) -> Reply:
        offset = int(req.query.get("offset", ["0"])[0])
        limit = min(int(req.query["limit"][0]), page)
        return json_reply({"dags": DAGS[offset : offset + limit], "total_entries": len(DAGS)})

    server.handler = answer


def test_lists_walk_every_page_and_json_is_to_dict(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from airflow_client.client.models import DAG

    env_for(monkeypatch, server)
    dags_server(server)
    code, out, _ = cli("dags", "list")
    assert code == 0
    assert json.loads(out) == [DAG._from_openapi_data(**d).to_dict() for d in DAGS]
    assert len(server.requests) == 3
    code, out, _ = cli("dags", "list", "--limit", "2")
    assert [d["dag_id"] for d in json.loads(out)] == ["d00", "d01"]


def test_table_and_yaml(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml

    env_for(monkeypatch, server)
    dags_server(server)
    code, out, _ = cli("dags", "list", "-o", "table")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == [
        "DAG_ID",
        "IS_PAUSED",
        "SCHEDULE_INTERVAL",
        "OWNERS",
        "TAGS",
        "NEXT_DAGRUN",
    ]
    assert lines[1].split() == ["d00", "true", "me", "t"] and len(lines) == 8
    code, out, _ = cli("dags", "list", "-o", "yaml")
    assert yaml.safe_load(out)[0] == {"dag_id": "d00", "is_paused": True, "owners": ["me"], "tags": [{"name": "t"}]}
    server.handler = None
    server.reply_json({"version": "2.10.5", "git_version": None})
    # one object: a line per field, in the order of the answer (as the official to_dict() keeps it)
    assert [line.split() for line in cli("version", "-o", "table")[1].splitlines()] == [
        ["version", "2.10.5"],
        ["git_version"],
    ]


def test_a_table_shows_a_tag_by_its_name_on_airflow_3_too(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Airflow 3's tags also name their DAG ({"name", "dag_id"}): a cell shows the name, as for
    Airflow 2's ({"name"}); another object stays JSON."""
    from airflow_client.cli._output import cell

    assert cell([{"name": "etl", "dag_id": "d00"}, {"name": "daily"}]) == "etl, daily"
    assert cell({"name": "x", "other": 1}) == '{"name":"x","other":1}'
    env_for(monkeypatch, server)
    server.reply_json({"dags": [{"dag_id": "d00", "tags": [{"name": "etl", "dag_id": "d00"}]}], "total_entries": 1})
    code, out, _ = cli("dags", "list", "-o", "table")
    assert code == 0 and out.splitlines()[1].split() == ["d00", "etl"]


def test_output_defaults_to_json_when_not_a_terminal_and_table_on_one(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_for(monkeypatch, server)
    monkeypatch.delenv("AIRFLOW_CLIENT_OUTPUT")
    server.reply_json(VERSION)
    assert json.loads(cli("version")[1]) == VERSION
    out = TTY()
    assert main(["version"], stdout=out, stderr=io.StringIO()) == 0
    assert out.getvalue().split("\n")[0].split() == ["version", "2.10.5"]


# -- dags trigger --wait, runs wait --------------------------------------------------------------


def run_server(server: LoopbackServer, states: List[str], paused: bool = False) -> List[str]:
    seen: List[str] = []

    def answer(req: Received) -> Reply:
        path = req.decoded_path
        if req.method == "PATCH":
            return json_reply({"dag_id": "d", "is_paused": False})
        if path == "/api/v1/dags/d" and req.method == "GET":
            return json_reply({"dag_id": "d", "is_paused": paused})
        if req.method == "POST":
            seen.append("post")
            return json_reply({"dag_id": "d", "dag_run_id": "r1", "state": "queued", "conf": req.json()["conf"]})
        if path.endswith("/taskInstances"):
            return json_reply({"task_instances": [{"task_id": "a", "state": "success"}], "total_entries": 1})
        state = states.pop(0) if len(states) > 1 else states[0]
        seen.append(state)
        return json_reply({"dag_id": "d", "dag_run_id": "r1", "state": state})

    server.handler = answer
    return seen


@pytest.mark.parametrize("final, code", [("success", 0), ("failed", 4)])
def test_trigger_and_wait_exit_codes(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, final: str, code: int
) -> None:
    env_for(monkeypatch, server)
    seen = run_server(server, ["queued", "running", final])
    conf = tmp_path / "conf.json"
    conf.write_text('{"day": 1}')
    got, out, err = cli("dags", "trigger", "d", "--conf", f"@{conf}", "--wait", "--poll", "0")
    assert got == code, err
    assert json.loads(out)["state"] == final and seen == ["post", "queued", "running", final]
    assert err == ""  # no progress line when stderr is not a terminal


def test_a_paused_dag_is_refused_with_wait_unless_unpause(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_for(monkeypatch, server)
    run_server(server, ["success"], paused=True)
    code, _, err = cli("dags", "trigger", "d", "--wait")
    assert code == 2 and "--unpause" in err
    assert cli("dags", "trigger", "d", "--wait", "--unpause", "--poll", "0")[0] == 0
    assert any(r.method == "PATCH" for r in server.requests)


def test_a_wait_that_times_out_exits_5_and_the_progress_line_is_on_a_terminal(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_for(monkeypatch, server)
    run_server(server, ["running"])
    err = TTY()
    code, out, _ = cli("runs", "wait", "d", "r1", "--timeout", "0.3", "--poll", "0.1", stderr=err)
    assert code == 5
    assert json.loads(out)["state"] == "running"
    text = err.getvalue()
    assert "\r\x1b[Kd r1: running  tasks: success 1" in text
    assert text.rstrip("\n").endswith("is still 'running' after 0.3 s")
    code, _, quiet = cli("runs", "wait", "d", "r1", "--timeout", "0", "-q", stderr=TTY())
    assert code == 5 and "\r" not in quiet


# -- call -------------------------------------------------------------------------------------


def test_call_list_names_all_89_operations() -> None:
    code, out, _ = cli("call", "--list")
    assert code == 0 and len(out.splitlines()) == 89
    assert any(line.split()[:2] == ["get_task_instances", "GET"] for line in out.splitlines())


def test_call_converts_arguments_to_the_declared_types(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    env_for(monkeypatch, server)
    server.reply_json({"task_instances": [], "total_entries": 0})
    code, out, err = cli(
        "call",
        "get_task_instances",
        "dag_id=~",
        "dag_run_id=~",
        "state=failed",
        "state=up_for_retry",
        "duration_gte=1.5",
        "limit=5",
        "start_date_gte=2024-01-01T00:00:00Z",
    )
    assert code == 0, err
    assert json.loads(out) == {"task_instances": [], "total_entries": 0}
    q = server.last.query
    assert server.last.decoded_path == "/api/v1/dags/~/dagRuns/~/taskInstances"
    assert q["state"] == ["failed", "up_for_retry"] and q["duration_gte"] == ["1.5"] and q["limit"] == ["5"]
    assert q["start_date_gte"] == ["2024-01-01T00:00:00Z"]
    # a joined list, and a bool
    server.reply_json({"dag_id": "x", "is_paused": True})
    assert cli("call", "patch_dag", "dag_id=x", "update_mask=is_paused,description", 'body={"is_paused": true}')[0] == 0
    assert server.last.raw_query == "update_mask=is_paused,description" and server.last.json() == {"is_paused": True}
    server.reply_json({"dags": [], "total_entries": 0})
    assert cli("call", "get_dags", "only_active=no", "paused=TRUE")[0] == 0
    assert server.last.query["only_active"] == ["False"] and server.last.query["paused"] == ["True"]


def test_call_takes_a_body_from_a_file_or_stdin(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    env_for(monkeypatch, server)
    server.reply_json({"name": "p", "slots": 3})
    body = tmp_path / "pool.json"
    body.write_text('{"name": "p", "slots": 3}')
    assert cli("call", "post_pool", f"body=@{body}")[0] == 0
    assert server.last.method == "POST" and server.last.json() == {"name": "p", "slots": 3}
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"name": "q", "slots": 1}'))
    assert cli("call", "post_pool", "pool=@-")[0] == 0
    assert server.last.json() == {"name": "q", "slots": 1}


@pytest.mark.parametrize(
    "argv, message",
    [
        (["call", "get_dagz"], "no operation named 'get_dagz'; did you mean get_dag"),
        (["call", "get_dag"], "get_dag: missing dag_id="),
        (["call", "get_dag", "dag_id=x", "nope=1"], "get_dag: no parameter 'nope' (parameters: dag_id, fields)"),
        (["call", "get_dags", "limit=ten"], "get_dags: limit must be an int, got 'ten'"),
        (["call", "get_dags", "paused=maybe"], "get_dags: paused must be true or false"),
        (["call", "get_dags", "limit=1", "limit=2"], "get_dags: limit takes one value, got 2"),
        (["call", "get_dag_runs", "dag_id=x", "start_date_gte=yesterday"], "must be an ISO 8601 date-time"),
        (["call", "post_pool"], "post_pool: missing body="),
        (["call", "post_pool", "body={oops"], "post_pool: body: the text given is not JSON"),
        (["call", "post_pool", 'body={"slots": "x"}'], "slots"),
        (["call", "get_dag", "dag_id"], "arguments are key=value, got 'dag_id'"),
        (["call", "get_dag", "dag_id=x", "--accept", "text/plain"], "answers JSON only"),
    ],
)
def test_call_usage_errors_name_the_argument(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, argv: List[str], message: str
) -> None:
    env_for(monkeypatch, server)
    code, out, err = cli(*argv)
    assert code == 2 and out == "" and message in err, err
    assert not server.requests


def test_call_help_describes_the_operation_and_text_can_be_asked_for(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_for(monkeypatch, server)
    code, out, _ = cli("call", "get_log", "--help")
    assert code == 0 and out.startswith("get_log: GET /api/v1/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/")
    assert "task_try_number=int   required (path)" in out and "full_content=bool" in out
    server.reply(Reply(200, b"host\nsome text\n", {"Content-Type": "text/plain"}))
    argv = ["call", "get_log", "dag_id=d", "dag_run_id=r", "task_id=t", "task_try_number=1", "--accept", "text/plain"]
    code, out, _ = cli(*argv)
    assert (code, out) == (0, "host\nsome text\n") and server.last.header("Accept") == "text/plain"
    server.reply(Reply(204))
    code, out, _ = cli("call", "delete_pool", "pool_name=p", "-o", "table")
    assert (code, out) == (0, "")


# -- variables, pools, connections ----------------------------------------------------------------


def test_set_updates_or_creates_and_import_export_round_trip(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    env_for(monkeypatch, server)
    store: Dict[str, Dict[str, Any]] = {"a": {"key": "a", "value": '{"x": 1}'}}

    def answer(req: Received) -> Reply:
        key = req.decoded_path.rsplit("/", 1)[-1]
        if req.method == "PATCH":
            if key not in store:
                return json_reply({"title": "Variable not found", "status": 404}, 404)
            store[key] = req.json()
            return json_reply(store[key])
        if req.method == "POST":
            store[req.json()["key"]] = req.json()
            return json_reply(req.json())
        if req.decoded_path.endswith("/variables"):
            return json_reply({"variables": list(store.values()), "total_entries": len(store)})
        if key not in store:
            return json_reply({"title": "Variable not found", "status": 404}, 404)
        return json_reply(store[key])

    server.handler = answer
    assert cli("variables", "set", "b", "two", "--description", "d")[0] == 0
    assert store["b"] == {"key": "b", "value": "two", "description": "d"}
    # asked first (Airflow 2.6 answers a PATCH of a missing variable with 500), then created
    assert [r.method for r in server.requests] == ["GET", "POST"]
    assert cli("variables", "set", "b", "two")[0] == 0  # it exists now: updated
    assert [r.method for r in server.requests[2:]] == ["GET", "PATCH"] and store["b"]["value"] == "two"
    export = tmp_path / "vars.json"
    assert cli("variables", "export", str(export))[0] == 0
    assert json.loads(export.read_text()) == {"a": {"x": 1}, "b": "two"}
    export.write_text(json.dumps({"c": [1, 2], "b": "three"}))
    code, out, _ = cli("variables", "import", str(export))
    assert code == 0 and store["c"]["value"] == "[1, 2]" and store["b"]["value"] == "three"
    assert [v["key"] for v in json.loads(out)] == ["c", "b"]


def test_connection_password_comes_from_a_file_never_a_flag(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    env_for(monkeypatch, server)
    server.reply_json({"connection_id": "c", "conn_type": "http"})
    secret = tmp_path / "conn"
    secret.write_text("conn-pw\n")
    code, out, err = cli(
        "connections", "set", "c", "--conn-type", "http", "--conn-host", "h", "--conn-port", "81",
        "--conn-extra", '{"a": 1}', "--conn-password-file", str(secret),
    )  # fmt: skip
    assert code == 0, err
    assert server.last.json() == {
        "connection_id": "c", "conn_type": "http", "host": "h", "port": 81, "extra": '{"a": 1}', "password": "conn-pw",
    }  # fmt: skip
    assert "conn-pw" not in out + err
    assert cli("connections", "set", "c", "--conn-type", "http", "--conn-password", "x")[0] == 2


# -- logs ----------------------------------------------------------------------------------------


def token(**meta: Any) -> str:
    import base64

    return base64.urlsafe_b64encode(json.dumps(meta).encode()).decode().rstrip("=") + ".c2lnbmF0dXJl"


def log_server(server: LoopbackServer, pieces: List[Tuple[str, bool]], states: List[str]) -> List[Any]:
    """GET .../logs/N answers ``pieces`` in order (text, end_of_log); the task instance ``states``."""
    asked: List[Any] = []

    def answer(req: Received) -> Reply:
        if "/logs/" in req.path:
            asked.append(req.query.get("token", [None])[0])
            text, end = pieces.pop(0) if len(pieces) > 1 else pieces[0]
            content = repr([("host-1", text)])
            return json_reply({"content": content, "continuation_token": token(end_of_log=end, log_pos=len(asked))})
        state = states.pop(0) if len(states) > 1 else states[0]
        return json_reply({"task_id": "t", "state": state, "try_number": 2, "map_index": -1})

    server.handler = answer
    return asked


def test_logs_reads_every_piece_of_the_latest_try_as_text(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_for(monkeypatch, server)
    asked = log_server(server, [("one\n", False), ("two 'quoted'\n", False), ("", False)], ["success"])
    code, out, _ = cli("logs", "d", "r", "t")
    assert (code, out) == (0, "one\ntwo 'quoted'\n")
    paths = [r.decoded_path for r in server.requests]
    assert paths[0] == "/api/v1/dags/d/dagRuns/r/taskInstances/t"
    assert all(p.endswith("/logs/2") for p in paths[1:])  # the latest try
    assert asked[0] is None and asked[1] == token(end_of_log=False, log_pos=1)


def test_logs_follow_yields_until_the_try_ended(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    env_for(monkeypatch, server)
    pieces = [("start\n", False), ("", False), ("middle\n", False), ("", False), ("end\n", True), ("", True)]
    log_server(server, pieces, ["running", "running", "success"])
    code, out, _ = cli("logs", "d", "r", "t", "--follow", "--poll", "0", "--map-index", "3", "--try", "2")
    assert (code, out) == (0, "start\nmiddle\nend\n")
    assert server.requests[0].decoded_path == "/api/v1/dags/d/dagRuns/r/taskInstances/t/3"
    assert all(r.query.get("map_index") == ["3"] for r in server.requests if "/logs/" in r.path)


def test_logs_follow_times_out_with_exit_5(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    env_for(monkeypatch, server)
    log_server(server, [("tick\n", False), ("", False)], ["running"])
    code, out, err = cli("logs", "d", "r", "t", "--follow", "--poll", "0.05", "--timeout", "0.2")
    assert code == 5 and out == "tick\n" and "still 'running' after 0.2 s" in err


def test_log_text_reads_literals_only() -> None:
    from airflow_client.client.logs import log_text, token_metadata

    assert log_text("[('h', 'a\\nb'), ('h2', 'c')]") == "a\nb\nc"
    assert log_text("plain text") == "plain text"
    evil = "[__import__('os').system('echo pwned')]"
    assert log_text(evil) == evil
    assert log_text(None) == ""
    assert token_metadata(token(end_of_log=True, log_pos=3)) == {"end_of_log": True, "log_pos": 3}
    assert token_metadata("garbage") == {} and token_metadata(None) == {}


def test_the_library_follow_raises_a_typed_timeout(server: LoopbackServer, api_client: Any) -> None:
    from airflow_client.client import ApiValueError, TaskLogTimeout, follow_task_log

    log_server(server, [("tick\n", False), ("", False)], ["running"])
    seen: List[str] = []
    with pytest.raises(TaskLogTimeout) as caught:
        for text in follow_task_log(api_client, "d", "r", "t", poll_interval=0.01, timeout=0.05):
            seen.append(text)
    assert seen == ["tick\n"] and caught.value.state == "running" and caught.value.text == "tick\n"
    assert isinstance(caught.value, TimeoutError)
    with pytest.raises(ApiValueError):
        next(follow_task_log(api_client, "d", "r", "t", try_number=0))


def test_an_operation_the_server_lacks_is_one_line_naming_the_version() -> None:
    from airflow_client.cli._app import describe_error
    from airflow_client.client.exceptions import NotSupportedOnServerError, OperationNotSupportedError

    older = OperationNotSupportedError(
        status=404, reason="NOT FOUND", operation="get_value", since="2.7.0", server_version="2.6.3"
    )
    assert describe_error(older) == (1, "error: get_value needs Airflow 2.7.0 or newer (the server runs Airflow 2.6.3)")
    newer = NotSupportedOnServerError(
        "get_users", server_version="3.3.2", reason="users and roles need the FAB auth manager", instead="FAB"
    )
    code, line = describe_error(newer)
    assert code == 1 and line.startswith("error: get_users() is not supported on Airflow 3.3.2: users and roles")


def test_runs_clear_prints_the_plain_answer(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """clear_dag_run answers a plain dict (as the official client): the CLI prints the run, or a
    dry run's task instances, in JSON and as a table; call get_providers prints its dict."""
    env_for(monkeypatch, server)
    run = {"dag_id": "d", "dag_run_id": "r", "state": "queued", "run_type": "manual", "conf": {"n": 2}}
    server.reply_json(run)
    code, out, _ = cli("runs", "clear", "d", "r")
    assert code == 0 and json.loads(out) == run
    assert server.last.json() == {"dry_run": False}
    refs = {"task_instances": [{"dag_id": "d", "dag_run_id": "r", "task_id": "t1"}, {"dag_id": "d", "task_id": "t2"}]}
    server.reply_json(refs)
    code, out, _ = cli("runs", "clear", "d", "r", "--dry-run")
    assert code == 0 and json.loads(out) == refs["task_instances"]
    code, out, _ = cli("runs", "clear", "d", "r", "--dry-run", "-o", "table")
    assert code == 0 and out.splitlines() == [
        "DAG_ID  DAG_RUN_ID  TASK_ID  MAP_INDEX  TRY_NUMBER  STATE  START_DATE  DURATION",
        "d       r           t1",
        "d                   t2",
    ]
    providers = {"providers": [{"package_name": "p", "version": "1.0", "description": "d"}], "total_entries": 1}
    server.reply_json(providers)
    code, out, _ = cli("call", "get_providers")
    assert code == 0 and json.loads(out) == providers
