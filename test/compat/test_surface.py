"""The official client's public surface, enumerated: everything it has, ours has too.

``surface_dump.py`` runs once in the official ``apache-airflow-client==2.10.0`` (its own
virtualenv, ``scripts/official_client.py``) and once in ours, and this test compares the two
dumps.  It fails on anything of the official surface that is missing or incompatible here and
is not listed in the differences table (``docs/differences.md``), and on a table row that
names nothing of the official surface.  Every problem is reported at once, grouped by kind,
one line each (or one line for many problems of one shape); the full, uncollapsed list is
also written to ``.cache/surface-problems.txt``.

Surface keys
------------
Every problem line starts with a key; paste it (in backticks) into the ``Where`` column of
the table in ``docs/differences.md`` to accept the difference.  The keys:

* a module: ``airflow_client.client.model_utils``
* a name in a module: ``airflow_client.client.model_utils.validate_and_convert_types``,
  ``airflow_client.client.api.connection_api.Connection``, ``airflow_client.client.__version__``
* a member of a class (method, property, class attribute, instance attribute), keyed where
  the official client defines the class: ``airflow_client.client.model.dag.DAG.openapi_types``,
  ``airflow_client.client.api_client.ApiClient.call_api``,
  ``airflow_client.client.exceptions.ApiException.status``, ``...DAG.__getitem__``
* a class's bases (which ``except``/``isinstance`` rely on):
  ``airflow_client.client.exceptions.ApiValueError.__mro__``
* a parameter of a function, method or constructor: ``airflow_client.client.api.dag_api.DAGApi.get_dags(limit)``,
  ``airflow_client.client.model.dag_run.DAGRun.__init__(_check_type)``, and for the official
  ``*args``/``**kwargs`` themselves ``...DAGRun.__init__(*args)``, ``...(**kwargs)``

A table key is taken literally when it is exactly a key of the official surface; otherwise it
is an ``fnmatch`` pattern (``*`` matches anything, dots included):
``airflow_client.client.model.*_all_of`` or ``airflow_client.client.api.*(_host_index)``.
The collapsed lines of the report are such patterns.

What is compared
----------------
* every official module imports here; every public name of it exists here, of the same kind
  (a class stays a class, a function stays callable, a module a module, a value keeps its
  type, and a simple value, such as ``__version__``, its value);
* names that are one object there (``models.DAG is model.dag.DAG``, ``rest.ApiException is
  exceptions.ApiException``) are one object here;
* every public member of an official class, the underscore names real code uses on models
  (``_data_store``, ``_from_openapi_data``, ``_check_type``...), the dunder methods the official
  package defines (``__getitem__``, ``__enter__``...), and the public attributes of an instance
  built as a user would (``ApiException().status``, ``DAGApi(ApiClient()).get_dag_endpoint``);
* parameters: the official positional ones are accepted here in the same order under the
  same names, with a default where the official one has one; official keyword ones are
  accepted by name, or by ``**kwargs`` (for API methods only by its declared names, the keys
  of ``Unpack[RequestOptions]``); here may add optional parameters, not required ones;
* bases: an official exception keeps all its bases by name (``ApiValueError`` is an
  ``OpenApiException`` and a ``ValueError``); other classes keep their client bases
  (``ModelNormal``, ``OpenApiModel``...);
* models: ``attribute_map``, ``read_only_vars``, ``required_properties`` (without the official
  private ``_...`` entries), ``allowed_values``, ``validations`` keys, ``discriminator``,
  ``additional_properties_type`` (set or ``None``) and ``openapi_types`` (type names) are equal.
"""

from __future__ import annotations

import bisect
import fnmatch
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Set, Tuple

import pytest

from test.official import official_python

REPO = Path(__file__).resolve().parents[2]
DUMP = Path(__file__).with_name("surface_dump.py")
TABLE = REPO / "docs" / "differences.md"
FULL_REPORT = REPO / ".cache" / "surface-problems.txt"

GROUPS = {
    "modules": "Modules that do not import here",
    "names": "Names missing from a module",
    "kinds": "Names of another kind, type or value",
    "identity": "Names that are one object in the official client, several here",
    "members": "Class members missing",
    "parameters": "Parameters",
    "bases": "Bases (except / isinstance)",
    "models": "Model class attributes",
    "instances": "Instances built as a user would",
    "table": "The differences table",
}
METHOD_KINDS = ("method", "classmethod", "staticmethod")

Problem = Tuple[str, str, str]  # (group, key, message)


# -- the dumps -------------------------------------------------------------------------------


def run_dump(command: List[str], cwd: Path, env: Dict[str, str]) -> Dict[str, Any]:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stderr[-4000:]}"
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def dumps(tmp_path_factory: pytest.TempPathFactory) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    folder = tmp_path_factory.mktemp("surface")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    # -I and a cwd outside the checkout: the official interpreter must not import our package
    official = run_dump([str(official_python()), "-I", str(DUMP)], folder, env)
    probe = folder / "official.json"
    probe.write_text(json.dumps(official))
    ours_env = dict(env, PYTHONPATH=str(REPO))
    ours = run_dump([sys.executable, str(DUMP), "--probe", str(probe)], REPO, ours_env)
    return official, ours


# -- the differences table -----------------------------------------------------------------


def table_keys(text: str) -> List[str]:
    """The backticked keys in the first column (``Where``) of the table(s) headed ``Where``
    (without the ``differential:`` and ``real:`` keys: those belong to ``test_differential.py``
    and ``test/integration/test_differential_real.py``)."""
    keys: List[str] = []
    in_table = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("|"):
            in_table = False
            continue
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        if not in_table:
            in_table = cells[0].strip("* ").lower() == "where"
            continue
        if re.fullmatch(r":?-{3,}:?", cells[0]):
            continue
        keys.extend(k for k in re.findall(r"`([^`]+)`", cells[0]) if not k.startswith(("differential:", "real:")))
    return keys


class Matcher:
    """Table keys against surface keys: literal when the key is one, else an fnmatch pattern."""

    def __init__(self, patterns: Iterable[str], surface: Set[str]) -> None:
        self.literal = {p for p in patterns if p in surface}
        self.globs = [(p, re.compile(fnmatch.translate(p))) for p in patterns if p not in surface]

    def matches(self, key: str) -> bool:
        return key in self.literal or any(rx.match(key) for _, rx in self.globs)


# -- the official surface, as keys ---------------------------------------------------------------


def param_keys(key: str, sig: Optional[Dict[str, Any]]) -> Iterable[str]:
    if not sig or "params" not in sig:
        return
    for p in sig["params"]:
        yield f"{key}({param_label(p)})"
    for name in sig.get("declared", ()):
        yield f"{key}({name})"


def param_label(p: Dict[str, Any]) -> str:
    return {"var_pos": "*", "var_kw": "**"}.get(p["kind"], "") + p["name"]


def surface_keys(official: Dict[str, Any]) -> Set[str]:
    keys: Set[str] = set()
    for mod, entry in official["modules"].items():
        keys.add(mod)
        for name, desc in entry["names"].items():
            keys.add(f"{mod}.{name}")
            keys.update(param_keys(f"{mod}.{name}", desc.get("sig")))
    for cls_key, cls in official["classes"].items():
        keys.add(f"{cls_key}.__mro__")
        for name, member in cls.get("members", {}).items():
            keys.add(f"{cls_key}.{name}")
            keys.update(param_keys(f"{cls_key}.{name}", member.get("sig")))
    return keys


# -- comparing ------------------------------------------------------------------------------------


class Comparison:
    def __init__(self, official: Dict[str, Any], ours: Dict[str, Any]) -> None:
        self.official = official
        self.ours = ours
        self.problems: List[Problem] = []

    def add(self, group: str, key: str, message: str) -> None:
        self.problems.append((group, key, message))

    def run(self) -> List[Problem]:
        self.compare_modules()
        self.compare_classes()
        return self.problems

    # modules and names

    def ours_module(self, mod: str) -> Optional[Dict[str, Any]]:
        entry = self.ours["modules"].get(mod)
        if entry is None or entry.get("error"):
            return None
        return entry

    def compare_modules(self) -> None:
        canonical = self.canonical_keys()
        for mod, entry in sorted(self.official["modules"].items()):
            if entry.get("error"):
                continue
            here = self.ours_module(mod)
            if here is None:
                error = (self.ours["modules"].get(mod) or {}).get("error") or "not found"
                self.add("modules", mod, f"does not import here ({error})")
                continue
            for name, desc in sorted(entry["names"].items()):
                key = f"{mod}.{name}"
                mine = here["names"].get(name)
                if mine is None or mine["kind"] == "missing":
                    self.add("names", key, f"missing ({describe_kind(desc, key)})")
                    continue
                if not self.same_kind(key, desc, mine):
                    continue
                if desc["kind"] in ("class", "function", "module"):
                    home_key = canonical.get(desc["id"])
                    if home_key and home_key != key:
                        other = self.ours_name(home_key)
                        if other is not None and other.get("id") != mine.get("id"):
                            self.add("identity", key, f"is not the same object as {home_key} here")
                if desc["kind"] == "function" and desc.get("home") == key and "sig" in desc:
                    self.compare_sig(key, desc["sig"], mine.get("sig"), dunder=False)

    def canonical_keys(self) -> Dict[int, str]:
        """Official object id -> the key of its definition (or its first key)."""
        keys: Dict[int, List[str]] = {}
        homes: Dict[int, str] = {}
        for mod, entry in self.official["modules"].items():
            for name, desc in entry["names"].items():
                if desc["kind"] in ("class", "function", "module"):
                    key = f"{mod}.{name}"
                    keys.setdefault(desc["id"], []).append(key)
                    if desc.get("home") == key:
                        homes[desc["id"]] = key
        return {i: homes.get(i, min(k)) for i, k in keys.items() if len(k) > 1}

    def ours_name(self, key: str) -> Optional[Dict[str, Any]]:
        for mod in candidates_for(key):
            entry = self.ours_module(mod)
            if entry is not None:
                desc = entry["names"].get(key[len(mod) + 1 :])
                if desc is not None and desc["kind"] != "missing":
                    return desc
        return None

    def same_kind(self, key: str, desc: Dict[str, Any], mine: Dict[str, Any]) -> bool:
        kind, here = desc["kind"], mine["kind"]
        if kind == "class" and here != "class":
            self.add("kinds", key, f"a class in the official client, a {describe_kind(mine)} here")
            return False
        if kind == "class" and desc["home"] == key and not mine["home"].startswith("airflow_client."):
            self.add("kinds", key, f"a class of the official client, {mine['home']} here")
            return False
        if kind == "function" and here not in ("function", "class"):
            self.add("kinds", key, f"a function in the official client, a {describe_kind(mine)} here")
            return False
        if kind == "module" and here != "module":
            self.add("kinds", key, f"a module in the official client, a {describe_kind(mine)} here")
            return False
        if kind == "value":
            if here != "value":
                self.add("kinds", key, f"a value ({desc['type']}) in the official client, a {describe_kind(mine)} here")
                return False
            if desc["type"] != mine["type"]:
                self.add("kinds", key, f"a {desc['type']} in the official client, a {mine['type']} here")
                return False
            if "value" in desc and desc["value"] != mine.get("value"):
                self.add(
                    "kinds", key, f"is {short(desc['value'])} in the official client, {short(mine.get('value'))} here"
                )
                return False
        return True

    # classes

    def compare_classes(self) -> None:
        for cls_key, cls in sorted(self.official["classes"].items()):
            mine = self.ours["classes"].get(cls_key)
            if mine is None or "members" not in mine or "members" not in cls:
                continue  # missing, or not a class here: reported with the names
            if not mine["home"].startswith("airflow_client."):
                continue  # another package's class (str, dict...): reported with the names
            self.compare_bases(cls_key, cls, mine)
            instance_failed = False
            if "recipe" in cls and "instance_error" not in cls and "instance_error" in mine:
                instance_failed = True
                self.add(
                    "instances",
                    f"{cls_key}.__init__",
                    f"{recipe_text(cls_key, cls['recipe'])} works in the official client, here: {mine['instance_error']}",
                )
            for name, member in sorted(cls["members"].items()):
                key = f"{cls_key}.{name}"
                here = mine["members"].get(name)
                if here is None:
                    if member["kind"] == "instance attribute" and (instance_failed or "recipe" not in mine):
                        continue
                    self.add("members", key, f"missing ({member['kind']})")
                    continue
                if member["kind"] in METHOD_KINDS and not here.get("callable"):
                    self.add("members", key, f"a {member['kind']} in the official client, a {here['kind']} here")
                    continue
                if member["kind"] == "class" and here["kind"] != "class":
                    self.add("members", key, f"a class in the official client, a {here['kind']} here")
                    continue
                if "sig" in member:
                    dunder = name.startswith("__") and name != "__init__"
                    self.compare_sig(key, member["sig"], here.get("sig"), dunder=dunder)
            if cls.get("model"):
                self.compare_model(cls_key, cls.get("model_info", {}), mine.get("model_info", {}))

    def compare_bases(self, cls_key: str, cls: Dict[str, Any], mine: Dict[str, Any]) -> None:
        bases = [(b, h) for b, h in zip(cls["mro"], cls["mro_homes"]) if b != "builtins.object"]
        if not cls.get("exception"):
            bases = [(b, h) for b, h in bases if "." not in b]  # the client's own bases only
        checked = mine.get("subclass_of", {})
        lacking = [
            name
            for name, where in bases
            if not (checked.get(where) if checked.get(where) is not None else name in mine.get("mro", []))
        ]
        if lacking:
            self.add("bases", f"{cls_key}.__mro__", f"is not a subclass of {', '.join(lacking)} here")

    # signatures

    def compare_sig(self, key: str, theirs: Dict[str, Any], mine: Optional[Dict[str, Any]], dunder: bool) -> None:
        if "params" not in theirs:
            return
        if dunder and (mine is None or "params" not in mine):
            return  # a builtin's slot (object.__ne__, str.__eq__...): takes what the operator passes
        if mine is None or "params" not in mine:
            why = (mine or {}).get("error", "no signature")
            self.add("parameters", key, f"parameters unreadable here ({why})")
            return
        api = bool(theirs.get("api"))
        t_params, m_params = theirs["params"], mine["params"]
        t_pos = [p for p in t_params if p["kind"] in ("pos_only", "pos")]
        m_pos = [p for p in m_params if p["kind"] in ("pos_only", "pos")]
        m_var_pos = any(p["kind"] == "var_pos" for p in m_params)
        m_var_kw = any(p["kind"] == "var_kw" for p in m_params)
        m_names = {p["name"] for p in m_params if p["kind"] in ("pos", "kw_only")}
        m_declared = mine.get("declared")

        def by_name(name: str) -> bool:
            if name in m_names:
                return True
            if m_var_kw:
                return name in m_declared if m_declared is not None else not api
            return False

        for i, p in enumerate(t_pos):
            pkey = f"{key}({p['name']})"
            if i < len(m_pos):
                q = m_pos[i]
                if not dunder and q["name"] != p["name"]:
                    self.add("parameters", pkey, f"positional parameter {i + 1} is `{q['name']}` here")
                elif not dunder and p["kind"] == "pos" and q["kind"] == "pos_only":
                    self.add("parameters", pkey, "positional-only here: cannot be passed by name")
                if p["default"] and not q["default"]:
                    self.add("parameters", pkey, "optional in the official client, required here")
            elif m_var_pos:
                if not dunder and p["kind"] == "pos" and not by_name(p["name"]):
                    self.add("parameters", pkey, "accepted here only by position (*args), not by name")
            elif not dunder and by_name(p["name"]):
                self.add("parameters", pkey, f"keyword-only here: not accepted as positional parameter {i + 1}")
            else:
                self.add("parameters", pkey, "missing")
        t_names = {p["name"] for p in t_params} | set(theirs.get("declared", ()))
        t_var_pos = any(p["kind"] == "var_pos" for p in t_params)
        for q in m_pos[len(t_pos) :]:
            if not q["default"] and not t_var_pos:
                self.add("parameters", key, f"requires a parameter the official client does not have: `{q['name']}`")
        for q in m_params:
            if q["kind"] == "kw_only" and not q["default"] and q["name"] not in t_names:
                self.add("parameters", key, f"requires a keyword the official client does not have: `{q['name']}`")
        for p in t_params:
            pkey = f"{key}({param_label(p)})"
            if p["kind"] == "var_pos" and not m_var_pos:
                self.add("parameters", pkey, "the official client takes extra positional arguments here, ours raises")
            elif p["kind"] == "kw_only":
                if not by_name(p["name"]):
                    self.add("parameters", pkey, "keyword not accepted here")
                else:
                    q = next((q for q in m_params if q["name"] == p["name"]), None)
                    if q is not None and p["default"] and not q["default"]:
                        self.add("parameters", pkey, "optional in the official client, required here")
            elif p["kind"] == "var_kw" and "declared" not in theirs and not m_var_kw and not dunder:
                self.add("parameters", pkey, "the official client takes any keyword arguments here, ours raises")
        for name in theirs.get("declared", ()):
            if not by_name(name):
                self.add("parameters", f"{key}({name})", "keyword not accepted here")

    # models

    def compare_model(self, cls_key: str, theirs: Dict[str, Any], mine: Dict[str, Any]) -> None:
        for attr, value in theirs.items():
            if attr not in mine:
                continue  # reported as a missing member
            here = mine[attr]
            key = f"{cls_key}.{attr}"
            if isinstance(here, dict) and "unreadable" in here and len(here) == 1:
                self.add("models", key, f"unreadable here ({here['unreadable']})")
                continue
            if attr == "required_properties":
                value = [v for v in value if not v.startswith("_")]
                here = [v for v in here if not v.startswith("_")]
            diff = model_diff(attr, value, here)
            if diff:
                self.add("models", key, diff)


def model_diff(attr: str, theirs: Any, mine: Any) -> Optional[str]:
    if attr in ("read_only_vars", "required_properties", "validations"):
        if not isinstance(mine, list):
            return f"{short(theirs)} in the official client, {short(mine)} here"
        lacking, extra = sorted(set(theirs) - set(mine)), sorted(set(mine) - set(theirs))
        parts = ([f"lacks {', '.join(lacking)}"] if lacking else []) + ([f"adds {', '.join(extra)}"] if extra else [])
        return "; ".join(parts) or None
    if attr in ("attribute_map", "allowed_values", "openapi_types") and isinstance(theirs, dict):
        if not isinstance(mine, dict):
            return f"a dict in the official client, {short(mine)} here"
        parts = []
        lacking = [k for k in theirs if k not in mine]
        extra = [k for k in mine if k not in theirs]
        if lacking:
            parts.append("lacks " + ", ".join(entry(attr, k, theirs) for k in lacking))
        if extra:
            parts.append("adds " + ", ".join(entry(attr, k, mine) for k in extra))
        for k in theirs:
            if k in mine and not same_value(attr, theirs[k], mine[k]):
                if isinstance(theirs[k], dict) and isinstance(mine[k], dict):  # allowed_values of one field
                    inner = model_diff(attr, theirs[k], mine[k])
                    parts.append(f"{k}: {inner}")
                else:
                    parts.append(f"{k}: {short(theirs[k])} there, {short(mine[k])} here")
        return "; ".join(parts) or None
    if theirs != mine:
        return f"{short(theirs)} in the official client, {short(mine)} here"
    return None


def entry(attr: str, key: str, values: Dict[str, Any]) -> str:
    """A field name, or ``NAME='value'`` for an allowed value."""
    value = values[key]
    return f"{key}={value!r}" if attr == "allowed_values" and not isinstance(value, dict) else key


def same_value(attr: str, theirs: Any, mine: Any) -> bool:
    if attr == "openapi_types" and isinstance(theirs, list) and isinstance(mine, list):
        return sorted(theirs) == sorted(mine)  # the order of a type tuple does not matter
    return bool(theirs == mine)


# -- helpers ------------------------------------------------------------------------------------


def describe_kind(desc: Dict[str, Any], key: str = "") -> str:
    if desc["kind"] == "value":
        return f"value of type {desc['type']}"
    if desc["kind"] in ("class", "function") and desc.get("home") and desc["home"] != key:
        return f"{desc['kind']} {desc['home']}"
    if desc["kind"] == "module":
        return f"module {desc.get('home', '')}".strip()
    return desc["kind"]


def short(value: Any, limit: int = 160) -> str:
    text = json.dumps(value) if not isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def candidates_for(key: str) -> List[str]:
    """The module parts a key may have, longest first."""
    parts = key.split(".")
    return [".".join(parts[:i]) for i in range(len(parts) - 1, 0, -1)]


def recipe_text(cls_key: str, recipe: Dict[str, Any]) -> str:
    name = cls_key.rpartition(".")[2]
    if "try" in recipe:
        recipe = recipe["try"][0]
    args = [
        a.strip("<>") + "()" if isinstance(a, str) and a.startswith("<") else repr(a) for a in recipe.get("args", [])
    ]
    args += [f"{k}={v!r}" for k, v in recipe.get("kwargs", {}).items()]
    return f"{name}({', '.join(args)})"


# -- the report ---------------------------------------------------------------------------------


def shapes(key: str, modules: Set[str]) -> List[Tuple[str, int]]:
    """Patterns with one ``*`` that a key and its look-alikes match, for collapsing the report,
    each with a preference (higher first, when two patterns cover the same problems)."""
    mod = next((m for m in candidates_for(key) + [key] if m in modules), None)
    if mod is None or "." not in mod:
        return []
    package = mod.rpartition(".")[0]
    rest = key[len(mod) + 1 :] if key != mod else ""
    out = []
    param = ""
    if rest.endswith(")") and "(" in rest:
        rest, _, param = rest[:-1].partition("(")
        out.append((f"{package}.*({param})", 1))
    tail = f"({param})" if param else ""
    if rest:
        out.append((f"{package}.*.{rest}{tail}", 3))  # every module: model.*.re
        if "." in rest:
            out.append((f"{package}.*.{rest.partition('.')[2]}{tail}", 2))  # every class: model.*.attribute_map
    if not param:
        leaf = rest.rpartition(".")[2] if rest else mod.rpartition(".")[2]
        words = leaf.split("_")
        if not leaf.startswith("_"):
            for i in range(1, len(words)):  # a common suffix: model.*_all_of, api.*_endpoint
                out.append((f"{package}.*_{'_'.join(words[i:])}", 0))
    return out


def collapse(problems: List[Problem], modules: Set[str], surface: List[str]) -> List[str]:
    """One line per problem, or one per pattern that 3 or more problems of one message share.

    A pattern is used only where the problems are at least half of the official keys it
    matches (so that pasting it into the table accepts little more than what it lists).
    """
    lines: List[str] = []
    groups: Dict[Tuple[str, str], Set[int]] = {}
    ranks: Dict[str, int] = {}
    for i, (_, key, message) in enumerate(problems):
        for shape, rank in shapes(key, modules):
            groups.setdefault((shape, message), set()).add(i)
            ranks[shape] = rank
    totals: Dict[str, int] = {}

    def total(shape: str) -> int:
        if shape not in totals:
            prefix, _, suffix = shape.partition("*")
            totals[shape] = count_matching(surface, prefix, suffix)
        return totals[shape]

    remaining = set(range(len(problems)))
    while True:
        usable = [
            (len(members), -total(shape), ranks[shape], shape, message)
            for (shape, message), members in groups.items()
            if len(members) >= 3 and 2 * len(members) >= total(shape)
        ]
        if not usable:
            break
        *_, shape, message = max(usable)
        members = groups.pop((shape, message))
        remaining -= members
        for other in groups.values():
            other -= members
        prefix, _, suffix = shape.partition("*")
        parts = sorted(problems[i][1][len(prefix) : len(problems[i][1]) - len(suffix)] for i in members)
        if total(shape) == len(members):
            tail = f"all {len(members)} official keys it matches"
        else:
            tail = f"{len(members)} of the {total(shape)} official keys it matches: {', '.join(parts)}"
        lines.append(f"`{shape}` {message} [{tail}]")
    lines.extend(f"`{problems[i][1]}` {problems[i][2]}" for i in remaining)
    return sorted(lines)


def count_matching(surface: List[str], prefix: str, suffix: str) -> int:
    start = bisect.bisect_left(surface, prefix)
    count = 0
    for key in surface[start:]:
        if not key.startswith(prefix):
            break
        if key.endswith(suffix) and len(key) >= len(prefix) + len(suffix):
            count += 1
    return count


def report(problems: List[Problem], exempted: int, official: Dict[str, Any], surface: Set[str]) -> Tuple[str, str]:
    modules = set(official["modules"])
    ordered = sorted(surface)
    head = (
        f"{len(problems)} problems with the official client's surface"
        f" ({exempted} more accepted by {TABLE.relative_to(REPO)}).\n"
        f"Each line starts with a surface key (or a pattern for several); paste it into the table's"
        f" Where column to accept it, or fix the client. Keys: see the docstring of {Path(__file__).name}."
    )
    short_lines = [head]
    full_lines = [head]
    for group, title in GROUPS.items():
        mine = [p for p in problems if p[0] == group]
        if not mine:
            continue
        collapsed = collapse(mine, modules, ordered)
        short_lines.append(f"\n== {title}: {len(mine)} ({len(collapsed)} lines)")
        short_lines.extend(collapsed)
        full_lines.append(f"\n== {title}: {len(mine)}")
        full_lines.extend(f"`{key}` {message}" for _, key, message in sorted(mine, key=lambda p: p[1]))
    return "\n".join(short_lines), "\n".join(full_lines)


# -- the test ---------------------------------------------------------------------------------


def test_dumps_describe_the_right_packages(dumps: Tuple[Dict[str, Any], Dict[str, Any]]) -> None:
    official, ours = dumps
    assert official["package_path"] and all(".cache/official-client" in p for p in official["package_path"])
    assert ours["package_path"] == [str(REPO / "airflow_client")]
    assert len(official["modules"]) > 100 and len(official["classes"]) > 100


def stale_keys(keys: List[str], surface: Set[str]) -> List[str]:
    """Table keys that name nothing of the official surface."""
    stale = []
    for key in keys:
        if key in surface:
            continue
        pattern = re.compile(fnmatch.translate(key))
        if not any(pattern.match(s) for s in surface):
            stale.append(key)
    return stale


def test_official_surface_is_ours(dumps: Tuple[Dict[str, Any], Dict[str, Any]]) -> None:
    official, ours = dumps
    surface = surface_keys(official)
    problems = Comparison(official, ours).run()
    if TABLE.is_file():
        keys = table_keys(TABLE.read_text(encoding="utf-8"))
    else:
        keys = []
        problems.append(("table", str(TABLE.relative_to(REPO)), "is missing"))
    for key in stale_keys(keys, surface):
        problems.append(("table", key, "names nothing of the official surface (a stale row?)"))
    matcher = Matcher(keys, surface)
    kept = [p for p in problems if p[0] == "table" or not matcher.matches(p[1])]
    text, full = report(kept, len(problems) - len(kept), official, surface)
    FULL_REPORT.parent.mkdir(parents=True, exist_ok=True)
    FULL_REPORT.write_text(full + "\n", encoding="utf-8")
    if kept:
        pytest.fail(f"{text}\n\n(The full list, one problem a line: {FULL_REPORT.relative_to(REPO)})", pytrace=False)


def test_the_comparison_finds_what_it_should(dumps: Tuple[Dict[str, Any], Dict[str, Any]]) -> None:
    """The official surface against itself is clean, and against a damaged copy of itself is not."""
    official, _ = dumps
    assert Comparison(official, official).run() == []
    ours = json.loads(json.dumps(official))
    del ours["modules"]["airflow_client.client.api.connection_api"]["names"]["Connection"]
    ours["modules"]["airflow_client.client.model_utils"]["error"] = "ModuleNotFoundError"
    ours["modules"]["airflow_client.client.rest"]["names"]["ApiException"]["id"] += 1
    ours["modules"]["airflow_client.client"]["names"]["__version__"]["value"] = "0"
    exceptions = "airflow_client.client.exceptions"
    ours["classes"][f"{exceptions}.ApiValueError"]["mro"].remove("builtins.ValueError")
    ours["classes"][f"{exceptions}.ApiTypeError"]["subclass_of"] = {"builtins.TypeError": False}
    del ours["classes"][f"{exceptions}.ApiException"]["members"]["status"]
    dag_api = ours["classes"]["airflow_client.client.api.dag_api.DAGApi"]["members"]
    dag_api["get_dag"]["sig"]["params"][0]["name"] = "dag"
    dag_api["get_dags"]["sig"]["declared"].remove("limit")
    dag_api["get_dags"]["sig"]["params"].append({"name": "token", "kind": "kw_only", "default": False})
    dag_run = ours["classes"]["airflow_client.client.model.dag_run.DAGRun"]
    dag_run["model_info"]["openapi_types"]["start_date"] = ["str"]
    dag_run["model_info"]["read_only_vars"].append("state")
    dag_run["members"]["__init__"]["sig"]["params"] = [{"name": "data", "kind": "var_kw", "default": False}]
    found = {(group, key) for group, key, _ in Comparison(official, ours).run()}
    model = "airflow_client.client.model.dag_run.DAGRun"
    assert found == {
        ("names", "airflow_client.client.api.connection_api.Connection"),
        ("modules", "airflow_client.client.model_utils"),
        ("identity", "airflow_client.client.rest.ApiException"),
        ("kinds", "airflow_client.client.__version__"),
        ("bases", f"{exceptions}.ApiValueError.__mro__"),
        ("bases", f"{exceptions}.ApiTypeError.__mro__"),
        ("members", f"{exceptions}.ApiException.status"),
        ("parameters", "airflow_client.client.api.dag_api.DAGApi.get_dag(dag_id)"),
        ("parameters", "airflow_client.client.api.dag_api.DAGApi.get_dags(limit)"),
        ("parameters", "airflow_client.client.api.dag_api.DAGApi.get_dags"),
        ("models", f"{model}.openapi_types"),
        ("models", f"{model}.read_only_vars"),
        ("parameters", f"{model}.__init__(*args)"),
    }


def test_the_table_is_read_as_documented() -> None:
    text = """# Differences

| Where | What | Why |
|---|---|---|
| `a.b.C.m(x)`, `a.b.*_all_of` | differs | reasons |
| `a.b.C.__init__(*args)` | | |

| Other | table |
|---|---|
| `not.a.key` | ignored |
"""
    keys = table_keys(text)
    assert keys == ["a.b.C.m(x)", "a.b.*_all_of", "a.b.C.__init__(*args)"]
    surface = {"a.b.C.m(x)", "a.b.C.__init__(*args)", "a.b.C.__init__(**kwargs)", "a.b.user_all_of"}
    matcher = Matcher(keys, surface)
    assert matcher.matches("a.b.C.m(x)") and matcher.matches("a.b.user_all_of")
    assert matcher.matches("a.b.C.__init__(*args)")
    assert not matcher.matches("a.b.C.__init__(**kwargs)")  # a surface key is taken literally
    assert not matcher.matches("a.b.C.m(y)")
    assert stale_keys(keys + ["a.b.gone", "x.*"], surface) == ["a.b.gone", "x.*"]
