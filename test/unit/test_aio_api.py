"""The awaitable API classes (``airflow_client.client.aio.api``): one per sync class, each
method a coroutine with the sync method's signature that runs the sync module's own
``Operation`` with the same parameters; a type checker knows what an awaited call gives."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Dict, List, Mapping, Tuple

import pytest

from airflow_client.client import apis
from airflow_client.client.aio import api as aio_apis
from airflow_client.client.aio.api_base import AsyncApi
from airflow_client.client.core.operation import Operation
from codegen.generate import snake
from test.unit.test_every_operation import CASES, sample

REPO = Path(__file__).resolve().parents[2]
CLASSES = sorted(apis.API_MODULES)
SENTINEL = object()

Recorded = Tuple[Operation, Dict[str, Any], Dict[str, Any]]


def public_methods(cls: type) -> List[str]:
    return sorted(name for name, value in vars(cls).items() if not name.startswith("_") and callable(value))


def test_every_sync_class_has_an_async_one() -> None:
    assert sorted(aio_apis.API_MODULES) == CLASSES
    assert aio_apis.API_MODULES == apis.API_MODULES  # the same module names
    assert len(CLASSES) == 19


@pytest.mark.parametrize("name", CLASSES)
def test_the_async_class_has_the_sync_signatures(name: str) -> None:
    sync_cls, async_cls = getattr(apis, name), getattr(aio_apis, name)
    assert async_cls.__name__ == name and issubclass(async_cls, AsyncApi)
    assert async_cls.__module__ == f"airflow_client.client.aio.api.{apis.API_MODULES[name]}"
    assert public_methods(async_cls) == public_methods(sync_cls) != []
    for method in public_methods(sync_cls):
        sync_method, async_method = getattr(sync_cls, method), getattr(async_cls, method)
        assert inspect.iscoroutinefunction(async_method), method
        assert not inspect.iscoroutinefunction(sync_method), method
        sync_sig, async_sig = inspect.signature(sync_method), inspect.signature(async_method)
        # parameters (names, kinds, defaults, annotations as written) and the return annotation
        assert async_sig == sync_sig, method
        assert str(async_sig) == str(sync_sig), method
        assert async_sig.return_annotation == sync_sig.return_annotation, method
        assert async_method.__doc__.split("\n", 1)[0] == sync_method.__doc__.split("\n", 1)[0], method
        assert f":meth:`{sync_cls.__module__}.{name}.{method}`" in async_method.__doc__, method


@pytest.mark.parametrize("name", CLASSES)
def test_the_async_module_declares_no_operation_of_its_own(name: str) -> None:
    """Every ``Operation`` the async module holds is the sync module's object, by name."""
    sync_module = importlib.import_module(f"airflow_client.client.api.{apis.API_MODULES[name]}")
    async_module = importlib.import_module(f"airflow_client.client.aio.api.{apis.API_MODULES[name]}")
    held = {key: value for key, value in vars(async_module).items() if isinstance(value, Operation)}
    declared = {key: value for key, value in vars(sync_module).items() if isinstance(value, Operation)}
    assert held.keys() == declared.keys() != set()
    assert all(held[key] is declared[key] for key in held)


class FakeAsyncClient:
    """Stands for an ``AsyncApiClient``: records what ``call`` is given."""

    def __init__(self) -> None:
        self.calls: List[Recorded] = []

    async def call(self, op: Operation, options: Mapping[str, Any], /, **params: Any) -> Any:
        await asyncio.sleep(0)  # a real suspension: the method must await it
        self.calls.append((op, dict(options), params))
        return SENTINEL


@pytest.mark.parametrize("tag,op", CASES, ids=[f"{t}Api.{op.id}" for t, op in CASES])
def test_the_async_method_runs_the_sync_methods_operation(tag: str, op: Any) -> None:
    sync_module = importlib.import_module(f"airflow_client.client.api.{snake(tag)}_api")
    async_module = importlib.import_module(f"airflow_client.client.aio.api.{snake(tag)}_api")
    # every parameter given (the optional ones too, so each is seen passed on), by name
    args: Dict[str, Any] = {p.name: sample(p.type, n) for n, p in enumerate(op.parameters)}
    if op.body is not None:
        args[op.body.argument] = {"name": "x"}
    options = {"_request_timeout": 5, "_headers": {"X-Test": "1"}}

    sync_calls: List[Recorded] = []

    def record(op: Operation, options: Mapping[str, Any], /, **params: Any) -> Any:
        sync_calls.append((op, dict(options), params))
        return SENTINEL

    sync_api = getattr(sync_module, f"{tag}Api")(object())  # no client is reached: _call is the recorder
    sync_api._call = record
    assert getattr(sync_api, op.id)(**args, **options) is SENTINEL

    client = FakeAsyncClient()
    async_api = getattr(async_module, f"{tag}Api")(client)
    coroutine = getattr(async_api, op.id)(**args, **options)
    assert inspect.iscoroutine(coroutine) and client.calls == []  # nothing runs until awaited
    assert asyncio.run(coroutine) is SENTINEL

    assert len(sync_calls) == len(client.calls) == 1
    (sync_op, sync_options, sync_params), (async_op, async_options, async_params) = sync_calls[0], client.calls[0]
    assert async_op is sync_op and sync_op.name == op.id
    assert async_options == sync_options == options
    assert async_params.keys() == sync_params.keys() == args.keys()
    assert all(async_params[key] is sync_params[key] is args[key] for key in args)


def test_the_base_hands_the_call_to_the_client() -> None:
    client = FakeAsyncClient()
    api = aio_apis.DAGApi(client)
    assert api.api_client is client
    assert repr(api) == f"DAGApi({client!r})"
    assert asyncio.run(api.get_dag("x")) is SENTINEL
    op, options, params = client.calls[0]
    assert (op.name, options, params) == ("get_dag", {}, {"dag_id": "x", "fields": None})


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_sync_package_does_not_import_the_async_one() -> None:
    out = _run(
        """
        import sys
        import airflow_client.client
        from airflow_client.client.api.dag_api import DAGApi
        from airflow_client.client.apis import TaskInstanceApi
        print(sorted(name for name in sys.modules if name.startswith("airflow_client.client.aio")))
        """
    )
    assert out.strip() == "[]"


def test_an_async_module_imports_no_model() -> None:
    """The models of the annotations are imported for type checkers only, as the sync modules do."""
    out = _run(
        """
        import sys
        from airflow_client.client.aio.api import DAGApi, TaskInstanceApi
        print(sorted(name for name in sys.modules if name.startswith("airflow_client.client.model.")))
        """
    )
    assert out.strip() == "[]"


def test_mypy_knows_what_an_awaited_call_returns(tmp_path: Path) -> None:
    program = tmp_path / "program.py"
    program.write_text(
        textwrap.dedent(
            """
            from airflow_client.client.aio.api import DAGApi
            from airflow_client.client.aio.client import AsyncApiClient


            async def f(c: AsyncApiClient) -> None:
                api = DAGApi(c)
                dag = await api.get_dag("x", fields=["dag_id"], _request_timeout=5)
                reveal_type(dag)
                reveal_type(await api.get_dag_source("x"))
                await api.delete_dag("x")
            """
        )
    )
    # the program's own errors only: the package's are `make typecheck`'s (mypy airflow_client)
    command = ["--strict", "--follow-imports=silent", "--cache-dir", str(tmp_path / "cache"), str(program)]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", *command],
        capture_output=True,
        text=True,
        cwd=REPO,  # the package is found here (an editable install's import hook is not read by mypy)
        timeout=300,
    )
    notes = [line for line in result.stdout.splitlines() if "Revealed type" in line]
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(notes) == 2, result.stdout
    assert 'Revealed type is "airflow_client.client.model.dag.DAG"' in notes[0]
    assert "airflow_client.client.model.inline_response200.InlineResponse200, builtins.str" in notes[1]
