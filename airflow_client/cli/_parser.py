"""The command line's grammar: every command, its arguments and options (argparse).

:class:`Parser` writes to the streams of the run and raises :class:`Exit` instead of
exiting; :func:`build_parser` declares the commands, each with its handler;
:func:`refuse_secret_flags` and :func:`call_options` read what argparse cannot.
"""

from __future__ import annotations

import argparse
import sys
from typing import IO, Any, Callable, Dict, NoReturn, Optional, Sequence

from airflow_client.cli import EXIT_CODES, EXIT_USAGE
from airflow_client.cli._commands import (
    cmd_call,
    cmd_config_get,
    cmd_dags_get,
    cmd_dags_list,
    cmd_dags_pause,
    cmd_dags_trigger,
    cmd_health,
    cmd_import_errors_list,
    cmd_runs_clear,
    cmd_runs_delete,
    cmd_runs_get,
    cmd_runs_list,
    cmd_runs_set_state,
    cmd_tasks_list,
    cmd_tis_clear,
    cmd_tis_get,
    cmd_tis_list,
    cmd_tis_set_state,
    cmd_version,
    cmd_xcom_get,
    cmd_xcom_list,
)
from airflow_client.cli._context import OUTPUT_ENV, PROG, UsageError
from airflow_client.cli._output import FORMATS
from airflow_client.cli._resources import (
    RESOURCES,
    cmd_items_delete,
    cmd_items_export,
    cmd_items_get,
    cmd_items_import,
    cmd_items_list,
    cmd_items_set,
)
from airflow_client.cli._waiting import cmd_logs, cmd_runs_wait


class Parser(argparse.ArgumentParser):
    """argparse writing to the streams of this run, and raising instead of exiting."""

    streams: Dict[str, IO[str]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: `--password SECRET` must not be taken for `--password-file SECRET`.
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def _print_message(self, message: str, file: Optional[IO[str]] = None) -> None:
        if message:
            stream = self.streams.get("err" if file is sys.stderr else "out") or file or sys.stdout
            stream.write(message)

    def exit(self, status: int = 0, message: Optional[str] = None) -> NoReturn:
        if message:
            self._print_message(message, sys.stderr)
        raise Exit(status)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class Exit(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def common_options() -> argparse.ArgumentParser:
    """The options every command takes, before or after it (the later one wins)."""
    common = Parser(add_help=False, argument_default=argparse.SUPPRESS)
    group = common.add_argument_group("connection (flags, then environment, then the config file's profile)")
    group.add_argument("--host", help="the Airflow webserver URL, e.g. https://airflow.example.com ($AIRFLOW_HOST)")
    group.add_argument("--username", help="user for basic authentication ($AIRFLOW_USERNAME)")
    group.add_argument(
        "--password-file", metavar="PATH", help="read the password from this file, - for stdin ($AIRFLOW_PASSWORD)"
    )
    group.add_argument(
        "--token-file", metavar="PATH", help="read a bearer token from this file, - for stdin ($AIRFLOW_TOKEN)"
    )
    group.add_argument("--ca-bundle", metavar="PATH", help="CA certificates to trust ($AIRFLOW_CA_BUNDLE)")
    group.add_argument("--insecure", action="store_true", help="do not check the server's TLS certificate")
    group.add_argument("--request-timeout", type=float, metavar="S", help="seconds per request (default 10 s / 60 s)")
    group.add_argument("--retries", type=int, metavar="N", help="retries on connection errors and 429/5xx (default 3)")
    group.add_argument("--profile", help="a profile of the config file (see docs/cli.md)")
    out = common.add_argument_group("output")
    out.add_argument(
        "-o",
        "--output",
        choices=FORMATS,
        help=f"table (the default on a terminal), json (the default otherwise) or yaml (${OUTPUT_ENV})",
    )
    out.add_argument("-q", "--quiet", action="store_true", help="no progress line while waiting")
    return common


def build_parser() -> argparse.ArgumentParser:
    from airflow_client.client import __version__

    common = common_options()
    codes = "\n".join(f"  {code}  {text}" for code, text in EXIT_CODES.items())
    parser = Parser(
        prog=PROG,
        description="A command line for the REST API (/api/v1) of Apache Airflow 2.",
        epilog=(
            "settings: flags, then a profile named by --profile, then the environment (AIRFLOW_HOST, "
            "AIRFLOW_USERNAME, AIRFLOW_PASSWORD, AIRFLOW_TOKEN, AIRFLOW_CA_BUNDLE, AIRFLOW_INSECURE), then "
            "the profile $AIRFLOW_PROFILE or [default] of ~/.config/airflow-client/config.ini\n\n"
            f"exit codes:\n{codes}"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__} (apache-airflow-client)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands.required = True

    def group(name: str, help_text: str) -> Any:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        actions = sub.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
        actions.required = True
        return actions

    def leaf(where: Any, name: str, handler: Callable[..., int], help_text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = where.add_parser(name, help=help_text, description=help_text, parents=[common])
        sub.set_defaults(handler=handler)
        return sub

    def limit(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--limit", type=int, metavar="N", help="at most N items (default: all, every page)")

    def waiting(sub: argparse.ArgumentParser, default_timeout: float) -> None:
        sub.add_argument("--timeout", type=float, default=default_timeout, metavar="S", help="give up after S seconds")
        sub.add_argument("--poll", type=float, default=2.0, metavar="S", help="seconds between polls (default 2)")

    leaf(commands, "health", cmd_health, "the health of the metadatabase, scheduler, triggerer, DAG processor")
    leaf(commands, "version", cmd_version, "the server's Airflow version")

    dags = group("dags", "list, get, pause, unpause and trigger DAGs")
    sub = leaf(dags, "list", cmd_dags_list, "every DAG (every page)")
    sub.add_argument("--pattern", help="only DAG ids containing this (SQL LIKE)")
    sub.add_argument("--tag", action="append", help="only DAGs with this tag (repeatable)")
    sub.add_argument("--state", choices=("paused", "unpaused"), help="only paused or unpaused DAGs")
    sub.add_argument("--all", action="store_true", help="also DAGs whose file is gone (inactive)")
    limit(sub)
    sub = leaf(dags, "get", cmd_dags_get, "one DAG")
    sub.add_argument("dag_id")
    sub.add_argument("--details", action="store_true", help="the DAG's details (get_dag_details)")
    for name in ("pause", "unpause"):
        leaf(dags, name, cmd_dags_pause, f"{name} a DAG").add_argument("dag_id")
    sub = leaf(dags, "trigger", cmd_dags_trigger, "trigger a DAG run, and with --wait wait for its end")
    sub.add_argument("dag_id")
    sub.add_argument("--conf", metavar="JSON|@FILE", help="the run's conf: a JSON object, or @file.json")
    sub.add_argument("--run-id", dest="dag_run_id", help="the run's id (default: the server's)")
    sub.add_argument("--logical-date", help="ISO 8601, with a time zone")
    sub.add_argument("--note")
    sub.add_argument("--unpause", action="store_true", help="unpause the DAG first (it stays unpaused)")
    sub.add_argument("--wait", action="store_true", help="wait for the run's end: exit 0 success, 4 failed, 5 timeout")
    waiting(sub, 3600.0)

    runs = group("runs", "DAG runs")
    sub = leaf(runs, "list", cmd_runs_list, "the runs of a DAG (~ for every DAG), newest first")
    sub.add_argument("dag_id")
    sub.add_argument("--state", action="append", help="only runs in this state (repeatable)")
    limit(sub)
    for name, handler, text in (
        ("get", cmd_runs_get, "one run"),
        ("wait", cmd_runs_wait, "wait for a run's end: exit 0 success, 4 failed, 5 timeout"),
        ("clear", cmd_runs_clear, "clear a run (its task instances run again)"),
        ("delete", cmd_runs_delete, "delete a run"),
        ("set-state", cmd_runs_set_state, "mark a run success, failed or queued"),
    ):
        sub = leaf(runs, name, handler, text)
        sub.add_argument("dag_id")
        sub.add_argument("dag_run_id")
        if name == "wait":
            waiting(sub, 3600.0)
        elif name == "clear":
            sub.add_argument("--dry-run", action="store_true", help="only list what would be cleared")
        elif name == "set-state":
            sub.add_argument("state", choices=("success", "failed", "queued"))

    tasks = group("tasks", "the tasks of a DAG")
    leaf(tasks, "list", cmd_tasks_list, "the tasks of a DAG").add_argument("dag_id")

    tis = group("tis", "task instances")
    sub = leaf(tis, "list", cmd_tis_list, "the task instances of a run (~ for every DAG or run)")
    sub.add_argument("dag_id")
    sub.add_argument("dag_run_id")
    sub.add_argument("--state", action="append", help="only this state (repeatable)")
    limit(sub)
    sub = leaf(tis, "get", cmd_tis_get, "one task instance")
    for arg in ("dag_id", "dag_run_id", "task_id"):
        sub.add_argument(arg)
    sub.add_argument("--map-index", type=int, default=-1, metavar="I", help="one instance of a mapped task")
    sub = leaf(tis, "clear", cmd_tis_clear, "clear task instances of a run (they run again)")
    sub.add_argument("dag_id")
    sub.add_argument("dag_run_id")
    sub.add_argument("task_ids", nargs="+", metavar="task_id")
    sub.add_argument("--downstream", action="store_true", help="their downstream tasks too")
    sub.add_argument("--upstream", action="store_true", help="their upstream tasks too")
    sub.add_argument("--only-failed", action="store_true", help="only failed ones")
    sub.add_argument("--dry-run", action="store_true", help="only list what would be cleared")
    sub = leaf(tis, "set-state", cmd_tis_set_state, "mark a task instance success, failed or skipped")
    for arg in ("dag_id", "dag_run_id", "task_id"):
        sub.add_argument(arg)
    sub.add_argument("state", choices=("success", "failed", "skipped"))
    sub.add_argument("--map-index", type=int, default=-1, metavar="I", help="one instance of a mapped task")

    sub = leaf(commands, "logs", cmd_logs, "the log of a task try, as text; --follow while it runs")
    for arg in ("dag_id", "dag_run_id", "task_id"):
        sub.add_argument(arg)
    sub.add_argument("--try", dest="try_number", type=int, metavar="N", help="the try (default: the latest)")
    sub.add_argument("--map-index", type=int, default=-1, metavar="I", help="one instance of a mapped task")
    sub.add_argument("-f", "--follow", action="store_true", help="print new lines as they come, until the try ends")
    sub.add_argument("--timeout", type=float, metavar="S", help="with --follow: give up after S seconds (exit 5)")
    sub.add_argument("--poll", type=float, default=2.0, metavar="S", help="with --follow: seconds between polls")

    xcom = group("xcom", "XCom entries")
    sub = leaf(xcom, "list", cmd_xcom_list, "the XCom entries of a task instance (~ for any)")
    for arg in ("dag_id", "dag_run_id", "task_id"):
        sub.add_argument(arg)
    sub.add_argument("--map-index", type=int, metavar="I")
    sub.add_argument("--key", help="only this key")
    sub = leaf(xcom, "get", cmd_xcom_get, "one XCom entry")
    for arg in ("dag_id", "dag_run_id", "task_id", "key"):
        sub.add_argument(arg)
    sub.add_argument("--map-index", type=int, default=-1, metavar="I")
    sub.add_argument("--deserialize", action="store_true", help="the value deserialized by the server")

    for res in RESOURCES.values():
        noun, one = res.noun, res.noun[:-1]
        where = group(noun, f"{noun}: list, get, set, delete, import, export")
        limit(leaf(where, "list", cmd_items_list, f"every {one}"))
        leaf(where, "get", cmd_items_get, f"one {one}").add_argument(res.arg)
        leaf(where, "delete", cmd_items_delete, f"delete a {one}").add_argument(res.arg)
        leaf(where, "import", cmd_items_import, f"create or update {noun} from a JSON file").add_argument("file")
        leaf(where, "export", cmd_items_export, f"write every {one} as JSON").add_argument(
            "file", nargs="?", help="default: standard output"
        )
        sub = leaf(where, "set", cmd_items_set, f"create or update a {one}")
        sub.add_argument(res.arg)
        for field in res.fields:
            sub.add_argument(field.flag, **(field.options or {}))

    errors = group("import-errors", "DAG files that failed to import")
    limit(leaf(errors, "list", cmd_import_errors_list, "every import error"))

    config = group("config", "the server's configuration (when [webserver] expose_config allows)")
    sub = leaf(config, "get", cmd_config_get, "the configuration, a section, or one option")
    sub.add_argument("section", nargs="?")
    sub.add_argument("key", nargs="?")

    sub = leaf(commands, "call", cmd_call, "any operation of the API by name: call OPERATION key=value ...")
    sub.add_argument("operation", nargs="?", help="an operationId, e.g. get_task_instances")
    sub.add_argument("arguments", nargs=argparse.REMAINDER, help="key=value ...; body=JSON or body=@file.json")
    sub.add_argument("--list", action="store_true", help="list every operation")
    sub.add_argument("--accept", choices=("text/plain",), help="ask for text (get_log, get_config, ...)")
    return parser


def refuse_secret_flags(argv: Sequence[str]) -> None:
    """``--password``/``--token`` with the secret itself: refused, and the value never echoed."""
    for item in argv:
        if item == "--":
            return
        name = item.split("=", 1)[0]
        if name in ("--password", "--token", "--conn-password"):
            hint = "--conn-password-file" if name == "--conn-password" else f"{name}-file, ${ENV_OF[name]}"
            raise UsageError(f"{name} is not taken on the command line (it would show in ps and history): use {hint}")


ENV_OF = {"--password": "AIRFLOW_PASSWORD", "--token": "AIRFLOW_TOKEN"}


def call_options(args: argparse.Namespace) -> None:
    """The options written after ``call OPERATION`` (argparse leaves them in its arguments)."""
    items = list(args.arguments)
    args.describe = any(item in ("-h", "--help") for item in items)
    options = [i for i in items if i.startswith("-") and i not in ("-h", "--help")]
    args.arguments = [i for i in items if not i.startswith("-")]
    # an option's value (`-o json`) follows it: take it back from the arguments
    common = Parser(add_help=False, parents=[common_options()], argument_default=argparse.SUPPRESS)
    common.add_argument("--accept", choices=("text/plain",))
    common.add_argument("--list", action="store_true")
    rest = [i for i in items if i not in ("-h", "--help")]
    if options:
        values = common.parse_known_args(rest, namespace=args)[1]
        args.arguments = [i for i in values if not i.startswith("-")]
        unknown = [i for i in values if i.startswith("-")]
        if unknown:
            raise UsageError(f"call: unknown option {unknown[0]!r}")
