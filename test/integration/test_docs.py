"""Every code block of the documentation runs against the local Airflow (docs that cannot rot).

What is collected, in this order, one test per block (id ``<file>:<line of the fence>``):

- the fenced blocks of ``README.md`` and of every ``docs/**/*.md`` (sorted); the python
  blocks of a file run in document order, in-process, with ``http://localhost:8080``
  replaced by the test server's URL and their output captured (shown when one fails);
  a block that raises fails with its file and line and the traceback (whose lines are
  the Markdown file's own). A block that shows a failure must catch it itself.
- shell blocks (``bash``, ``sh``, ``shell``, ``console``) are checked, not run: each
  ``make <target>`` must name a target of the Makefile and each relative path
  (``scripts/x.py``, ``test_python_client.py``) must exist (the folders that make
  creates, ``.venv``, ``.airflow-local`` and ``.cache``, are not checked). Other
  languages and text: nothing.
- the examples ``codegen/examples/<operationId>.py`` that no page embeds (yet) run as
  blocks of their own (id ``codegen/examples/<operationId>.py:1``); an example must print
  something. Once the generated pages embed them they run there, and only there.

Markers: HTML comments on the line(s) directly above a python fence,
``<!-- docs-test: KEY[=VALUE] [KEY[=VALUE] ...] -->``; in an example file, its leading
``# docs-test: KEY[=VALUE] ...`` lines (the generator turns them into that comment).
The keys:

- ``setup=a,b``: the named setups below run before the block and are undone after it
  (after the last block that continues it);
- ``continues``: the block runs in the namespace left by the previous python block of
  the same file (a snippet that goes on from another; the prose says so). Run alone
  (``-k``), a continuation first runs the blocks it continues;
- ``compile-only``: the block is compiled (its syntax checked), not run: for code that
  needs what the test cannot give (a Kerberos ticket, a proxy); say why in the prose.

An unknown key or setup name, a marker that is not right above a python fence, or a
continuation at the top of a file fails the file's test, so markers cannot rot.

The setups (context managers here; they act through the API only, never on the server's files):

- ``finished_run``: a successful run of ``example_bash_operator`` exists (found with
  ``get_dag_runs(state=["success"])``, or triggered with ``trigger_dag_run_and_wait``,
  the DAG unpaused only meanwhile). Made once per session and kept afterwards, for the
  next session.
- ``finished_mapped_run``: the same for ``example_dynamic_task_mapping_with_no_taskflow_operators``
  (``add_one`` mapped over [1, 2, 3], then ``sum_it``).
- ``queued_dataset_event``: ``dataset_consumes_unknown_never_scheduled`` (which waits for
  two datasets) is unpaused and one event on ``s3://unrelated/dataset3.txt`` waits in
  its queue; undone: the queue emptied, the DAG paused as before.

Leaving no trace for the other tests on the shared server: around each chain of blocks
(a block and those that continue it), for each DAG whose id its code names, ``is_paused`` is
restored and the DAG runs the chain created are deleted (not the kept runs of the setups); connections,
variables, pools, roles and users named ``docs_example...`` (the examples' names) are
deleted at the start and at the end of the session. Where the server's Airflow is older
than an operation a block calls, the client's ``OperationNotSupportedError`` out of the
block is accepted (and printed) rather than failed.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Sequence, Set, Tuple

import pytest

import airflow_client.client as client
from airflow_client.client.api.connection_api import ConnectionApi
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.dataset_api import DatasetApi
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.api.role_api import RoleApi
from airflow_client.client.api.user_api import UserApi
from airflow_client.client.api.variable_api import VariableApi
from airflow_client.client.model.create_dataset_event import CreateDatasetEvent
from airflow_client.client.model.dag import DAG
from test.integration._docs import (
    EXAMPLES_DIR,
    REPO_ROOT,
    SETUP_NAMES,
    Block,
    BlockFailed,
    DocsError,
    DocsRunner,
    SetupFactory,
    check_shell,
    collect_example,
    collect_markdown,
    documents,
)
from test.integration.conftest import client_config

FINISHED_DAG = "example_bash_operator"
MAPPED_DAG = "example_dynamic_task_mapping_with_no_taskflow_operators"
QUEUE_DAG = "dataset_consumes_unknown_never_scheduled"
QUEUE_DATASET = "s3://unrelated/dataset3.txt"
#: the prefix of every name an example gives what it creates
EXAMPLE_PREFIX = "docs_example"

# -- collection -------------------------------------------------------------------------------

#: file -> its python blocks in order (what a continuation continues)
PYTHON_BLOCKS: Dict[str, List[Block]] = {}


def _collect() -> List[Any]:
    params: List[Any] = []
    embedded: Set[str] = set()
    for path in documents():
        rel = path.relative_to(REPO_ROOT).as_posix()
        try:
            blocks = collect_markdown(path.read_text(), rel)
        except DocsError as exc:
            params.append(pytest.param(None, str(exc), id=f"{rel}:markers"))
            continue
        PYTHON_BLOCKS[rel] = [b for b in blocks if b.is_python]
        for block in blocks:
            if block.is_python or block.is_shell:
                params.append(pytest.param(block, "", id=block.id))
            if block.is_python:
                embedded.add(block.code.strip())
    for path in sorted(EXAMPLES_DIR.glob("*.py")):
        rel = path.relative_to(REPO_ROOT).as_posix()
        try:
            example = collect_example(path)
        except DocsError as exc:
            params.append(pytest.param(None, str(exc), id=f"{rel}:markers"))
            continue
        if example.code.strip() not in embedded:  # a page that embeds it runs it
            PYTHON_BLOCKS[rel] = [example]
            params.append(pytest.param(example, "", id=example.id))
    return params


BLOCKS = _collect()

# -- the setups -------------------------------------------------------------------------------

#: (dag_id, run_id) of the runs the setups made or found: kept, never swept
KEPT_RUNS: Set[Tuple[str, str]] = set()


def _ignore_not_found(call: Callable[..., Any], *args: Any) -> None:
    with contextlib.suppress(client.NotFoundException):
        call(*args)


def _set_paused(api: client.ApiClient, dag_id: str, paused: bool) -> None:
    DAGApi(api).patch_dag(dag_id, DAG(is_paused=paused), update_mask=["is_paused"])


def _finished_run(api: client.ApiClient, dag_id: str) -> None:
    """Make sure ``dag_id`` has a successful run (the newest is kept in KEPT_RUNS)."""
    found = DAGRunApi(api).get_dag_runs(dag_id, state=["success"], order_by="-end_date", limit=1).dag_runs
    if found:
        KEPT_RUNS.add((dag_id, str(found[0].dag_run_id)))
        return
    was_paused = bool(DAGApi(api).get_dag(dag_id).is_paused)
    run_id = f"docs_test_{uuid.uuid4().hex[:8]}"
    KEPT_RUNS.add((dag_id, run_id))
    try:
        run = client.trigger_dag_run_and_wait(
            api, dag_id, dag_run_id=run_id, conf={"from": "test_docs"}, unpause=True, timeout=300, poll_interval=1
        )
    finally:
        if was_paused:
            _set_paused(api, dag_id, True)
    state = getattr(run.state, "value", run.state)
    assert state == "success", f"the {dag_id} run made for the docs ended as {state!r}"


class Setups:
    """The named setups of the markers, over one lenient client of the test server."""

    def __init__(self, api: client.ApiClient) -> None:
        self.api = api
        self.made: Set[str] = set()

    def factories(self) -> Dict[str, SetupFactory]:
        factories: Dict[str, SetupFactory] = {
            "finished_run": lambda: self.once("finished_run", FINISHED_DAG),
            "finished_mapped_run": lambda: self.once("finished_mapped_run", MAPPED_DAG),
            "queued_dataset_event": self.queued_dataset_event,
        }
        assert set(factories) == set(SETUP_NAMES)
        return factories

    @contextlib.contextmanager
    def once(self, name: str, dag_id: str) -> Iterator[None]:
        if name not in self.made:
            _finished_run(self.api, dag_id)
            self.made.add(name)
        yield

    @contextlib.contextmanager
    def queued_dataset_event(self) -> Iterator[None]:
        datasets = DatasetApi(self.api)
        was_paused = bool(DAGApi(self.api).get_dag(QUEUE_DAG).is_paused)
        _ignore_not_found(datasets.delete_dag_dataset_queued_events, QUEUE_DAG)
        _set_paused(self.api, QUEUE_DAG, False)  # Airflow queues events only for DAGs that are not paused
        try:
            datasets.create_dataset_event(CreateDatasetEvent(dataset_uri=QUEUE_DATASET, extra={"from": "test_docs"}))
            yield
        finally:
            _ignore_not_found(datasets.delete_dag_dataset_queued_events, QUEUE_DAG)
            _set_paused(self.api, QUEUE_DAG, was_paused)


# -- leaving no trace ---------------------------------------------------------------------------


def _runs(api: client.ApiClient, dag_id: str) -> Set[str]:
    every = client.paginate(DAGRunApi(api).get_dag_runs, dag_id, page_size=100)
    return {str(run.dag_run_id) for run in every}


def _is_paused(api: client.ApiClient, dag_id: str) -> bool:
    return bool(DAGApi(api).get_dag(dag_id).is_paused)


def _paused(api: client.ApiClient) -> Dict[str, bool]:
    every = client.paginate(DAGApi(api).get_dags, page_size=100)
    return {dag.dag_id: bool(dag.is_paused) for dag in every}


class LeaveNoTrace:
    """Around a chain of blocks: delete the runs it made, restore every DAG's is_paused.

    Only the DAGs whose ids the chain's code names are watched (and the setups' DAGs, which
    restore themselves): a block can only act on a DAG it names, and another test session
    on the same server keeps its own DAGs and runs."""

    def __init__(self, api: client.ApiClient) -> None:
        self.api = api
        self.dag_ids: Set[str] = set(_paused(api))

    @contextlib.contextmanager
    def __call__(self, blocks: Sequence[Block]) -> Iterator[None]:
        api = self.api
        words = set(re.findall(r"[A-Za-z0-9_.-]+", "".join(block.code for block in blocks)))
        watched = sorted(words & self.dag_ids)
        paused = {dag_id: _is_paused(api, dag_id) for dag_id in watched}
        runs = {dag_id: _runs(api, dag_id) for dag_id in watched}
        try:
            yield
        finally:
            for dag_id in watched:
                for run_id in sorted(_runs(api, dag_id) - runs[dag_id]):
                    if (dag_id, run_id) not in KEPT_RUNS:
                        _ignore_not_found(DAGRunApi(api).delete_dag_run, dag_id, run_id)
                if _is_paused(api, dag_id) != paused[dag_id]:
                    _set_paused(api, dag_id, paused[dag_id])


def sweep(api: client.ApiClient) -> List[str]:
    """Delete the connections, variables, pools, roles and users named docs_example...; their names."""
    gone: List[str] = []
    kinds: List[Tuple[Callable[..., Any], str, str, Callable[[str], Any]]] = [
        (ConnectionApi(api).get_connections, "connections", "connection_id", ConnectionApi(api).delete_connection),
        (VariableApi(api).get_variables, "variables", "key", VariableApi(api).delete_variable),
        (PoolApi(api).get_pools, "pools", "name", PoolApi(api).delete_pool),
        (RoleApi(api).get_roles, "roles", "name", RoleApi(api).delete_role),
        (UserApi(api).get_users, "users", "username", UserApi(api).delete_user),
    ]
    for listing, _, field, delete in kinds:
        try:
            names = [getattr(item, field) for item in client.paginate(listing, page_size=100)]
        except client.NotSupportedOnServerError:  # Airflow 3's simple auth manager: no roles or users to sweep
            continue
        for name in names:
            if str(name).startswith(EXAMPLE_PREFIX):
                _ignore_not_found(delete, name)
                gone.append(str(name))
    return gone


# -- the command line's examples (docs/cli.md) -------------------------------------------------

#: ``$ airflow-client ...`` (or ``airflow-client ...``) in a shell block, with an optional ``# exit N``
_CLI_LINE = re.compile(r"^\s*(?:\$\s+)?(?P<command>airflow-client(?:\s.*?)?)\s*(?:#\s*exit\s+(?P<code>\d+)\s*)?$")


def cli_lines(block: Block) -> List[Tuple[int, str, int]]:
    """(line in the file, command, expected exit code) of each ``airflow-client`` line of a shell block."""
    found = []
    for offset, raw in enumerate(block.code.splitlines()):
        match = _CLI_LINE.match(raw)
        if match:
            found.append((block.first_code_line + offset, match["command"], int(match["code"] or 0)))
    return found


def run_cli_lines(block: Block, server: Dict[str, Any]) -> List[str]:
    """Run each ``airflow-client`` line of a shell block with ``bash -c``, against the test
    server (AIRFLOW_HOST, AIRFLOW_USERNAME, AIRFLOW_PASSWORD set; ``http://localhost:8080``
    replaced); each must exit 0, or the code its ``# exit N`` comment names."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW_")}
    bin_dir = str(Path(sys.executable).parent)  # where the venv's airflow-client script is
    env.update(
        PATH=bin_dir + os.pathsep + env.get("PATH", ""),
        AIRFLOW_HOST=server["base_url"],
        AIRFLOW_USERNAME=server["username"],
        AIRFLOW_PASSWORD=server["password"],
        XDG_CONFIG_HOME=str(REPO_ROOT / ".cache" / "docs-test-no-config"),
    )
    problems = []
    for line, command, expected in cli_lines(block):
        command = command.replace("http://localhost:8080", server["base_url"])
        proc = subprocess.run(["bash", "-c", command], env=env, capture_output=True, text=True, timeout=300)
        print(f"$ {command}\n{proc.stdout[:2000]}{proc.stderr[:2000]}")
        if proc.returncode != expected:
            problems.append(
                f"{block.rel}:{line}: `{command}` exited {proc.returncode}, expected {expected}: {proc.stderr.strip()[:500]}"
            )
    return problems


# -- the tests --------------------------------------------------------------------------------


def _tolerate(exc: BaseException) -> Any:
    if isinstance(exc, client.OperationNotSupportedError):
        return f"\n[accepted: the server's Airflow does not have this operation: {exc}]\n"
    return None


@pytest.fixture(scope="module")
def docs_runner(airflow_server: Dict[str, Any]) -> Iterator[DocsRunner]:
    with client.ApiClient(client_config(airflow_server)) as api:
        sweep(api)
        runner = DocsRunner(
            airflow_server["base_url"],
            Setups(api).factories(),
            around_chain=LeaveNoTrace(api),
            tolerate=_tolerate,
        )
        try:
            yield runner
        finally:
            runner.close()
            sweep(api)


@pytest.mark.parametrize("block, error", BLOCKS)
def test_block(block: Block, error: str, request: pytest.FixtureRequest) -> None:
    if block is None:
        pytest.fail(error, pytrace=False)
    if block.is_shell:
        problems = check_shell(block)
        assert not problems, "\n".join(problems)
        if cli_lines(block):
            problems = run_cli_lines(block, request.getfixturevalue("airflow_server"))
            assert not problems, "\n".join(problems)
        return
    runner: DocsRunner = request.getfixturevalue("docs_runner")
    try:
        output = runner.run(block, PYTHON_BLOCKS[block.rel])
    except BlockFailed as failed:
        pytest.fail(str(failed), pytrace=False)
    print(output, end="")
    if block.rel.startswith("codegen/examples/"):
        assert output.strip(), f"{block.id}: an example must print what it shows"


def test_every_document_was_collected() -> None:
    """The collection above saw README.md, the docs and the examples (no silent empty run)."""
    ids = [param.id for param in BLOCKS]
    assert any(i.startswith("README.md:") for i in ids)
    assert any(i.startswith("docs/") for i in ids)
    assert len(list(EXAMPLES_DIR.glob("*.py"))) >= 89
    assert Path(REPO_ROOT / "Makefile").exists()
