"""What the integration suite's two gates take as evidence, and the gates themselves.

``conftest.py`` wraps ``ApiClient._invoke``/``_decode`` for the whole pytest session
(under ``make test`` the unit tests run in it too).  A call is evidence only when an
integration test (its setup, call or teardown: module fixtures included) made it to
the real Airflow of the ``airflow_server`` fixture (same ``host:port``); the unit
tests' loopback calls, calls outside any test and replays on loopback are not.

The recorder keeps, with every successful call and every answer, who made it and
where it went (:class:`Call`), and each gate checks that again: fed a call that is
not evidence, it fails naming it, instead of counting it.  test/unit/test_gates.py
feeds them loopback calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Mapping, Optional, Set, Tuple
from urllib.parse import urlsplit


def netloc(url: str) -> str:
    """``http://127.0.0.1:8080/api/v1`` -> ``127.0.0.1:8080`` (the port made explicit)."""
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme, 0)
    return f"{(parts.hostname or '').lower()}:{port}"


@dataclass(frozen=True)
class Call:
    """One call the recorder saw: the operation, the test that made it (node id), whether
    that test is an integration test, and the ``host:port`` it went to."""

    operation: str
    test: str
    integration: bool
    where: str


@dataclass(frozen=True)
class Answer:
    """A real server's 2xx JSON answer, with the call that got it."""

    op: Any
    params: Dict[str, Any]
    body: bytes
    call: Call


class Recorder:
    """Decides which calls count, and keeps them."""

    def __init__(self) -> None:
        #: ``host:port`` of the real Airflow, once the airflow_server fixture has it
        self.server: Optional[str] = None
        #: node id of the test being run (setup, call and teardown), and whether it is an integration test
        self.test: Optional[str] = None
        self.integration = False
        #: False while the real_answers fixture replays answers on loopback
        self.on = True
        #: operation -> node ids of the integration tests in which it returned a 2xx answer
        self.called: Dict[str, Set[str]] = {}
        self.calls: List[Call] = []
        #: operation -> its first 2xx JSON answer from the real server
        self.answers: Dict[str, Answer] = {}

    def call(self, operation: str, host: str) -> Optional[Call]:
        """The :class:`Call` to record for a call of ``operation`` to ``host`` now, or
        None when it is no evidence (not an integration test, not the real server)."""
        if not self.on or self.test is None or not self.integration or self.server is None:
            return None
        where = netloc(host)
        if where != self.server:
            return None
        return Call(operation, self.test, True, where)

    def succeeded(self, call: Call) -> None:
        self.calls.append(call)
        self.called.setdefault(call.operation, set()).add(call.test)

    def answered(self, call: Call, op: Any, params: Dict[str, Any], body: bytes) -> None:
        self.answers.setdefault(call.operation, Answer(op, dict(params), body, call))


class NotEvidence(AssertionError):
    """A gate was given a call that an integration test did not make to the real server."""


def check_evidence(calls: Iterable[Call], server: str) -> None:
    """Raise :class:`NotEvidence` naming every call that is not evidence for ``server``."""
    bad = [c for c in calls if not (c.integration and c.where == server and c.test.startswith("test/integration/"))]
    if bad:
        shown = "\n".join(f"  {c.operation} by {c.test} (integration: {c.integration}) to {c.where}" for c in bad[:10])
        raise NotEvidence(f"{len(bad)} recorded calls are not integration tests' calls to {server}:\n{shown}")


def missing_operations(
    operations: Iterable[str], calls: Iterable[Call], server: str, absent: Optional[Mapping[str, str]] = None
) -> List[str]:
    """The gate of test_operation_table.py: the operations that no integration test
    called with success on ``server`` (and that the server has: not in ``absent``).
    Raises :class:`NotEvidence` if any call is not such evidence."""
    calls = list(calls)
    check_evidence(calls, server)
    called = {c.operation for c in calls}
    return sorted(set(operations) - called - set(absent or {}))


def real_answers(answers: Mapping[str, Answer], server: str) -> Dict[str, Tuple[Any, Dict[str, Any], bytes]]:
    """The gate of test_real_answers_mutated.py: the recorded answers as (operation,
    parameters, body), after checking that each came from ``server`` in an integration
    test; raises :class:`NotEvidence` otherwise."""
    check_evidence((a.call for a in answers.values()), server)
    mismatched = [name for name, a in answers.items() if a.call.operation != name]
    if mismatched:
        raise NotEvidence(f"answers filed under another operation's name: {mismatched[:10]}")
    return {name: (a.op, a.params, a.body) for name, a in answers.items()}
