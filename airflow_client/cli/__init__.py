"""``airflow-client``: a command line for Airflow 2's REST API (``/api/v1``).

``airflow-client dags list``, ``airflow-client dags trigger etl --conf '{"day": 1}' --wait``,
``airflow-client logs etl RUN_ID load --follow``, and ``airflow-client call OPERATION
key=value ...`` for any of the API's operations.  ``airflow-client --help`` and
``docs/cli.md`` say the rest.

Nothing here is imported by ``import airflow_client.client``; this module itself
imports nothing until :func:`main` runs.

Exit codes (:data:`EXIT_CODES`): 0 success; 1 the API answered an error (or
``health`` found a component unhealthy); 2 a usage error (a wrong command,
option, argument or setting; a value the client refuses before sending); 3 the
server could not be reached (connection refused, DNS, TLS, proxy, timeout); 4 a
run waited for ended in a state other than ``success``; 5 a wait (``--wait``,
``runs wait``, ``logs --follow --timeout``) timed out.
"""

from __future__ import annotations

from typing import IO, Optional, Sequence

EXIT_OK = 0
EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_CONNECTION = 3
EXIT_RUN_FAILED = 4
EXIT_TIMEOUT = 5

#: Exit code -> what it means (shown by ``--help`` and in docs/cli.md).
EXIT_CODES = {
    EXIT_OK: "success",
    EXIT_API_ERROR: "the API answered an error (or `health` found a component unhealthy)",
    EXIT_USAGE: "usage error: wrong command, option, argument, setting or value",
    EXIT_CONNECTION: "the server could not be reached: connection, DNS, TLS, proxy or timeout",
    EXIT_RUN_FAILED: "a run that was waited for ended in a state other than success",
    EXIT_TIMEOUT: "a wait timed out (--wait, runs wait, logs --follow --timeout)",
}

__all__ = ["EXIT_CODES", "main"]


def main(
    argv: Optional[Sequence[str]] = None,
    *,
    stdout: Optional[IO[str]] = None,
    stderr: Optional[IO[str]] = None,
) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code.

    ``stdout``/``stderr`` replace the process's streams (for tests and embedding).
    """
    from airflow_client.cli._app import run

    return run(argv, stdout=stdout, stderr=stderr)
