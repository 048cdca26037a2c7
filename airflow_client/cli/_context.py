"""What every command works with: the :class:`Context` (its arguments, the streams, the
client, the output format, the progress line), :class:`UsageError` (exit code 2), the
columns of the tables, and the helpers the commands share (every page of a list, a JSON
argument, a state's text, a number of seconds checked).
"""

from __future__ import annotations

import argparse
import sys
from typing import IO, Any, Callable, List, Mapping, Optional, Sequence

from airflow_client.cli._output import OutputError, check_format, plain, write

PROG = "airflow-client"
OUTPUT_ENV = "AIRFLOW_CLIENT_OUTPUT"

DAG_COLUMNS = ("dag_id", "is_paused", "schedule_interval", "owners", "tags", "next_dagrun")
RUN_COLUMNS = ("dag_id", "dag_run_id", "state", "run_type", "logical_date", "start_date", "end_date")
TASK_COLUMNS = ("task_id", "operator_name", "trigger_rule", "retries", "downstream_task_ids")
TI_COLUMNS = ("dag_id", "dag_run_id", "task_id", "map_index", "try_number", "state", "start_date", "duration")
TI_REF_COLUMNS = ("dag_id", "dag_run_id", "task_id", "execution_date")
XCOM_COLUMNS = ("key", "task_id", "map_index", "timestamp", "value")
IMPORT_ERROR_COLUMNS = ("import_error_id", "filename", "timestamp", "stack_trace")


class UsageError(Exception):
    """A wrong command, argument or setting: exit code 2."""


class Context:
    """What a command handler works with: its arguments, the streams, the client."""

    def __init__(self, args: argparse.Namespace, stdout: IO[str], stderr: IO[str], environ: Mapping[str, str]) -> None:
        self.args = args
        self.stdout = stdout
        self.stderr = stderr
        self.environ = environ
        self._client: Any = None
        self.settings: Any = None
        fmt = getattr(args, "output", None) or environ.get(OUTPUT_ENV) or ("table" if _tty(stdout) else "json")
        try:
            check_format(fmt)
        except OutputError as exc:
            raise UsageError(str(exc)) from None
        self.format = fmt
        self.progress = _tty(stderr) and not getattr(args, "quiet", False)
        self._progress_shown = False

    @property
    def api(self) -> Any:
        if self._client is None:
            from airflow_client.cli._settings import SettingsError, resolve
            from airflow_client.client import ApiClient

            flags = {
                key: getattr(self.args, key, None)
                for key in (
                    "host",
                    "username",
                    "password_file",
                    "token_file",
                    "ca_bundle",
                    "insecure",
                    "request_timeout",
                    "retries",
                )
            }
            try:
                self.settings = resolve(
                    flags,
                    self.environ,
                    getattr(self.args, "profile", None),
                    prompt=_tty(sys.stdin) and _tty(self.stderr),
                )
            except SettingsError as exc:
                raise UsageError(str(exc)) from None
            self._client = ApiClient(self.settings.configuration())
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def emit(
        self,
        value: Any,
        columns: Optional[Sequence[str]] = None,
        many: Optional[bool] = None,
        rows: Optional[Callable[[Any], List[Any]]] = None,
    ) -> None:
        """Write a result in the chosen format; ``rows`` turns it into table rows."""
        if self.format == "table" and rows is not None:
            value, many = rows(plain(value)), True
        write(self.stdout, value, self.format, columns, many)
        self.stdout.flush()

    def show(self, text: str) -> None:
        """The live progress line (stderr, on a terminal only)."""
        if self.progress:
            self.stderr.write("\r\x1b[K" + text)
            self.stderr.flush()
            self._progress_shown = True

    def end_progress(self) -> None:
        if self._progress_shown:
            self.stderr.write("\r\x1b[K")
            self.stderr.flush()
            self._progress_shown = False


def _tty(stream: Any) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(callable(isatty) and isatty())
    except ValueError:  # a closed stream
        return False


# -- helpers -------------------------------------------------------------------------


def walk(method: Callable[..., Any], *args: Any, limit: Optional[int] = None, **filters: Any) -> List[Any]:
    """Every item of every page (at most ``limit``)."""
    import itertools

    from airflow_client.client import paginate

    filters = {k: v for k, v in filters.items() if v is not None}
    page_size = min(100, limit) if limit else 100
    items = paginate(method, *args, page_size=page_size, **filters)
    return list(itertools.islice(items, limit) if limit else items)


def json_value(what: str, text: str) -> Any:
    from airflow_client.cli._call import CallError, json_argument

    try:
        return json_argument(what, text)
    except CallError as exc:
        raise UsageError(str(exc)) from None


def state_of(value: Any) -> str:
    return str(getattr(value, "value", value))


def check_seconds(value: float, name: str) -> float:
    if value < 0:
        raise UsageError(f"{name} must be >= 0, got {value:g}")
    return value
