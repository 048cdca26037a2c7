"""Collect the code blocks of the documentation and run them (used by ``test_docs.py``).

No server here: the unit tests (``test/unit/test_docs_blocks.py``) drive the collector and
the runner on text of their own. The grammar of the markers is in ``test_docs.py``'s docstring.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, ContextManager, Dict, List, Mapping, Optional, Sequence, Set, Tuple

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES_DIR = REPO_ROOT / "codegen" / "examples"
#: what every example and snippet writes as the server's address; replaced by the test server's
PLACEHOLDER_URL = "http://localhost:8080"
#: the named setups test_docs.py implements (a marker naming another fails)
SETUP_NAMES = ("finished_run", "finished_mapped_run", "queued_dataset_event")
#: the keys a marker may hold: key -> whether it takes a value
MARKER_KEYS = {"setup": True, "continues": False, "compile-only": False}
PYTHON = ("python", "py", "python3")
SHELL = ("bash", "sh", "shell", "console", "zsh")
#: folders a shell block may name that the repository ignores (made by make, not committed)
GENERATED_DIRS = (".venv", ".airflow-local", ".cache")

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`\n]*)$")
_MARKER = re.compile(r"^[ \t]*<!--\s*docs-test:(?P<body>.*?)-->[ \t]*$")
_EXAMPLE_MARKER = re.compile(r"^# docs-test:(?P<body>.*)$")


class DocsError(Exception):
    """A document or example that the collector refuses (bad marker, unclosed fence)."""


class BlockFailed(AssertionError):
    """A block raised: the message names the file and line of the block and holds the traceback."""


@dataclass(frozen=True)
class Block:
    """One fenced code block (or one example file) and what its markers say."""

    rel: str  # the file, relative to the repository: "docs/DAGApi.md"
    line: int  # the line of the opening fence (1 for an example file)
    number: int  # its rank among the blocks of the same language group in the file (1-based)
    lang: str  # "python", "bash", ... ("" when the fence names none)
    code: str
    setups: Tuple[str, ...] = ()
    continues: bool = False
    compile_only: bool = False
    #: the line in ``rel`` of the code's first line
    first_code_line: int = 0

    @property
    def id(self) -> str:
        return f"{self.rel}:{self.line}"

    @property
    def is_python(self) -> bool:
        return self.lang in PYTHON

    @property
    def is_shell(self) -> bool:
        return self.lang in SHELL


def parse_marker(body: str, where: str) -> Dict[str, Optional[str]]:
    """``KEY[=VALUE] ...`` -> {key: value}; unknown keys, missing or unexpected values and
    unknown setup names raise ``DocsError`` naming ``where``."""
    found: Dict[str, Optional[str]] = {}
    words = body.split()
    if not words:
        raise DocsError(f"{where}: empty docs-test marker")
    for word in words:
        key, sep, value = word.partition("=")
        if key not in MARKER_KEYS:
            raise DocsError(f"{where}: unknown docs-test key {key!r} (known: {', '.join(MARKER_KEYS)})")
        if MARKER_KEYS[key] != bool(sep) or (sep and not value):
            raise DocsError(f"{where}: docs-test key {key!r} {'needs' if MARKER_KEYS[key] else 'takes no'} value")
        if key in found:
            raise DocsError(f"{where}: docs-test key {key!r} given twice")
        found[key] = value if sep else None
    for name in (found.get("setup") or "").split(",") if "setup" in found else ():
        if name not in SETUP_NAMES:
            raise DocsError(f"{where}: unknown docs-test setup {name!r} (known: {', '.join(SETUP_NAMES)})")
    return found


def _block(rel: str, line: int, number: int, lang: str, code: str, markers: Dict[str, Optional[str]]) -> Block:
    setup = markers.get("setup")
    return Block(
        rel=rel,
        line=line,
        number=number,
        lang=lang,
        code=code,
        setups=tuple(setup.split(",")) if setup else (),
        continues="continues" in markers,
        compile_only="compile-only" in markers,
        first_code_line=line + 1,
    )


def collect_markdown(text: str, rel: str) -> List[Block]:
    """Every fenced block of a Markdown text, in order, with the markers directly above it."""
    lines = text.splitlines()
    blocks: List[Block] = []
    counts: Dict[str, int] = {}
    used_markers: Set[int] = set()
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if not opening:
            i += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        lang = opening["info"].strip().split(" ")[0].lower() if opening["info"].strip() else ""
        end = i + 1
        while end < len(lines):
            closing = _FENCE.match(lines[end])
            if closing and closing["fence"].startswith(fence[0] * len(fence)) and not closing["info"].strip():
                break
            end += 1
        if end == len(lines):
            raise DocsError(f"{rel}:{i + 1}: the code block is never closed")
        markers: Dict[str, Optional[str]] = {}
        above = i - 1
        while above >= 0 and _MARKER.match(lines[above]):
            where = f"{rel}:{above + 1}"
            for key, value in parse_marker(_MARKER.match(lines[above])["body"], where).items():  # type: ignore[index]
                if key in markers:
                    raise DocsError(f"{where}: docs-test key {key!r} given twice")
                markers[key] = value
            used_markers.add(above)
            above -= 1
        if markers and lang not in PYTHON:
            raise DocsError(f"{rel}:{i + 1}: docs-test markers apply to python blocks only, not {lang or 'text'!r}")
        body = [line[len(indent) :] if line.startswith(indent) else line.lstrip() for line in lines[i + 1 : end]]
        group = "python" if lang in PYTHON else lang
        counts[group] = counts.get(group, 0) + 1
        blocks.append(_block(rel, i + 1, counts[group], lang, "\n".join(body) + "\n", markers))
        i = end + 1
    for number, line in enumerate(lines):
        if line.lstrip().startswith("<!--") and "docs-test" in line and number not in used_markers:
            raise DocsError(f"{rel}:{number + 1}: a docs-test marker must be on the line(s) right before a code fence")
    python = [b for b in blocks if b.is_python]
    if python and python[0].continues:
        raise DocsError(f"{python[0].id}: the first python block of a file cannot continue another")
    return blocks


def split_example(text: str, rel: str) -> Tuple[Dict[str, Optional[str]], str]:
    """An example file's leading ``# docs-test: ...`` lines (as markers) and the code after them."""
    lines = text.splitlines(keepends=True)
    markers: Dict[str, Optional[str]] = {}
    count = 0
    for line in lines:
        match = _EXAMPLE_MARKER.match(line.rstrip("\n"))
        if not match:
            break
        for key, value in parse_marker(match["body"], f"{rel}:{count + 1}").items():
            if key in markers:
                raise DocsError(f"{rel}:{count + 1}: docs-test key {key!r} given twice")
            markers[key] = value
        count += 1
    code = "".join(lines[count:])
    if "docs-test" in code:
        raise DocsError(f"{rel}: '# docs-test:' lines belong at the very top of the file")
    if "continues" in markers:
        raise DocsError(f"{rel}: an example is complete: it cannot continue another block")
    return markers, code


def collect_example(path: Path, root: Path = REPO_ROOT) -> Block:
    rel = path.relative_to(root).as_posix()
    markers, code = split_example(path.read_text(), rel)
    block = _block(rel, 1, 1, "python", code, markers)
    skipped = path.read_text().count("\n") - code.count("\n")
    return Block(**{**block.__dict__, "first_code_line": 1 + skipped})


def documents(root: Path = REPO_ROOT) -> List[Path]:
    """README.md and every Markdown file below docs/, sorted."""
    return [root / "README.md"] + sorted((root / "docs").rglob("*.md"))


# -- shell blocks: checked, not run -----------------------------------------------------------


def make_targets(makefile: Path) -> Set[str]:
    targets: Set[str] = set()
    for line in makefile.read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_.-]+(?:[ \t]+[A-Za-z0-9_.-]+)*)[ \t]*:(?!=)", line)
        if match:
            targets.update(name for name in match[1].split() if not name.startswith("."))
    return targets


def check_shell(block: Block, root: Path = REPO_ROOT) -> List[str]:
    """What a shell block names that the repository lacks: make targets, paths."""
    problems: List[str] = []
    targets = make_targets(root / "Makefile")
    for offset, raw in enumerate(block.code.splitlines()):
        line = raw.strip()
        if line.startswith("$ "):
            line = line[2:]
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        try:
            words = shlex.split(line)
        except ValueError:
            words = line.split()
        where = f"{block.rel}:{block.first_code_line + offset}"
        for index, word in enumerate(words):
            if word == "make":
                for target in words[index + 1 :]:
                    if target.startswith("-") or "=" in target or target in ("&&", "||", ";", "|"):
                        break
                    if target not in targets:
                        problems.append(f"{where}: `make {target}`: the Makefile has no target {target!r}")
            elif _looks_like_path(word) and not (root / word).exists():
                problems.append(f"{where}: {word!r} does not exist in the repository")
    return problems


def _looks_like_path(word: str) -> bool:
    if "=" in word or "://" in word or word.startswith(("-", "/", "~", "$", "<")) or any(c in word for c in "*?{}[]<>"):
        return False
    if word.split("/", 1)[0] in GENERATED_DIRS:
        return False
    return "/" in word or word.endswith((".py", ".sh", ".md", ".toml", ".cfg", ".txt"))


# -- running python blocks --------------------------------------------------------------------


SetupFactory = Callable[[], ContextManager[None]]
#: entered around a chain, given the chain's blocks
ChainHook = Callable[[Sequence["Block"]], ContextManager[None]]


class _Chain:
    """The namespace and the undo stack of a block and the blocks that continue it."""

    def __init__(self, rel: str, start: int) -> None:
        self.rel = rel
        self.start = start
        self.last = start - 1
        self.namespace: Dict[str, object] = {"__name__": "__main__"}
        self.stack = contextlib.ExitStack()


class DocsRunner:
    """Runs python blocks in-process against ``url``.

    ``around_chain(blocks)`` (optional) is entered before the first block of a chain (a block
    and the blocks that continue it, given) and left after its last, after the setups were undone.
    ``tolerate(exc)`` may accept an exception out of a block (e.g. an operation the server's
    Airflow does not have yet); the runner then returns its text instead of the output.
    """

    def __init__(
        self,
        url: str,
        setups: Mapping[str, SetupFactory],
        around_chain: Optional[ChainHook] = None,
        tolerate: Optional[Callable[[BaseException], Optional[str]]] = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.setups = setups
        self.around_chain = around_chain
        self.tolerate = tolerate
        self._chains: Dict[str, _Chain] = {}

    def run(self, block: Block, siblings: Sequence[Block] = ()) -> str:
        """Run ``block`` (one of ``siblings``, the python blocks of its file in order) and
        return what it printed; a block that raises raises ``BlockFailed``."""
        siblings = list(siblings) or [block]
        index = siblings.index(block)
        start = index
        while start > 0 and siblings[start].continues:
            start -= 1
        chain = self._chains.get(block.rel)
        if chain is not None and (chain.start != start or chain.last != index - 1):
            self._close(block.rel)
            chain = None
        output: List[str] = []
        try:
            if chain is None:
                end = start + 1
                while end < len(siblings) and siblings[end].continues:
                    end += 1
                chain = self._open(block.rel, start, siblings[start:end])
                for earlier in siblings[start:index]:  # a continuation run alone: run what it continues first
                    self._run_one(chain, earlier)
            output.append(self._run_one(chain, block))
        except BaseException:
            self._close(block.rel, failing=True)
            raise
        if index + 1 >= len(siblings) or not siblings[index + 1].continues:
            self._close(block.rel)
        return "".join(output)

    def close(self) -> None:
        for rel in list(self._chains):
            self._close(rel)

    def _open(self, rel: str, start: int, blocks: Sequence[Block]) -> _Chain:
        chain = _Chain(rel, start)
        if self.around_chain is not None:
            chain.stack.enter_context(self.around_chain(blocks))
        self._chains[rel] = chain
        return chain

    def _close(self, rel: str, failing: bool = False) -> None:
        chain = self._chains.pop(rel, None)
        if chain is None:
            return
        if failing:
            with contextlib.suppress(Exception):  # the block's own error is the one to report
                chain.stack.close()
        else:
            chain.stack.close()

    def _run_one(self, chain: _Chain, block: Block) -> str:
        for name in block.setups:
            if name not in self.setups:
                raise BlockFailed(f"{block.id}: no setup named {name!r}")
            chain.stack.enter_context(self.setups[name]())
        chain.last += 1
        code = block.code.replace(PLACEHOLDER_URL, self.url)
        # Padded with empty lines so that tracebacks give the line in the Markdown file itself.
        source = "\n" * (block.first_code_line - 1) + code
        filename = str(REPO_ROOT / block.rel)
        try:
            compiled = compile(source, filename, "exec")
        except SyntaxError as exc:
            raise BlockFailed(f"{block.id}: the python block does not compile: {exc}") from exc
        if block.compile_only:
            return ""
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                exec(compiled, chain.namespace)
        except Exception as exc:
            accepted = self.tolerate(exc) if self.tolerate is not None else None
            if accepted is not None:
                return out.getvalue() + accepted
            shown = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            raise BlockFailed(
                f"{block.id}: python block {block.number} of {block.rel} raised {type(exc).__name__}\n"
                f"--- its output ---\n{out.getvalue()}--- traceback ---\n{shown}"
            ) from exc
        return out.getvalue()
