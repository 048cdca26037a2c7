"""Every operation of the pinned spec was called, successfully, by the integration suite,
or (on an older Airflow) answered as one the server does not have yet.

Runs after all other integration tests (see conftest.py), reading what the
recording wrapper around ``ApiClient._invoke`` saw: only calls that integration
tests made to the ``airflow_server`` fixture's Airflow count (``_gates.py``), so
the unit tests' loopback calls in the same session (``make test``) do not, and
the gate fails if it is given any other call.  Run alone, or with only a part of
the suite (``pytest test/unit test/integration/test_operation_table.py`` too),
it fails by design: the table is only complete for the whole of
``test/integration``.  On a server older than an operation's version
(``since``, see ``airflow_client``), the operation counts when the client
raised ``OperationNotSupportedError`` for it (the tests assert that, see
``not_there`` in conftest.py); on 2.10.5 every one of the 89 must have worked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Set

from codegen.generate import snake
from codegen.spec import load_spec
from test.integration._gates import Recorder, missing_operations, netloc
from test.integration._values import older


def operation_table(operations: Dict[str, Any], called: Dict[str, Set[str]], absent: Dict[str, str]) -> str:
    """A markdown table: every operation of the spec and the tests that called it."""
    lines = ["| operation | tests that called it with success |", "|---|---|"]
    for name in sorted(operations):
        tests = sorted(called.get(name, ()))
        shown = "<br>".join(t.split("::", 1)[-1] for t in tests[:4]) + (" ..." if len(tests) > 4 else "")
        if not shown and name in absent:
            shown = f"not there: {absent[name]}"
        lines.append(f"| {name} | {shown or '**MISSING**'} |")
    return "\n".join(lines) + "\n"


def test_every_operation_of_the_spec_was_called(
    operations_called: Dict[str, Set[str]],
    recorder: Recorder,
    operation_outcomes: Dict[str, Dict[str, Any]],
    airflow_version: str,
    airflow_server: Dict[str, Any],
) -> None:
    operations = {
        snake(op["operationId"]): op
        for path_item in load_spec()["paths"].values()
        for op in path_item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert len(operations) == 89
    # what the server does not have yet: the client said so, naming a version newer than the server's
    absent = {
        name: f"added in {found['not_supported']['since']}, the server runs {found['not_supported']['server_version']}"
        for name, found in operation_outcomes.items()
        if found.get("not_supported") and older(airflow_version, found["not_supported"]["since"])
    }
    table = operation_table(operations, operations_called, absent)
    out = Path(airflow_server["state_file"]).parent / "operation-table.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(table)
    missing = missing_operations(operations, recorder.calls, netloc(airflow_server["base_url"]), absent)
    assert not missing, f"{len(missing)} of 89 operations were never called with success:\n{table}"
