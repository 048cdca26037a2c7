"""Airflow 3 (issue 15) on loopback: detection of the server's API (no extra request on
an Airflow 2 server; one probe on an Airflow 3 one), the JWT from username/password
(fetched once, renewed after a 401), and the translation of parameters and answers.

The fake Airflow 3 answers as the real 3.3.2 was seen to (test/integration/test_airflow3.py
runs the same calls against it)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

from airflow_client.client import (
    ApiClient,
    ApiException,
    ApiValueError,
    Configuration,
    NotFoundException,
    NotSupportedOnServerError,
    OperationNotSupportedError,
    UnauthorizedException,
    airflow3,
)
from airflow_client.client.api.connection_api import ConnectionApi
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.dag_warning_api import DagWarningApi
from airflow_client.client.api.monitoring_api import MonitoringApi
from airflow_client.client.api.provider_api import ProviderApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.api.user_api import UserApi
from airflow_client.client.api.variable_api import VariableApi
from airflow_client.client.models import DAG, ClearDagRun, ClearTaskInstances, DAGRun, DAGRunCollection, Variable
from test.loopback import LoopbackServer, Received, Reply, json_reply

REMOVED = json_reply(
    {"error": "/api/v1 has been removed in Airflow 3, please use its upgraded version /api/v2 instead."}, 404
)
NOT_ALLOWED = json_reply({"detail": "Method Not Allowed"}, 405)

RUN = {
    "dag_run_id": "r1",
    "dag_id": "d",
    "logical_date": None,
    "run_after": "2026-01-01T00:00:00Z",
    "run_type": "asset_triggered",
    "state": "queued",
    "conf": {},
    "triggered_by": "rest_api",
}


class FakeAirflow3:
    """Answers as Airflow 3.3.2: /api/v1 refused, /api/v2 with JWTs from /auth/token."""

    def __init__(self, answers: Optional[Dict[str, Any]] = None) -> None:
        self.tokens = 0
        self.valid = {"jwt-1"}
        self.answers = answers or {}
        self.fab = False  # True: the FAB auth manager's /auth/fab/v1 is there
        self.version = "3.3.2"  # what /api/v2/version answers
        #: the answer to a token not in ``valid``: an expired one's (a token signed with
        #: another key, as before the server restarted, gets 403 "Invalid JWT token")
        self.refusal = json_reply({"detail": "Token Expired"}, 401)

    def __call__(self, req: Received) -> Reply:
        if req.path.startswith("/api/v1"):
            return REMOVED if req.method == "GET" else NOT_ALLOWED
        if req.path == "/auth/token" and req.method == "POST":
            if req.json() != {"username": "admin", "password": "admin"}:
                return json_reply({"detail": "Invalid credentials"}, 401)
            self.tokens += 1
            return json_reply({"access_token": f"jwt-{self.tokens}"}, 201)
        if req.path == "/api/v2/version":
            return json_reply({"version": self.version, "git_version": None})
        if req.path.startswith("/auth/fab/") and not self.fab:  # the simple auth manager's login page
            return Reply(200, b"<!doctype html><html></html>", {"Content-Type": "text/html; charset=utf-8"})
        public = req.path == "/api/v2/monitor/health"  # as on 3.3.2: health and version need no token
        if not public and req.header("Authorization") not in {f"Bearer {t}" for t in self.valid}:
            return self.refusal
        key = f"{req.method} {req.path}"
        if key in self.answers:
            answer = self.answers[key]
            return answer if isinstance(answer, Reply) else json_reply(answer)
        return json_reply({"detail": "Not Found"}, 404)


@pytest.fixture
def af3(server: LoopbackServer) -> FakeAirflow3:
    fake = FakeAirflow3()
    server.handler = fake
    return fake


def client(server: LoopbackServer, **config: Any) -> ApiClient:
    config.setdefault("username", "admin")
    config.setdefault("password", "admin")
    return ApiClient(Configuration(host=server.url, retries=0, timeout=5, **config))


def paths(server: LoopbackServer) -> List[str]:
    return [f"{r.method} {r.path}" for r in server.requests]


# -- detection ---------------------------------------------------------------------------


def test_airflow2_server_gets_exactly_the_requests_it_got_before(server: LoopbackServer) -> None:
    server.reply_json({"version": "2.10.5", "git_version": None})
    with client(server) as api:
        MonitoringApi(api).get_version()
        MonitoringApi(api).get_version()
    assert paths(server) == ["GET /api/v1/version", "GET /api/v1/version"]
    assert server.requests[0].header("Authorization").startswith("Basic ")


def test_airflow2_404_is_raised_without_a_probe(server: LoopbackServer) -> None:
    server.reply(json_reply({"title": "DAG not found", "status": 404, "type": "about:blank", "detail": "x"}, 404))
    with client(server) as api, pytest.raises(NotFoundException) as info:
        DAGApi(api).get_dag("nope")
    assert not isinstance(info.value, NotSupportedOnServerError)
    assert paths(server) == ["GET /api/v1/dags/nope"]


def test_airflow2_405_problem_document_is_no_airflow3(server: LoopbackServer) -> None:
    server.reply(json_reply({"title": "Method Not Allowed", "status": 405, "detail": "x", "type": "about:blank"}, 405))
    with client(server) as api, pytest.raises(ApiException):
        DAGApi(api).patch_dag("d", DAG(is_paused=True))
    assert len(server.requests) == 1


def test_airflow3_found_once_then_every_call_goes_to_v2(server: LoopbackServer, af3: FakeAirflow3) -> None:
    af3.answers["GET /api/v2/monitor/health"] = {"metadatabase": {"status": "healthy"}}
    af3.answers["GET /api/v2/variables/k"] = {"key": "k", "value": "v"}
    with client(server) as api:
        assert MonitoringApi(api).get_version().version == "3.3.2"
        assert MonitoringApi(api).get_health().metadatabase.status.value == "healthy"
        assert VariableApi(api).get_variable("k").value == "v"
    assert paths(server) == [
        "GET /api/v1/version",  # refused as Airflow 3 refuses it
        "GET /api/v2/version",  # the one probe, without credentials
        "GET /api/v2/version",  # the call, sent again: public, so without credentials too
        "GET /api/v2/monitor/health",  # public
        "POST /auth/token",  # username/password for a JWT, once, for the first call that needs it
        "GET /api/v2/variables/k",
    ]
    assert [r.header("Authorization") for r in server.requests[1:4]] == [None] * 3
    assert af3.tokens == 1


def test_a_write_refused_with_405_is_detected_too(server: LoopbackServer, af3: FakeAirflow3) -> None:
    af3.answers["POST /api/v2/variables"] = json_reply({"key": "k", "value": "v", "is_encrypted": True}, 201)
    with client(server) as api:
        assert VariableApi(api).post_variables(Variable(key="k", value="v")).value == "v"
    assert paths(server)[:2] == ["POST /api/v1/variables", "GET /api/v2/version"]


def test_pinned_versions(server: LoopbackServer, af3: FakeAirflow3) -> None:
    with client(server, api_version="v1") as api, pytest.raises(NotFoundException):
        MonitoringApi(api).get_version()
    assert paths(server) == ["GET /api/v1/version"]
    server.requests.clear()
    with client(server, api_version="v2") as api:
        MonitoringApi(api).get_version()
    assert paths(server) == ["GET /api/v2/version"]
    with pytest.raises(ApiValueError):
        Configuration(api_version="v3")


def test_the_row_of_the_servers_release_is_used_once_the_client_knows_it(
    server: LoopbackServer, af3: FakeAirflow3, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where a release has a row of its own (``VERSION_ROWS``), a call to that release goes by
    it once the client found the release (asked with no request of its own); on the newest,
    or while the release is not known (``api_version="v2"`` given), by the newest row."""
    from airflow_client.client import airflow3
    from airflow_client.client.api.dataset_api import DatasetApi

    used = []
    pick = airflow3.translation

    def spy(name: str, version: Optional[str] = None) -> Any:
        row = pick(name, version)
        used.append((name, version, row))
        return row

    monkeypatch.setattr(airflow3, "translation", spy)
    af3.answers["GET /api/v2/assets"] = {"assets": [], "total_entries": 0}
    af3.valid = {"jwt-1", "jwt-2", "jwt-3"}  # a token for each client
    for release, pinned, row in (
        ("3.0.6", {}, airflow3.VERSION_ROWS["get_datasets"][0]),
        ("3.3.2", {}, airflow3.TRANSLATIONS["get_datasets"]),
        ("3.0.6", {"api_version": "v2"}, airflow3.TRANSLATIONS["get_datasets"]),
    ):
        af3.version = release
        used.clear()
        with client(server, **pinned) as api:
            DatasetApi(api).get_datasets()
        assert used[-1][2] is row, (release, pinned, used[-1][:2])
    versions = [r.path for r in server.requests if r.path == "/api/v2/version"]
    assert len(versions) == 2  # one per client that found Airflow 3, none per call


def test_a_404_without_airflow3_behind_it_stays_a_404(server: LoopbackServer) -> None:
    server.reply(REMOVED)  # says so, but /api/v2/version is not Airflow 3
    with client(server) as api, pytest.raises(NotFoundException):
        MonitoringApi(api).get_version()
    assert paths(server) == ["GET /api/v1/version", "GET /api/v2/version"]


# -- auth ----------------------------------------------------------------------------------


def test_jwt_fetched_once_and_renewed_after_401(server: LoopbackServer, af3: FakeAirflow3) -> None:
    af3.answers["GET /api/v2/variables/k"] = {"key": "k", "value": "v"}
    with client(server, api_version="v2") as api:
        VariableApi(api).get_variable("k")
        VariableApi(api).get_variable("k")
        assert af3.tokens == 1
        af3.valid = {"jwt-2"}  # jwt-1 expired
        assert VariableApi(api).get_variable("k").value == "v"
    assert af3.tokens == 2
    assert paths(server).count("POST /auth/token") == 2
    assert server.last.header("Authorization") == "Bearer jwt-2"
    assert server.requests[0].json() == {"username": "admin", "password": "admin"}


def test_bad_password_raises_unauthorized(server: LoopbackServer, af3: FakeAirflow3) -> None:
    af3.answers["GET /api/v2/monitor/health"] = {"metadatabase": {"status": "healthy"}}
    with client(server, api_version="v2", password="wrong") as api:
        # health and version are answered to anyone, as on Airflow 2: no token is asked for them
        assert MonitoringApi(api).get_health().metadatabase.status.value == "healthy"
        with pytest.raises(UnauthorizedException) as info:
            VariableApi(api).get_variable("k")
    assert "Invalid credentials" in str(info.value)
    assert "wrong" not in str(info.value)


def test_access_token_is_used_as_is(server: LoopbackServer, af3: FakeAirflow3) -> None:
    af3.valid = {"given"}
    af3.answers["GET /api/v2/variables/k"] = {"key": "k", "value": "v"}
    with client(server, api_version="v2", username=None, password=None, access_token="given") as api:
        VariableApi(api).get_variable("k")
    assert paths(server) == ["GET /api/v2/variables/k"]
    assert server.last.header("Authorization") == "Bearer given"


# -- translation ---------------------------------------------------------------------------


def test_get_dag_runs_parameters_and_answer(server: LoopbackServer, af3: FakeAirflow3) -> None:
    af3.answers["GET /api/v2/dags/d/dagRuns"] = {"dag_runs": [RUN], "total_entries": 1}
    with client(server, api_version="v2") as api:
        runs = DAGRunApi(api).get_dag_runs(
            "d", execution_date_gte="2026-01-01T00:00:00+00:00", order_by="-execution_date", state=["queued"]
        )
    query = server.last.query
    assert query == {
        "limit": ["100"],
        "logical_date_gte": ["2026-01-01T00:00:00+00:00"],
        "state": ["queued"],
        "order_by": ["-logical_date"],
    }
    run = runs.dag_runs[0]
    assert run.execution_date.isoformat() == "2026-01-01T00:00:00+00:00"  # from run_after: no logical date
    assert run.run_type == "dataset_triggered"
    assert run.external_trigger is False
    # Airflow 3's own fields are not there: Airflow 2 never sent them
    assert not hasattr(run, "triggered_by") and "triggered_by" not in run.to_dict()
    assert "triggered_by" not in repr(run) and set(run.to_dict()) <= set(DAGRun.attribute_map)


def test_a_filter_airflow3_would_ignore_is_refused(
    server: LoopbackServer, af3: FakeAirflow3, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No row of the table leaves out a filter today (tries take limit/offset/order_by and answer
    # every try, as Airflow 2.10.5 did): one without its `limit` rule stands in for such a row.
    row = airflow3.TRANSLATIONS["get_task_instance_tries"]
    without_limit = copy.copy(row)
    without_limit.query = {name: rule for name, rule in row.query.items() if name != "limit"}
    monkeypatch.setitem(airflow3.TRANSLATIONS, "get_task_instance_tries", without_limit)
    with client(server, api_version="v2") as api, pytest.raises(NotSupportedOnServerError) as info:
        TaskInstanceApi(api).get_task_instance_tries("d", "r", "t", limit=1)
    assert (info.value.operation, info.value.parameter) == ("get_task_instance_tries", "limit")
    assert isinstance(info.value, OperationNotSupportedError)
    # A translation that does not carry a filter refuses it when given (never unfiltered data).
    from airflow_client.client.api.dag_run_api import _GET_DAG_RUNS

    tr = airflow3.Translation(query={"limit": airflow3.SAME})
    with pytest.raises(airflow3.Refused) as refused:
        airflow3.request(_GET_DAG_RUNS, tr, {"dag_id": "d", "execution_date_gte": "2026-01-01T00:00:00Z"})
    assert refused.value.parameter == "execution_date_gte"


def test_unsupported_operation_names_server_and_instead(server: LoopbackServer, af3: FakeAirflow3) -> None:
    with client(server) as api, pytest.raises(NotSupportedOnServerError) as info:
        UserApi(api).get_users()
    text = str(info.value)
    assert "get_users()" in text and "Airflow 3.3.2" in text and "simple_auth_manager_users" in text
    assert "users and roles need the FAB auth manager" in text
    assert info.value.status is None


def test_users_go_to_fab_when_the_server_has_it(server: LoopbackServer, af3: FakeAirflow3) -> None:
    af3.fab = True
    af3.answers["GET /auth/fab/v1/users"] = {
        "users": [{"username": "admin", "fail_login_count": 0}],
        "total_entries": 1,
    }
    af3.answers["GET /auth/fab/v1/permissions"] = {
        "actions": [
            {"action": {"name": "can_read"}, "resource": {"name": "DAGs"}},
            {"action": {"name": "can_read"}, "resource": {"name": "Pools"}},
            {"action": {"name": "can_edit"}, "resource": {"name": "DAGs"}},
        ],
        "total_entries": 3,
    }
    with client(server) as api:
        users = UserApi(api).get_users(limit=5)
        assert [(u.username, u.failed_login_count) for u in users.users] == [("admin", 0)]
        assert server.last.path == "/auth/fab/v1/users" and server.last.query == {"limit": ["5"]}
        from airflow_client.client.api.permission_api import PermissionApi

        actions = PermissionApi(api).get_permissions()
        assert ([a.name for a in actions.actions], actions.total_entries) == (["can_edit", "can_read"], 2)
    probes = [r for r in server.requests if r.path == "/auth/fab/v1/roles"]
    assert len(probes) == 1 and probes[0].header("Authorization") is None  # asked once, without credentials


def test_post_dag_run_body_and_patch_dag(server: LoopbackServer, af3: FakeAirflow3) -> None:
    af3.answers["POST /api/v2/dags/d/dagRuns"] = dict(RUN, logical_date="2026-01-02T00:00:00Z", run_type="manual")
    af3.answers["PATCH /api/v2/dags/d"] = {"dag_id": "d", "is_paused": True, "is_stale": False}
    with client(server, api_version="v2") as api:
        run = DAGRunApi(api).post_dag_run("d", DAGRun(dag_run_id="r1", conf={"a": 1}))
        sent = server.last.json()
        assert sorted(sent) == ["conf", "dag_run_id", "logical_date", "run_after"]  # now: Airflow 2's default
        assert sent["run_after"] == sent["logical_date"]  # so the run's id is made from it, as on Airflow 2
        assert run.external_trigger is True
        DAGRunApi(api).post_dag_run("d", DAGRun(execution_date="2026-01-02T00:00:00+00:00"))
        assert server.last.json() == {
            "logical_date": "2026-01-02T00:00:00+00:00",
            "run_after": "2026-01-02T00:00:00+00:00",
        }
        dag = DAGApi(api).patch_dag("d", DAG(is_paused=True), update_mask=["is_paused"])
    assert server.last.json() == {"is_paused": True}
    assert server.last.query == {"update_mask": ["is_paused"]}
    assert dag.is_active is True


def test_get_dags_fields_projected_and_dag_mapped(server: LoopbackServer, af3: FakeAirflow3) -> None:
    dag = {"dag_id": "d", "is_paused": False, "is_stale": True, "timetable_summary": "0 0 * * *", "tags": []}
    af3.answers["GET /api/v2/dags"] = {"dags": [dag], "total_entries": 1}
    with client(server, api_version="v2") as api:
        full = DAGApi(api).get_dags(only_active=False, limit=0).dags[0]
        assert server.last.query == {"limit": ["100"], "exclude_stale": ["false"]}
        assert full.is_active is False
        assert full.schedule_interval.value == "0 0 * * *"
        cut = DAGApi(api).get_dags(fields=["dag_id"]).dags[0]
    assert cut.to_dict() == {"dag_id": "d"}
    assert "fields" not in server.last.query


def test_dag_details_and_connection_as_airflow2_sent_them(server: LoopbackServer, af3: FakeAirflow3) -> None:
    """Found comparing the official client against Airflow 2.10.5 with this one against 3.3.2
    (test_differential_real.py): the fields gone in Airflow 3 as Airflow 2 gave them, an
    asset schedule and expression in Airflow 2's words, params with ``__class``, the search
    path under Airflow 2's name, no password, none of Airflow 3's own fields."""
    asset = {"asset": {"uri": "s3://b/a", "name": "a", "group": "asset", "id": 4}}
    af3.answers["GET /api/v2/dags/d/details"] = {
        "dag_id": "d",
        "is_stale": False,
        "timetable_summary": "Asset",
        "asset_expression": {"any": [asset, {"alias": {"name": "al", "group": ""}}]},
        "params": {"p": {"value": 1, "description": None, "schema": {}, "source": None}},
        "template_search_path": ["/t"],
        "bundle_name": "dags-folder",
        "tags": [{"name": "x", "dag_id": "d", "dag_display_name": "d"}],
    }
    conn = {"connection_id": "c", "conn_type": "http", "password": "***", "team_name": None}
    af3.answers["GET /api/v2/connections/c"] = conn
    with client(server, api_version="v2") as api:
        details = DAGApi(api).get_dag_details("d")
        got = ConnectionApi(api).get_connection("c")
    assert details.schedule_interval.to_dict() == {"type": "CronExpression", "value": "Dataset"}
    assert details.dataset_expression == {"any": ["s3://b/a", {"alias": "al"}]}
    assert details.params == {
        "p": {"__class": "airflow.models.param.Param", "value": 1, "description": None, "schema": {}}
    }
    assert details["template_searchpath"] == ["/t"] and not hasattr(details, "template_search_path")
    assert (details.default_view, details.orientation, details.pickle_id, details.last_pickled) == (
        "grid",
        "LR",
        None,
        None,
    )
    assert details.scheduler_lock is None and details.tags[0].to_dict() == {"name": "x"}
    assert "bundle_name" not in details.to_dict() and "timetable_summary" not in details.to_dict()
    assert got.to_dict() == {"connection_id": "c", "conn_type": "http"} and not hasattr(got, "password")


def test_plain_answers_in_the_2x_shape(server: LoopbackServer, af3: FakeAirflow3) -> None:
    """clear_dag_run and get_providers answer a plain dict on Airflow 3 too (as the official
    client does on 2.x), mapped to the 2.x shape, every date-time in Airflow 2's form; the
    items of dag_warnings are plain dicts with Airflow 2's timestamp."""
    ti = {"task_id": "t", "dag_id": "d", "dag_run_id": "r1", "logical_date": "2026-01-01T00:00:00Z", "state": None}
    af3.answers["POST /api/v2/dags/d/dagRuns/r1/clear"] = {**RUN, "start_date": "2026-01-01T00:00:01Z"}
    providers = {"providers": [{"package_name": "p", "version": "1.0", "description": "d"}], "total_entries": 1}
    af3.answers["GET /api/v2/providers"] = providers
    warning = {"dag_id": "d", "warning_type": "non-existent pool", "message": "m", "timestamp": "2026-01-01T00:00:03Z"}
    af3.answers["GET /api/v2/dagWarnings"] = {"dag_warnings": [warning], "total_entries": 1}
    with client(server, api_version="v2") as api:
        cleared = DAGRunApi(api).clear_dag_run("d", "r1", {"dry_run": False})
        af3.answers["POST /api/v2/dags/d/dagRuns/r1/clear"] = {"task_instances": [ti], "total_entries": 1}
        preview = DAGRunApi(api).clear_dag_run("d", "r1", ClearDagRun(dry_run=True))
        unchecked, status, _ = DAGRunApi(api).clear_dag_run(
            "d", "r1", {"dry_run": True}, _check_return_type=False, _return_http_data_only=False
        )
        listed = ProviderApi(api).get_providers()
        warnings = DagWarningApi(api).get_dag_warnings()
    assert type(cleared) is dict and json.loads(json.dumps(cleared)) == cleared
    assert (cleared["execution_date"], cleared["start_date"]) == (
        "2026-01-01T00:00:00+00:00",
        "2026-01-01T00:00:01+00:00",
    )
    assert (cleared["run_type"], cleared["external_trigger"], cleared["state"]) == (
        "dataset_triggered",
        False,
        "queued",
    )
    assert type(preview) is dict and type(preview["task_instances"][0]) is dict
    assert preview["task_instances"][0]["execution_date"] == "2026-01-01T00:00:00+00:00"
    assert type(unchecked) is dict and status == 200 and unchecked["task_instances"][0]["task_id"] == "t"
    assert type(listed) is dict and listed == providers
    item = warnings.dag_warnings[0]
    assert type(item) is dict and item == {**warning, "timestamp": "2026-01-01T00:00:03+00:00"}


def test_answers_in_airflow2_form(server: LoopbackServer, af3: FakeAirflow3) -> None:
    """Text date-times with ``+00:00`` (v2 writes ``Z``), nested ones too; a timedelta
    schedule as a ``TimeDelta``; a clear that does not reset the run unless asked."""
    ti = {
        "task_id": "t",
        "dag_id": "d",
        "dag_run_id": "r",
        "logical_date": "2026-01-01T00:00:00Z",
        "start_date": "2026-01-01T00:00:01.5Z",
        "end_date": None,
        "trigger": {"id": 1, "classpath": "x", "created_date": "2026-01-01T00:00:02Z"},
        "note": "ends in Z",
    }
    af3.answers["GET /api/v2/dags/d/dagRuns/r/taskInstances/t"] = ti
    af3.answers["GET /api/v2/dags/d"] = {"dag_id": "d", "is_stale": False, "timetable_summary": "1 day, 0:00:00"}
    af3.answers["POST /api/v2/dags/d/clearTaskInstances"] = {"task_instances": [], "total_entries": 0}
    with client(server, api_version="v2") as api:
        got = TaskInstanceApi(api).get_task_instance("d", "r", "t")
        raw = json.loads(TaskInstanceApi(api).get_task_instance("d", "r", "t", _preload_content=False).data)
        schedule = DAGApi(api).get_dag("d").schedule_interval
        DAGApi(api).post_clear_task_instances("d", ClearTaskInstances(dry_run=False, task_ids=["t"]))
        sent = server.last.json()
        DAGApi(api).post_clear_task_instances("d", ClearTaskInstances(dry_run=False, reset_dag_runs=True))
        asked = server.last.json()
    assert (got.start_date, got.execution_date) == ("2026-01-01T00:00:01.5+00:00", "2026-01-01T00:00:00+00:00")
    assert got.trigger.created_date == "2026-01-01T00:00:02+00:00"
    assert got.note == "ends in Z"  # only the date-times
    assert raw["start_date"] == got.start_date
    assert (type(schedule).__name__, schedule.days, schedule.seconds, schedule.microseconds) == ("TimeDelta", 1, 0, 0)
    assert sent["reset_dag_runs"] is False and asked["reset_dag_runs"] is True


def test_log_as_text_from_structured_events(server: LoopbackServer, af3: FakeAirflow3) -> None:
    events = [
        {"event": "::group::source"},
        {"timestamp": "2026-01-01T00:00:00Z", "event": "hello", "level": "info", "logger": "task", "lineno": 3},
    ]
    af3.answers["GET /api/v2/dags/d/dagRuns/r/taskInstances/t/logs/1"] = {"content": events, "continuation_token": "c"}
    with client(server, api_version="v2") as api:
        log = TaskInstanceApi(api).get_log("d", "r", "t", 1)
        text = TaskInstanceApi(api).get_log("d", "r", "t", 1, _accept="text/plain")
    assert log.content == "::group::source\n[2026-01-01T00:00:00Z] {task} INFO - hello lineno=3"
    assert log.continuation_token == "c"
    assert text == log.content
    assert server.last.header("Accept") == "application/json"


def test_unread_answers_are_the_2x_ones(server: LoopbackServer, af3: FakeAirflow3) -> None:
    """``_preload_content=False`` gives an unread urllib3 response, as there; on Airflow 3
    its body is what Airflow 2 would have sent, so code that reads it goes on working."""
    af3.answers["GET /api/v2/dags/d/dagRuns"] = {"dag_runs": [RUN], "total_entries": 1}
    af3.answers["GET /api/v2/dags/d/dagRuns/r/taskInstances/t/logs/1"] = {
        "content": [{"event": "hello"}],
        "continuation_token": None,
    }
    af3.answers["DELETE /api/v2/variables/v"] = Reply(204, b"", {})
    with client(server, api_version="v2") as api:
        runs = DAGRunApi(api)
        parsed = runs.get_dag_runs("d")
        raw = runs.get_dag_runs("d", _preload_content=False)
        assert api.last_response is raw
        assert not raw.closed and raw.status == 200
        body = json.loads(raw.data)
        assert raw.headers["Content-Type"] == "application/json"
        assert int(raw.headers["Content-Length"]) == len(raw.data)
        text = TaskInstanceApi(api).get_log("d", "r", "t", 1, _accept="text/plain", _preload_content=False)
        gone = VariableApi(api).delete_variable("v", _preload_content=False)
    assert body["dag_runs"][0]["execution_date"] == "2026-01-01T00:00:00Z"  # v2's run_after, as 2.x names it
    assert body["dag_runs"][0]["run_type"] == "dataset_triggered"
    assert DAGRunCollection.from_dict(body) == parsed
    assert text.data == b"hello" and text.headers["Content-Type"].startswith("text/plain")
    assert gone.status == 204 and gone.data == b""


def test_errors_keep_the_server_detail(server: LoopbackServer, af3: FakeAirflow3) -> None:
    af3.answers["GET /api/v2/variables/x"] = json_reply({"detail": "The Variable with key: `x` was not found"}, 404)
    with client(server, api_version="v2") as api, pytest.raises(NotFoundException) as info:
        VariableApi(api).get_variable("x")
    assert info.value.detail == "The Variable with key: `x` was not found"
    assert json.loads(info.value.body)["detail"].startswith("The Variable")


def _operations() -> Dict[str, Any]:
    import importlib
    import pkgutil

    import airflow_client.client.api as api_package

    ops = {}
    for info in pkgutil.iter_modules(api_package.__path__):
        module = importlib.import_module(f"{api_package.__name__}.{info.name}")
        ops.update({v.name: v for v in vars(module).values() if type(v).__name__ == "Operation"})
    return ops


def test_every_translation_names_real_operations_and_parameters() -> None:
    ops = _operations()
    assert len(ops) == 89
    assert set(airflow3.TRANSLATIONS) == set(ops)  # every one translated (the 11 FAB ones to /auth/fab/v1)
    for name, tr in airflow3.TRANSLATIONS.items():
        assert set(tr.query) <= set(ops[name].query), name
        assert set(tr.order_by) <= {"execution_date", "value"}, name
    assert set(airflow3.UNSUPPORTED) == set(airflow3.FAB_TRANSLATIONS)


def test_the_docs_table_is_the_declared_one() -> None:
    """docs/airflow3.md's operation table is airflow3.operation_table() (regenerate it with
    ``python -c 'from test.unit.test_airflow3 import write_docs_table; write_docs_table()'``)."""
    docs = (Path(__file__).resolve().parents[2] / "docs" / "airflow3.md").read_text()
    start, end = docs.index(DOCS_BEGIN) + len(DOCS_BEGIN) + 1, docs.index(DOCS_END)
    assert docs[start:end] == airflow3.operation_table(_operations())


DOCS_BEGIN = "<!-- operation table: generated from airflow3.py, checked by test/unit/test_airflow3.py -->"
DOCS_END = "<!-- end of the operation table -->"
VERSIONS_BEGIN = "<!-- version table: generated from airflow3.VERSION_ROWS, checked by test/unit/test_airflow3.py -->"
VERSIONS_END = "<!-- end of the version table -->"


def test_the_docs_version_table_is_the_declared_one() -> None:
    """docs/airflow3.md's table of the rows valid from/until a release is airflow3.version_table()
    (regenerated by write_docs_table, as the operation table)."""
    docs = (Path(__file__).resolve().parents[2] / "docs" / "airflow3.md").read_text()
    start, end = docs.index(VERSIONS_BEGIN) + len(VERSIONS_BEGIN) + 1, docs.index(VERSIONS_END)
    assert docs[start:end] == airflow3.version_table(_operations())


def write_docs_table() -> None:
    path = Path(__file__).resolve().parents[2] / "docs" / "airflow3.md"
    docs = path.read_text()
    start, end = docs.index(DOCS_BEGIN) + len(DOCS_BEGIN) + 1, docs.index(DOCS_END)
    docs = docs[:start] + airflow3.operation_table(_operations()) + docs[end:]
    start, end = docs.index(VERSIONS_BEGIN) + len(VERSIONS_BEGIN) + 1, docs.index(VERSIONS_END)
    path.write_text(docs[:start] + airflow3.version_table(_operations()) + docs[end:])
