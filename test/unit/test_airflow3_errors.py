"""Airflow 3's errors raised as Airflow 2 shaped them (airflow3/errors.py), the 400 of a
state change without its run, and the tries' limit/offset/order_by answered as Airflow 2 did.

The fake Airflow 3 is test_airflow3's; the Airflow 2 answers compared with are the
problem documents Airflow 2.10.5 sends (test/compat/_canned.py), with its upper-case
reason phrases written on the wire.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Tuple

import pytest

from airflow_client.client import (
    ApiException,
    ForbiddenException,
    NotFoundException,
    ServiceException,
    UnauthorizedException,
)
from airflow_client.client.airflow3 import errors
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dataset_api import DatasetApi
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.models import DAG, Pool, UpdateTaskInstancesState
from test.compat import _canned
from test.loopback import LoopbackServer, Reply, json_reply
from test.unit.test_airflow3 import FakeAirflow3, client, paths

DOCS = "https://airflow.apache.org/docs/apache-airflow/2.10.5/stable-rest-api-ref.html#section/Errors/"


@pytest.fixture
def af3(server: LoopbackServer) -> FakeAirflow3:
    fake = FakeAirflow3()
    server.handler = fake
    return fake


def problem(error: ApiException) -> Dict[str, Any]:
    doc = json.loads(error.body)
    assert isinstance(doc, dict)
    return doc


def test_a_404_reads_as_airflow2s(server: LoopbackServer, af3: FakeAirflow3) -> None:
    said = {"detail": "The Dag with ID: `missing` was not found"}
    af3.answers["GET /api/v2/dags/missing"] = json_reply(said, 404)
    with client(server, api_version="v2") as api, pytest.raises(NotFoundException) as info:
        DAGApi(api).get_dag("missing")
    error = info.value
    assert (type(error), error.status, error.reason) == (NotFoundException, 404, "NOT FOUND")
    assert problem(error) == {"detail": said["detail"], "status": 404, "title": "Not Found", "type": DOCS + "NotFound"}
    assert error.body.endswith("}\n") and '\n  "detail": ' in error.body  # as Flask wrote it
    assert (error.title, error.detail, error.type) == ("Not Found", said["detail"], DOCS + "NotFound")
    assert error.problem == problem(error)
    # the server's own answer
    assert (error.server_status, error.server_reason) == (404, "Not Found")
    assert json.loads(error.server_body) == said
    assert error.headers["Content-Type"] == "application/json"  # the server's headers
    text = str(error)
    assert text.startswith("(404)\nReason: NOT FOUND\n") and "Title: Not Found\n" in text
    assert text.endswith(f"HTTP response body: {error.body}\n")


def test_a_422_is_airflow2s_400(server: LoopbackServer, af3: FakeAirflow3) -> None:
    said = {
        "detail": [
            {"type": "missing", "loc": ["body", "slots"], "msg": "Field required", "input": {"name": "p"}},
            {"type": "int_parsing", "loc": ["query", "limit"], "msg": "Input should be a valid integer", "input": "x"},
        ]
    }
    af3.answers["POST /api/v2/pools"] = json_reply(said, 422)
    with client(server, api_version="v2") as api, pytest.raises(ApiException) as info:
        PoolApi(api).post_pool(Pool(name="p", slots=1))
    error = info.value
    assert type(error) is ApiException and (error.status, error.reason) == (400, "BAD REQUEST")
    assert problem(error) == {
        "detail": "body.slots: Field required; query.limit: Input should be a valid integer",
        "status": 400,
        "title": "Bad Request",
        "type": DOCS + "BadRequest",
    }
    assert error.server_status == 422 and json.loads(error.server_body) == said


@pytest.mark.parametrize(
    "status, cls, reason, title, kind",
    [
        (400, ApiException, "BAD REQUEST", "Bad Request", "BadRequest"),
        (403, ForbiddenException, "FORBIDDEN", "Forbidden", "PermissionDenied"),
        (409, ApiException, "CONFLICT", "Conflict", "AlreadyExists"),
        (500, ServiceException, "INTERNAL SERVER ERROR", "Internal Server Error", "Unknown"),
        (418, ApiException, "I'M A TEAPOT", "I'm a Teapot", None),
    ],
)
def test_each_status_by_the_table(  # 401: test_bad_credentials_read_as_airflow2s
    server: LoopbackServer, af3: FakeAirflow3, status: int, cls: type, reason: str, title: str, kind: Any
) -> None:
    af3.answers["GET /api/v2/pools/p"] = json_reply({"detail": "said"}, status)
    with client(server, api_version="v2") as api, pytest.raises(cls) as info:
        PoolApi(api).get_pool("p")
    error = info.value
    assert type(error) is cls and (error.status, error.reason) == (status, reason)
    assert problem(error) == {
        "detail": "said",
        "status": status,
        "title": title,
        "type": DOCS + kind if kind else "about:blank",
    }
    assert error.server_status == status


def test_an_object_detail_gives_its_message(server: LoopbackServer, af3: FakeAirflow3) -> None:
    said = {"detail": {"reason": "Unique constraint violation", "statement": "hidden", "message": "Serious error"}}
    af3.answers["POST /api/v2/pools"] = json_reply(said, 409)
    with client(server, api_version="v2") as api, pytest.raises(ApiException) as info:
        PoolApi(api).post_pool(Pool(name="p", slots=1))
    assert (info.value.status, info.value.reason, info.value.detail) == (409, "CONFLICT", "Serious error")


def test_an_answer_not_airflow3s_is_raised_as_it_came(server: LoopbackServer, af3: FakeAirflow3) -> None:
    page = b"<html><body>502 Bad Gateway</body></html>"
    af3.answers["GET /api/v2/pools/p"] = Reply(502, page, {"Content-Type": "text/html"})
    with client(server, api_version="v2") as api, pytest.raises(ApiException) as info:
        PoolApi(api).get_pool("p")
    error = info.value
    assert (error.status, error.reason, error.body) == (502, "Bad Gateway", page.decode())
    assert (error.server_status, error.server_body) == (502, page.decode())


def test_a_lookups_error_too(server: LoopbackServer, af3: FakeAirflow3) -> None:
    af3.answers["GET /api/v2/assets"] = json_reply({"detail": "Forbidden"}, 403)
    with client(server, api_version="v2") as api, pytest.raises(ApiException) as info:
        DatasetApi(api).get_dataset("s3://x")
    assert (info.value.status, info.value.reason, info.value.title) == (403, "FORBIDDEN", "Forbidden")
    assert info.value.server_reason == "Forbidden"


def test_a_uri_no_asset_has_is_airflow2s_404(server: LoopbackServer, af3: FakeAirflow3) -> None:
    af3.answers["GET /api/v2/assets"] = {"assets": [], "total_entries": 0}
    with client(server, api_version="v2") as api, pytest.raises(NotFoundException) as info:
        DatasetApi(api).get_dataset("s3://x")
    error = info.value
    assert (error.status, error.reason, error.title) == (404, "NOT FOUND", "Not Found")
    assert error.detail == "The Dataset with uri: `s3://x` was not found"
    assert (error.server_status, error.server_reason, error.server_body) == (None, None, None)


def test_bad_credentials_read_as_airflow2s(server: LoopbackServer, af3: FakeAirflow3) -> None:
    with client(server, api_version="v2", password="wrong") as api, pytest.raises(UnauthorizedException) as info:
        PoolApi(api).get_pool("p")
    error = info.value
    assert (error.status, error.reason, error.title, error.detail) == (
        401,
        "UNAUTHORIZED",
        "Unauthorized",
        "Invalid credentials",
    )
    assert "wrong" not in str(error) and error.server_reason == "Unauthorized"


def test_a_token_airflow3_cannot_verify_is_airflow2s_401(server: LoopbackServer, af3: FakeAirflow3) -> None:
    """Airflow 3 refuses a bearer token it cannot verify with 403 "Invalid JWT token"; Airflow 2
    refused credentials it could not verify with 401 (seen running docs/guides/authentication.md
    against Airflow 3.3.2: the example catches UnauthorizedException)."""
    af3.answers["GET /api/v2/pools/p"] = json_reply({"detail": "Invalid JWT token"}, 403)
    af3.valid.add("jwt-2")  # the login again after the refusal gets a token refused the same way
    with client(server, api_version="v2") as api:
        with pytest.raises(UnauthorizedException) as info:
            PoolApi(api).get_pool("p")
        error = info.value
        assert (error.status, error.reason, error.title, error.detail) == (
            401,
            "UNAUTHORIZED",
            "Unauthorized",
            "Invalid JWT token",
        )
        assert (error.server_status, error.server_reason) == (403, "Forbidden")
        af3.answers["GET /api/v2/pools/p"] = json_reply({"detail": "Forbidden"}, 403)  # a denial stays one
        with pytest.raises(ForbiddenException) as denied:
            PoolApi(api).get_pool("p")
        assert (denied.value.status, denied.value.reason) == (403, "FORBIDDEN")


def _restarted(af3: FakeAirflow3, *valid: str) -> None:
    """The server restarted with a new secret key: the tokens it signed before are refused
    as it refuses a token it cannot verify."""
    af3.valid = set(valid)
    af3.refusal = json_reply({"detail": "Invalid JWT token"}, 403)


def test_a_login_refused_as_unverifiable_logs_in_again(server: LoopbackServer, af3: FakeAirflow3) -> None:
    af3.answers["GET /api/v2/pools/p"] = {"name": "p", "slots": 1}
    with client(server, api_version="v2") as api:
        assert PoolApi(api).get_pool("p").slots == 1  # logged in: jwt-1
        _restarted(af3, "jwt-2")
        assert PoolApi(api).get_pool("p").slots == 1
        assert paths(server)[-3:] == ["GET /api/v2/pools/p", "POST /auth/token", "GET /api/v2/pools/p"]
        assert server.requests[-1].header("Authorization") == "Bearer jwt-2"
        assert af3.tokens == 2
        _restarted(af3)  # the new JWT refused too: raised as Airflow 2's 401, after one more login
        with pytest.raises(UnauthorizedException) as info:
            PoolApi(api).get_pool("p")
        assert (info.value.status, info.value.server_status) == (401, 403) and af3.tokens == 3


def test_a_token_function_is_asked_again_after_an_unverifiable_token(server: LoopbackServer, af3: FakeAirflow3) -> None:
    af3.answers["GET /api/v2/pools/p"] = {"name": "p", "slots": 1}
    given = iter(["old", "new"])
    asked = []

    def token() -> str:
        asked.append(next(given))
        return asked[-1]

    _restarted(af3, "new")
    with client(server, api_version="v2", username=None, password=None, access_token=token) as api:
        assert PoolApi(api).get_pool("p").slots == 1
    assert asked == ["old", "new"]
    assert [r.header("Authorization") for r in server.requests if r.path == "/api/v2/pools/p"] == [
        "Bearer old",
        "Bearer new",
    ]


def test_a_permission_denied_asks_for_no_new_token(server: LoopbackServer, af3: FakeAirflow3) -> None:
    af3.answers["GET /api/v2/pools/p"] = json_reply({"detail": "Forbidden"}, 403)
    with client(server, api_version="v2") as api, pytest.raises(ForbiddenException):
        PoolApi(api).get_pool("p")
    assert af3.tokens == 1 and paths(server).count("GET /api/v2/pools/p") == 1


# -- what Airflow 2 answered where Airflow 3 answers 404 ------------------------------------


def test_the_tries_of_a_task_instance_not_there_are_an_empty_list_as_on_airflow2(
    server: LoopbackServer, af3: FakeAirflow3
) -> None:
    """Airflow 2.10.5 answered the tries of a task instance that is not there with 200 and an
    empty list; Airflow 3 answers 404 (found running the official client's documentation
    examples, with the official client against 2.10.5 and this one against 3.3.2)."""
    gone = {"detail": "The Task Instance with dag_id: `d`, run_id: `r`, task_id: `t` was not found"}
    af3.answers["GET /api/v2/dags/d/dagRuns/r/taskInstances/t/tries"] = json_reply(gone, 404)
    af3.answers["GET /api/v2/dags/d/dagRuns/r/taskInstances/t/2/tries"] = json_reply(gone, 404)
    af3.answers["GET /api/v2/dags/d/dagRuns/r/taskInstances/t"] = json_reply(gone, 404)
    with client(server, api_version="v2") as api:
        tis = TaskInstanceApi(api)
        tries = tis.get_task_instance_tries("d", "r", "t")
        assert (tries.task_instances, tries.total_entries) == ([], 0)
        mapped = tis.get_mapped_task_instance_tries("d", "r", "t", 2)
        assert (mapped.task_instances, mapped.total_entries) == ([], 0)
        data, status, headers = tis.get_task_instance_tries("d", "r", "t", _return_http_data_only=False)
        assert (data.total_entries, status, headers["Content-Type"]) == (0, 200, "application/json")
        unread = tis.get_task_instance_tries("d", "r", "t", _preload_content=False)
        assert (unread.status, json.loads(unread.data)) == (200, {"task_instances": [], "total_entries": 0})
        with pytest.raises(NotFoundException):  # the task instance itself: a 404, as on Airflow 2
            tis.get_task_instance("d", "r", "t")


# -- post_set_task_instances_state without its run ----------------------------------------


def test_set_state_without_a_run_is_airflow2s_400(server: LoopbackServer, af3: FakeAirflow3) -> None:
    form = UpdateTaskInstancesState(
        task_id="t",
        new_state="success",
        include_upstream=False,
        include_downstream=False,
        include_future=False,
        include_past=False,
    )
    with client(server, api_version="v2") as api, pytest.raises(ApiException) as info:
        DAGApi(api).post_set_task_instances_state("d", form)
    error = info.value
    assert type(error) is ApiException and (error.status, error.reason) == (400, "BAD REQUEST")
    assert problem(error) == {
        "detail": "{'_schema': ['Exactly one of execution_date or dag_run_id must be provided']}",
        "status": 400,
        "title": "Bad Request",
        "type": DOCS + "BadRequest",
    }
    assert error.server_status is None
    assert not [r for r in server.requests if r.path.startswith("/api/v2/dags")]  # nothing asked


# -- the order of Airflow 2's checks, where Airflow 3 checks the other way round ---------


def test_patch_dag_with_another_mask_is_airflow2s_400_before_the_dag_is_looked_for(
    server: LoopbackServer, af3: FakeAirflow3
) -> None:
    """Airflow 2 refused an ``update_mask`` other than ``["is_paused"]`` (400) before it looked
    for the DAG; Airflow 3 answers a DAG that is not there with 404 first (found running the
    official client's documentation examples against both)."""
    af3.answers["PATCH /api/v2/dags/missing"] = json_reply({"detail": "Dag with id: `missing` was not found"}, 404)
    with client(server, api_version="v2") as api, pytest.raises(ApiException) as info:
        DAGApi(api).patch_dag("missing", DAG(is_paused=True), update_mask=["is_paused", "tags"])
    error = info.value
    assert type(error) is ApiException and (error.status, error.reason) == (400, "BAD REQUEST")
    assert problem(error)["detail"] == "Only `is_paused` field can be updated through the REST API"
    assert not [r for r in server.requests if r.method == "PATCH"]  # nothing sent
    with client(server, api_version="v2") as api, pytest.raises(NotFoundException):  # the right mask: 404
        DAGApi(api).patch_dag("missing", DAG(is_paused=True), update_mask=["is_paused"])


def test_patch_pool_of_a_pool_not_there_is_airflow2s_404_before_its_name_is_checked(
    server: LoopbackServer, af3: FakeAirflow3
) -> None:
    """Airflow 2 looked for the pool (404) before it read the body; Airflow 3 refuses a body
    whose name differs from the path's (400) first.  The default pool's name is Airflow 2's
    400 before anything is asked."""
    af3.answers["GET /api/v2/pools/gone"] = json_reply({"detail": "The Pool with name: `gone` was not found"}, 404)
    af3.answers["GET /api/v2/pools/there"] = {"name": "there", "slots": 1, "include_deferred": False}
    renamed = {"detail": "Invalid body, pool name from request body doesn't match uri parameter"}
    af3.answers["PATCH /api/v2/pools/there"] = json_reply(renamed, 400)
    with client(server, api_version="v2") as api:
        pools = PoolApi(api)
        with pytest.raises(NotFoundException) as info:
            pools.patch_pool("gone", Pool(name="other", slots=2))
        assert (info.value.status, problem(info.value)["detail"]) == (404, "Pool with name:'gone' not found")
        assert not [r for r in server.requests if r.method == "PATCH"]
        with pytest.raises(ApiException) as info:  # there: Airflow 3's refusal of a rename passed on
            pools.patch_pool("there", Pool(name="other", slots=2))
        assert info.value.status == 400 and [r.path for r in server.requests if r.method == "PATCH"]
        asked = len(server.requests)
        with pytest.raises(ApiException) as info:
            pools.patch_pool("default_pool", Pool(name="mine", slots=2))
        assert (info.value.status, problem(info.value)["detail"]) == (400, "Default Pool's name can't be modified")
        assert len(server.requests) == asked  # nothing asked


def test_patch_user_without_its_required_fields_is_airflow2s_400_before_the_user_is_looked_for(
    server: LoopbackServer, af3: FakeAirflow3
) -> None:
    """Airflow 2 loaded a patched user with its schema (400) before it looked for the user;
    FAB on Airflow 3 answers a user that is not there with 404 first (the official client's
    ``patch_user`` example, an empty ``User()`` for a user that is not there)."""
    from airflow_client.client.api.user_api import UserApi
    from airflow_client.client.models import User

    af3.fab = True
    gone = {"detail": "The User with username `nobody` was not found"}
    af3.answers["PATCH /auth/fab/v1/users/nobody"] = json_reply(gone, 404)
    with client(server) as api:
        users = UserApi(api)
        with pytest.raises(ApiException) as info:
            users.patch_user("nobody", User(email="n@example.com"))
        assert (info.value.status, info.value.reason) == (400, "BAD REQUEST")
        assert problem(info.value)["detail"] == (
            "{'first_name': ['Missing data for required field.'], 'last_name': ['Missing data for required field.'], "
            "'username': ['Missing data for required field.']}"
        )
        assert not [r for r in server.requests if r.path.startswith("/auth/fab/v1/users")]  # not asked
        with pytest.raises(NotFoundException):  # a whole user: FAB is asked, and its 404 passed on
            users.patch_user("nobody", User(first_name="n", last_name="b", username="nobody", email="n@example.com"))


# -- tries: limit, offset, order_by as Airflow 2 took them ------------------------------


def _try(number: int, state: str) -> Dict[str, Any]:
    return {"task_id": "t", "dag_id": "d", "dag_run_id": "r", "map_index": -1, "try_number": number, "state": state}


def test_tries_take_limit_offset_and_order_by_and_answer_every_try(server: LoopbackServer, af3: FakeAirflow3) -> None:
    every = {"task_instances": [_try(1, "failed"), _try(2, "failed"), _try(3, "success")], "total_entries": 3}
    af3.answers["GET /api/v2/dags/d/dagRuns/r/taskInstances/t/tries"] = every
    af3.answers["GET /api/v2/dags/d/dagRuns/r/taskInstances/t/2/tries"] = every
    with client(server, api_version="v2") as api:
        tis = TaskInstanceApi(api)
        tries = tis.get_task_instance_tries("d", "r", "t", limit=1, offset=1, order_by="-try_number")
        assert server.last.query == {"map_index": ["-1"]}  # Airflow 3 answers every try
        mapped = tis.get_mapped_task_instance_tries("d", "r", "t", 2, limit=2)
        assert server.last.query == {}
    # Airflow 2.10's handler had no limit, offset or order_by: every try, in its order
    for answer in (tries, mapped):
        assert [t.try_number for t in answer.task_instances_history] == [1, 2, 3]
        assert answer.total_entries == 3


# -- differential: the same mistake on Airflow 2 and on Airflow 3 ---------------------------


def _airflow2_raw(answer: Tuple[int, Dict[str, str], bytes], reason: str) -> Reply:
    status, headers, body = answer
    head = f"HTTP/1.1 {status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    head += f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    return Reply(raw=head.encode() + body, close=True)


@pytest.mark.parametrize(
    "canned, reason, said, status",
    [
        ("conflict_pool", "CONFLICT", "Pool: etl already exists", 409),
        ("forbidden", "FORBIDDEN", "You do not have permission to perform this action", 403),
        ("bad_request_conf", "BAD REQUEST", "{'conf': ['Not a valid mapping type.']}", 422),
    ],
)
def test_the_same_as_on_airflow2(
    server: LoopbackServer, af3: FakeAirflow3, canned: str, reason: str, said: str, status: int
) -> None:
    def seen(error: ApiException) -> Tuple[Any, ...]:
        return (type(error), error.status, error.reason, error.title, error.detail, error.type, problem(error))

    af3.answers["POST /api/v2/pools"] = json_reply({"detail": said}, status)
    with client(server, api_version="v2") as api, pytest.raises(ApiException) as on3:
        PoolApi(api).post_pool(Pool(name="etl", slots=1))
    server.handler = None
    server.reply(_airflow2_raw(_canned.ANSWERS[canned], reason))
    with client(server, api_version="v1") as api, pytest.raises(ApiException) as on2:
        PoolApi(api).post_pool(Pool(name="etl", slots=1))
    assert seen(on3.value) == seen(on2.value)
    assert on2.value.server_status == on2.value.status  # on Airflow 2: the answer itself


def test_the_table_is_airflow2s_exceptions() -> None:
    """Each row is Airflow 2.10.5's exception class default (api_connexion/exceptions.py)."""
    assert {s: (e.status, e.title, e.kind) for s, e in errors.AIRFLOW2_ERRORS.items()} == {
        400: (400, "Bad Request", "BadRequest"),
        401: (401, "Unauthorized", "Unauthenticated"),
        403: (403, "Forbidden", "PermissionDenied"),
        404: (404, "Not Found", "NotFound"),
        405: (405, "Method Not Allowed", "MethodNotAllowed"),
        409: (409, "Conflict", "AlreadyExists"),
        422: (400, "Bad Request", "BadRequest"),
        500: (500, "Internal Server Error", "Unknown"),
    }
    assert all(e.reason == e.reason.upper() for e in errors.AIRFLOW2_ERRORS.values())


def test_a_try_has_the_fields_airflow2_sent() -> None:
    """The tries' fields, written out in the translation (which imports no model), are the
    2.x ``TaskInstanceHistory``'s."""
    from airflow_client.client.airflow3.shapes import TRY_FIELDS
    from airflow_client.client.models import TaskInstanceHistory

    assert TRY_FIELDS == set(TaskInstanceHistory.attribute_map.values())


def test_a_clear_with_dates_that_are_none_is_airflow2s_400_before_sending(
    server: LoopbackServer, af3: FakeAirflow3
) -> None:
    """Airflow 2's schema refused a ``start_date``/``end_date`` that is no date-time (400, in
    marshmallow's words) before it looked for the DAG; Airflow 3.0.6 and 3.1.8 answer such a
    body with 500 (the official client's documentation example of post_clear_task_instances)."""
    from airflow_client.client.models import ClearTaskInstances

    body = ClearTaskInstances(dry_run=True, start_date="start_date_example", end_date="end_date_example")
    with client(server, api_version="v2") as api, pytest.raises(ApiException) as info:
        DAGApi(api).post_clear_task_instances("dag_id_example", body)
    error = info.value
    assert type(error) is ApiException and (error.status, error.reason) == (400, "BAD REQUEST")
    assert problem(error)["detail"] == (
        "{'start_date': ['Not a valid datetime.'], 'end_date': ['Not a valid datetime.']}"
    )
    assert not [r for r in server.requests if r.method == "POST" and "clearTaskInstances" in r.path]
    naive = ClearTaskInstances(dry_run=True, start_date="2024-01-01T00:00:00")
    with client(server, api_version="v2") as api, pytest.raises(ApiException) as info:
        DAGApi(api).post_clear_task_instances("dag_id_example", naive)
    assert problem(info.value)["detail"] == "{'start_date': ['Naive datetime is disallowed']}"
    af3.answers["POST /api/v2/dags/etl/clearTaskInstances"] = {"task_instances": [], "total_entries": 0}
    given = ClearTaskInstances(dry_run=True, start_date="2024-01-01T00:00:00+00:00")
    with client(server, api_version="v2") as api:
        assert DAGApi(api).post_clear_task_instances("etl", given).task_instances == []
    assert server.last.json()["start_date"] == "2024-01-01T00:00:00+00:00"
