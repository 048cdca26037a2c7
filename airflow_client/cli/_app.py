"""The ``airflow-client`` command line: one run, its errors and exit codes.

:func:`run` parses the arguments (:mod:`._parser`), runs the command's handler
(:mod:`._commands`, :mod:`._waiting`, :mod:`._resources`) with a
:class:`~._context.Context`, and turns every error into one line and an exit code
(:func:`describe_error`).

Why :mod:`argparse`: it is in the standard library, so the command line adds no
dependency, and it imports in a few milliseconds, which matters for a one-shot
process (a CI step, a DAG task).  ``rich``, when installed, only draws the tables
on a terminal; everything else is plain text.
"""

from __future__ import annotations

import os
import sys
from typing import IO, Optional, Sequence

from airflow_client.cli import EXIT_API_ERROR, EXIT_CONNECTION, EXIT_TIMEOUT, EXIT_USAGE
from airflow_client.cli._commands import cmd_call
from airflow_client.cli._context import PROG, Context, UsageError
from airflow_client.cli._parser import Exit, Parser, build_parser, call_options, refuse_secret_flags


def run(argv: Optional[Sequence[str]], stdout: Optional[IO[str]] = None, stderr: Optional[IO[str]] = None) -> int:
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    Parser.streams = {"out": out, "err": err}
    args_list = list(sys.argv[1:] if argv is None else argv)
    ctx: Optional[Context] = None
    try:
        refuse_secret_flags(args_list)
        parser = build_parser()
        args = parser.parse_args(args_list)
        if getattr(args, "handler", None) is cmd_call:
            call_options(args)
        ctx = Context(args, out, err, os.environ)
        return int(args.handler(ctx, args))
    except Exit as exc:
        return exc.code
    except KeyboardInterrupt:
        if ctx is not None:
            ctx.end_progress()
        err.write(f"{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:  # `airflow-client dags list | head`
        _silence_stdout()
        return 0
    except Exception as exc:  # noqa: BLE001 - every error becomes one line and an exit code
        if ctx is not None:
            ctx.end_progress()
        code, line = describe_error(exc)
        secrets = ctx.settings.secrets() if ctx is not None and ctx.settings is not None else []
        for secret in secrets:
            line = line.replace(secret, "***")
        err.write(f"{PROG}: {line}\n")
        return code
    finally:
        if ctx is not None:
            ctx.close()
        Parser.streams = {}


def describe_error(exc: BaseException) -> "tuple[int, str]":
    """(exit code, one line for a person) for an exception out of a command."""
    from airflow_client.client import (
        ApiConnectionError,
        ApiException,
        ApiTypeError,
        ApiValueError,
        DagRunWaitTimeout,
        OpenApiException,
        OperationNotSupportedError,
        TaskLogTimeout,
    )

    if isinstance(exc, UsageError):
        return EXIT_USAGE, f"error: {exc}"
    if isinstance(exc, (DagRunWaitTimeout, TaskLogTimeout)):
        return EXIT_TIMEOUT, f"timed out: {exc}"
    if isinstance(exc, ApiConnectionError):
        where = f" ({exc.method} {exc.url})" if getattr(exc, "url", None) else ""
        return EXIT_CONNECTION, f"cannot reach the server{where}: {_first_line(getattr(exc, 'message', str(exc)))}"
    if isinstance(exc, OperationNotSupportedError):  # the server's Airflow lacks it: say which has it
        if not exc.since:  # Airflow 3 without an equivalent: its message says what to use instead
            return EXIT_API_ERROR, f"error: {_first_line(str(exc))}"
        where = f" (the server runs Airflow {exc.server_version})" if exc.server_version else ""
        return EXIT_API_ERROR, f"error: {exc.operation} needs Airflow {exc.since} or newer{where}"
    if isinstance(exc, ApiException):
        parts = [f"{exc.status} {exc.reason or ''}".strip()]
        title, detail = getattr(exc, "title", None), getattr(exc, "detail", None)
        if title:
            parts.append(title)
        if detail and detail != title:
            parts.append(detail)
        if not title and not detail:
            message = getattr(exc, "message", None)
            body = exc.body.decode("utf-8", "replace") if isinstance(exc.body, bytes) else exc.body
            if message or body:
                parts.append(_first_line(str(message or body))[:200])
        return EXIT_API_ERROR, "error: " + ": ".join(parts)
    if isinstance(exc, (ApiTypeError, ApiValueError)):
        return EXIT_USAGE, f"error: {exc}"
    if isinstance(exc, OpenApiException):
        return EXIT_API_ERROR, f"error: {_first_line(str(exc))}"
    if isinstance(exc, OSError):
        return EXIT_USAGE, f"error: {exc}"
    raise exc


def _first_line(text: str) -> str:
    return " ".join(text.strip().splitlines()[:1]) if text.strip() else text


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
