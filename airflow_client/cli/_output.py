"""How results are written: JSON (the models' ``to_dict()``), YAML, or a table.

``json``: one JSON document: an object for one result, an array for a list (every
page of it).  Dates are ISO 8601 strings.  ``yaml``: the same data, when PyYAML is
installed.  ``table``: columns chosen per command for people, with ``rich`` when it
is installed and standard output is a terminal, else plain aligned text.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
from typing import IO, Any, Dict, List, Optional, Sequence

FORMATS = ("table", "json", "yaml")
#: the longest cell a table shows
_CELL = 60


class OutputError(Exception):
    """An output format that cannot be used here (a usage error)."""


def plain(value: Any) -> Any:
    """``value`` as JSON data: models by their ``to_dict()``, dates as ISO 8601."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        value = to_dict()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def check_format(name: str) -> None:
    if name not in FORMATS:
        raise OutputError(f"--output must be one of {', '.join(FORMATS)}, got {name!r}")
    if name == "yaml":
        try:
            import yaml  # type: ignore[import-untyped,unused-ignore]  # noqa: F401
        except ImportError:
            raise OutputError("--output yaml needs PyYAML: pip install PyYAML (or use --output json)") from None


def write(
    stream: IO[str], value: Any, fmt: str, columns: Optional[Sequence[str]] = None, many: Optional[bool] = None
) -> None:
    """Write ``value`` (a model, a list of them, a dict, text or None) in ``fmt``."""
    if value is None:
        return
    if isinstance(value, str):
        stream.write(value if value.endswith("\n") else value + "\n")
        return
    data = plain(value)
    if fmt == "json":
        stream.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "yaml":
        import yaml  # type: ignore[import-untyped,unused-ignore]

        stream.write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False))
    elif isinstance(data, list) or many:
        rows = data if isinstance(data, list) else [data]
        table(stream, rows, columns)
    elif isinstance(data, dict):
        pairs(stream, data)
    else:
        stream.write(f"{data}\n")


#: The keys of a DAG's tag: Airflow 2 sends its name, Airflow 3 its DAG's id too.
_TAG_KEYS = frozenset({"name", "dag_id"})


def cell(value: Any) -> str:
    """A value as a table cell: lists joined, a ``{"__type", "value"}`` by its value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        if "value" in value and len(value) <= 3:  # schedule_interval: {"__type": ..., "value": ...}
            return cell(value["value"])
        if "name" in value and set(value) <= _TAG_KEYS:  # a tag (Airflow 3's also names its DAG)
            return cell(value["name"])
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    elif isinstance(value, list):
        text = ", ".join(cell(v) for v in value)
    else:
        text = str(value)
    text = text.replace("\n", " ")
    return text if len(text) <= _CELL else text[: _CELL - 1] + "…"


def table(stream: IO[str], rows: List[Any], columns: Optional[Sequence[str]]) -> None:
    dicts = [r if isinstance(r, dict) else {"value": r} for r in rows]
    if not columns:
        seen: Dict[str, None] = {}
        for row in dicts:
            for key, value in row.items():
                if not isinstance(value, (dict, list)) or key in ("tags", "owners"):
                    seen.setdefault(key, None)
        columns = list(seen)[:8]
    body = [[cell(row.get(c)) for c in columns] for row in dicts]
    if _rich(stream):
        from rich.console import Console
        from rich.table import Table

        grid = Table(*columns, box=None, pad_edge=False, header_style="bold")
        for line in body:
            grid.add_row(*line)
        Console(file=stream).print(grid)
        return
    widths = [max([len(c)] + [len(line[i]) for line in body]) for i, c in enumerate(columns)]
    stream.write("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    for line in body:
        stream.write("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() + "\n")


def pairs(stream: IO[str], data: Dict[str, Any]) -> None:
    width = max((len(k) for k in data), default=0)
    for key, value in data.items():
        if isinstance(value, (dict, list)) and not (isinstance(value, list) and all(_scalar(v) for v in value)):
            text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
        else:
            text = cell(value) if not isinstance(value, str) else value
        stream.write(f"{key.ljust(width)}  {text}\n")


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _rich(stream: IO[str]) -> bool:
    isatty = getattr(stream, "isatty", None)
    if not (callable(isatty) and isatty()):
        return False
    try:
        import rich  # noqa: F401
    except ImportError:
        return False
    return True
