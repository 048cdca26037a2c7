"""Runtime behaviour that only a one-line change would break, each held by a test that
fails when that line is: the exception class of a 400 and a 409, ``null`` for a field
that may not be null, 3xx answers that are not followed, a POST after 301/302, a lone
string for a list parameter with input checks off, a wait that must not sleep past its
end, and the pieces of the runtime that moved (per-call options, auth, one exception
constructor, one version).  The official client's behaviour is the reference: these
were compared with ``apache-airflow-client==2.10.0`` on the same loopback answers."""

from __future__ import annotations

import time
from typing import Any

import pytest

import airflow_client.client as client
from airflow_client.client import ApiClient, ApiException, ApiValueError, Configuration
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.models import Pool
from test.loopback import LoopbackServer, Reply, json_reply

POOL = json_reply({"name": "p", "slots": 1})


# -- statuses the official client raises as ApiException itself ------------------------------


@pytest.mark.parametrize("status", [400, 409, 422])
def test_400_and_409_raise_api_exception_itself_as_there(server: LoopbackServer, api_client: ApiClient, status: int):
    """The official 2.10.0 has no BadRequestException or ConflictException: code catching a
    subclass would miss them there, so here too the class is exactly ApiException."""
    server.reply(json_reply({"title": "Conflict", "status": status}, status))
    with pytest.raises(ApiException) as info:
        PoolApi(api_client).post_pool(Pool(name="p", slots=1))
    assert type(info.value) is ApiException and info.value.status == status
    with pytest.raises(ApiException) as info:
        api_client.call_api("/pools", "POST", body={"name": "p"}, auth_settings=["Basic"])
    assert type(info.value) is ApiException and info.value.status == status


# -- null for a field that may not be null ---------------------------------------------------


def test_null_for_a_field_that_may_not_be_null_is_refused_before_sending(server, api_client):
    """A server may answer null for ``slots`` (kept, leniently); sending the model back
    would ask Airflow to store it: refused here, nothing sent."""
    server.reply_json({"name": "p", "slots": None})
    pool = PoolApi(api_client).get_pool("p")
    assert pool.slots is None
    with pytest.raises(ApiValueError, match="Pool.slots: null is not allowed here"):
        PoolApi(api_client).patch_pool("p", pool)
    assert [r.method for r in server.requests] == ["GET"]


# -- redirects -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        Reply(300, headers={"Location": "/api/v1/pools2"}),  # not a redirect urllib3 follows
        Reply(304, headers={"Location": "/api/v1/pools2"}),
        Reply(302),  # no Location
    ],
    ids=["300", "304", "302-without-location"],
)
def test_3xx_that_is_not_followed_is_raised(server, api_client, reply: Reply):
    server.queue(reply)
    server.reply(POOL)
    with pytest.raises(ApiException) as info:
        PoolApi(api_client).get_pool("p")
    assert type(info.value) is ApiException and info.value.status == reply.status
    assert len(server.requests) == 1


def test_redirects_stop_at_max_redirects(server: LoopbackServer):
    server.reply(Reply(302, headers={"Location": "/api/v1/pools/p"}))
    with ApiClient(Configuration(host=server.url, retries=0, max_redirects=2)) as c:
        with pytest.raises(ApiException) as info:
            PoolApi(c).get_pool("p")
    assert info.value.status == 302 and len(server.requests) == 3


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_post_after_a_redirect_is_sent_again_as_post_with_its_body(server, api_client, status: int):
    """As the official client (urllib3) does: only a 303 turns the request into a GET."""
    server.queue(Reply(status, headers={"Location": "/api/v1/pools2"}))
    server.reply(POOL)
    PoolApi(api_client).post_pool(Pool(name="p", slots=1))
    first, second = server.requests
    assert (second.method, second.path) == ("POST", "/api/v1/pools2")
    assert second.json() == first.json() == {"name": "p", "slots": 1}
    assert second.header("Content-Type") == "application/json"


def test_post_after_303_is_a_get_without_the_body(server, api_client):
    server.queue(Reply(303, headers={"Location": "/api/v1/pools/p"}))
    server.reply(POOL)
    PoolApi(api_client).post_pool(Pool(name="p", slots=1))
    second = server.requests[1]
    assert (second.method, second.body, second.header("Content-Type")) == ("GET", b"", None)


# -- a lone string for a list parameter ------------------------------------------------------


def test_a_lone_string_for_a_list_parameter_is_refused_as_the_official_client_does(server, api_client):
    with pytest.raises(client.ApiTypeError, match=r"tags must be a list of str, got str: 'a,b' \(give \['a,b'\]\)"):
        DAGApi(api_client).get_dags(tags="a,b")
    assert server.requests == []


def test_a_lone_string_for_a_list_parameter_unchecked_is_one_item(server, api_client):
    server.reply_json({"dags": [], "total_entries": 0})
    DAGApi(api_client).get_dags(tags="a,b", fields="dag_id", _check_input_type=False)
    assert server.last.query == {"tags": ["a,b"], "fields": ["dag_id"]}  # not one item per character


# -- waits that end in time ------------------------------------------------------------------


def test_waiting_for_a_run_never_sleeps_past_its_timeout(server, api_client):
    server.reply_json({"dag_run_id": "r1", "dag_id": "etl", "state": "running"})
    started = time.monotonic()
    with pytest.raises(client.DagRunWaitTimeout):
        client.wait_for_dag_run(api_client, "etl", "r1", timeout=0.3, poll_interval=30)
    assert time.monotonic() - started < 0.3 + 0.3


# -- what moved ------------------------------------------------------------------------------


def test_per_call_options_are_the_keys_of_request_options(server, api_client):
    from airflow_client.client.api_base import RequestOptions
    from airflow_client.client.api_client import CALL_OPTIONS

    assert CALL_OPTIONS == set(RequestOptions.__annotations__)
    assert "_deadline" in CALL_OPTIONS and "_request_timeout" in CALL_OPTIONS
    with pytest.raises(client.ApiTypeError, match="unexpected keyword argument '_dealine'"):
        DAGRunApi(api_client).get_dag_run("d", "r", _dealine=5)
    assert server.requests == []


def test_exceptions_built_from_a_response_carry_its_context(server, api_client):
    server.reply(json_reply({"title": "Busy", "status": 503}, 503, **{"Retry-After": "7"}))
    with pytest.raises(client.ServiceException) as info:
        DAGApi(api_client).get_dag("d")
    error = info.value
    assert (error.status, error.reason, error.title, error.retry_after) == (503, "Service Unavailable", "Busy", 7.0)
    assert (error.operation, error.method, error.url) == ("get_dag", "GET", f"{server.url}/api/v1/dags/d")
    assert isinstance(error.body, str) and error.headers["Retry-After"] == "7"
    assert ApiException(status=500).retry_after is None


@pytest.mark.parametrize(
    "value,seconds",
    [("120", 120.0), ("1.5", 1.5), ("-1", None), ("soon", None), ("nan", None), (None, None)],
)
def test_retry_after_seconds(value: Any, seconds: Any):
    from airflow_client.client.exceptions import retry_after_seconds

    assert retry_after_seconds(value) == seconds
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    future = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 100))
    assert 90 < (retry_after_seconds(future) or 0) <= 100


def test_the_version_is_written_once():
    """pyproject.toml reads it from the package; the debug report and User-Agent name it."""
    import re
    from pathlib import Path

    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    assert 'dynamic = ["version"]' in pyproject
    assert re.search(r'version = \{ ?attr = "airflow_client.client.__version__" ?\}', pyproject)
    assert not re.search(r'(?m)^version = "', pyproject)
    assert f"Version of the API: {client.__version__}" in Configuration().to_debug_report()
    assert ApiClient().user_agent.endswith("/" + client.__version__)


def test_credentials_are_their_own_object():
    from airflow_client.client.transport.auth import Credentials

    tokens = iter(["one", "two"])
    cfg = Configuration(access_token=lambda: next(tokens))
    credentials = Credentials()
    assert credentials.bearer(cfg) == credentials.bearer(cfg) == "Bearer one"
    assert credentials.bearer(cfg, stale="Bearer one") == "Bearer two"
    assert credentials.bearer(cfg, stale="Bearer one") == "Bearer two"  # refreshed once: "one" is not current
    assert Credentials().bearer(Configuration(access_token="t")) == "Bearer t"
