"""Every operation of the pinned spec was called, successfully, by the integration suite.

Runs after all other integration tests (see conftest.py), reading what the
recording wrapper around ``ApiClient._invoke`` saw.  Run alone, or with only a
part of the suite, it fails by design: the table is only complete for the
whole of ``test/integration``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Set

from codegen.generate import snake
from codegen.spec import load_spec

REPO_ROOT = Path(__file__).resolve().parents[2]


def operation_table(operations: Dict[str, Any], called: Dict[str, Set[str]]) -> str:
    """A markdown table: every operation of the spec and the tests that called it."""
    lines = ["| operation | tests that called it with success |", "|---|---|"]
    for name in sorted(operations):
        tests = sorted(called.get(name, ()))
        shown = "<br>".join(t.split("::", 1)[-1] for t in tests[:4]) + (" ..." if len(tests) > 4 else "")
        lines.append(f"| {name} | {shown or '**MISSING**'} |")
    return "\n".join(lines) + "\n"


def test_every_operation_of_the_spec_was_called(operations_called: Dict[str, Set[str]]) -> None:
    operations = {
        snake(op["operationId"]): op
        for path_item in load_spec()["paths"].values()
        for op in path_item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert len(operations) == 89
    table = operation_table(operations, operations_called)
    out = REPO_ROOT / ".airflow-local" / "operation-table.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(table)
    missing = sorted(set(operations) - set(operations_called))
    assert not missing, f"{len(missing)} of 89 operations were never called with success:\n{table}"
