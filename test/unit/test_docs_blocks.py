"""The collector and runner of test/integration/test_docs.py, without a server; and the
examples folder: one ``codegen/examples/<operationId>.py`` per operation of the spec, nothing else."""

from __future__ import annotations

import contextlib
import textwrap
from pathlib import Path
from typing import Callable, ContextManager, Iterator, List, Sequence

import pytest

from codegen.generate import coverage
from codegen.spec import load_spec
from test.integration._docs import (
    EXAMPLES_DIR,
    PLACEHOLDER_URL,
    SETUP_NAMES,
    Block,
    BlockFailed,
    DocsError,
    DocsRunner,
    check_shell,
    collect_example,
    collect_markdown,
    split_example,
)

CONFIGURATION = 'configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")'

PAGE = textwrap.dedent(
    """\
    # A page

    Some prose.

    ```python
    x = 1
    print("first", x)
    ```

    <!-- docs-test: continues -->
    ```python
    print("second", x + 1)
    ```

    ```bash
    make smoke
    python3 scripts/airflow_local.py status
    ```

    <!-- docs-test: setup=finished_run,queued_dataset_event -->
    ```py
    print("third")
    ```

    ```text
    not code
    ```
    """
)


def test_the_collector_finds_blocks_languages_lines_and_markers() -> None:
    blocks = collect_markdown(PAGE, "docs/page.md")
    assert [(b.lang, b.line, b.number) for b in blocks] == [
        ("python", 5, 1),
        ("python", 11, 2),
        ("bash", 15, 1),
        ("py", 21, 3),
        ("text", 25, 1),
    ]
    first, second, shell, third, _ = blocks
    assert first.code == 'x = 1\nprint("first", x)\n' and first.first_code_line == 6
    assert (first.continues, second.continues, third.continues) == (False, True, False)
    assert third.setups == ("finished_run", "queued_dataset_event") and first.setups == ()
    assert [b.id for b in blocks][:2] == ["docs/page.md:5", "docs/page.md:11"]
    assert shell.is_shell and not shell.is_python and third.is_python


def test_an_indented_fence_is_dedented() -> None:
    page = "1. a step:\n\n   ```python\n   if True:\n       print(1)\n   ```\n"
    (block,) = collect_markdown(page, "docs/x.md")
    assert block.code == "if True:\n    print(1)\n"


@pytest.mark.parametrize(
    "page, message",
    [
        ("<!-- docs-test: retries=3 -->\n```python\npass\n```\n", "unknown docs-test key 'retries'"),
        ("<!-- docs-test: setup=no_such_setup -->\n```python\npass\n```\n", "unknown docs-test setup 'no_such_setup'"),
        ("<!-- docs-test: setup -->\n```python\npass\n```\n", "'setup' needs value"),
        ("<!-- docs-test: continues=yes -->\n```python\npass\n```\n", "'continues' takes no value"),
        ("<!-- docs-test: -->\n```python\npass\n```\n", "empty docs-test marker"),
        ("<!-- docs-test: setup=finished_run -->\n\n```python\npass\n```\n", "right before a code fence"),
        ("<!-- docs-test: setup=finished_run -->\n```bash\nls\n```\n", "python blocks only"),
        ("<!-- docs-test: continues -->\n```python\npass\n```\n", "first python block of a file cannot continue"),
        ("```python\npass\n", "never closed"),
    ],
)
def test_the_collector_refuses_markers_that_would_rot(page: str, message: str) -> None:
    with pytest.raises(DocsError, match=r"^docs/x\.md:[12]: ") as raised:
        collect_markdown(page, "docs/x.md")
    assert message in str(raised.value)


def test_an_example_file_gives_its_leading_markers(tmp_path: Path) -> None:
    markers, code = split_example("# docs-test: setup=finished_run\n# Assumes a run.\nprint(1)\n", "ex.py")
    assert markers == {"setup": "finished_run"} and code == "# Assumes a run.\nprint(1)\n"
    with pytest.raises(DocsError, match="very top"):
        split_example("print(1)\n# docs-test: setup=finished_run\n", "ex.py")
    with pytest.raises(DocsError, match="unknown docs-test key"):
        split_example("# docs-test: nope\nprint(1)\n", "ex.py")
    path = tmp_path / "codegen" / "examples" / "get_dag.py"
    path.parent.mkdir(parents=True)
    path.write_text("# docs-test: setup=finished_run\nprint(1)\n")
    block = collect_example(path, root=tmp_path)
    assert (block.id, block.setups, block.first_code_line) == ("codegen/examples/get_dag.py:1", ("finished_run",), 2)


# -- the runner ---------------------------------------------------------------------------------


def test_a_broken_block_fails_with_its_file_line_and_traceback() -> None:
    page = "# Page\n\n```python\nx = 1\nprint('before')\ny = x / 0\n```\n"
    (block,) = collect_markdown(page, "docs/broken.md")
    runner = DocsRunner("http://127.0.0.1:1", {})
    with pytest.raises(BlockFailed) as raised:
        runner.run(block, [block])
    message = str(raised.value)
    assert message.startswith("docs/broken.md:3: python block 1 of docs/broken.md raised ZeroDivisionError")
    assert "before" in message  # its output so far
    assert 'broken.md", line 6' in message  # the line in the Markdown file itself


def test_a_block_that_does_not_compile_fails_with_its_location() -> None:
    (block,) = collect_markdown("```python\ndef f(:\n```\n", "docs/bad.md")
    with pytest.raises(BlockFailed, match="docs/bad.md:1: the python block does not compile"):
        DocsRunner("http://127.0.0.1:1", {}).run(block, [block])


def test_blocks_run_with_the_server_url_and_continuations_share_a_namespace() -> None:
    page = f'```python\nurl = "{PLACEHOLDER_URL}/api/v1"\nprint(url)\n```\n\n<!-- docs-test: continues -->\n'
    page += "```python\nprint(url.upper())\n```\n\n```python\nprint('url' in globals())\n```\n"
    blocks = collect_markdown(page, "docs/chain.md")
    runner = DocsRunner("http://10.0.0.1:9999/", {})
    assert [runner.run(b, blocks) for b in blocks] == [
        "http://10.0.0.1:9999/api/v1\n",
        "HTTP://10.0.0.1:9999/API/V1\n",
        "False\n",  # a block that does not continue starts afresh
    ]
    # run alone (pytest -k), a continuation first runs what it continues
    assert DocsRunner("http://h:1", {}).run(blocks[1], blocks) == "HTTP://H:1/API/V1\n"


def test_setups_and_the_chain_hook_wrap_the_chain_in_order() -> None:
    events: List[str] = []

    def recorder(name: str) -> Callable[[], ContextManager[None]]:
        @contextlib.contextmanager
        def manager() -> Iterator[None]:
            events.append(f"enter {name}")
            try:
                yield
            finally:
                events.append(f"exit {name}")

        return manager

    page = "<!-- docs-test: setup=finished_run -->\n```python\nprint('a')\n```\n\n"
    page += "<!-- docs-test: continues setup=queued_dataset_event -->\n```python\nprint('b')\n```\n\n"
    page += "```python\nraise RuntimeError('boom')\n```\n"
    blocks = collect_markdown(page, "docs/setups.md")
    setups = {name: recorder(name) for name in SETUP_NAMES}
    chains: List[List[int]] = []

    def around(chain: Sequence[Block]) -> ContextManager[None]:
        chains.append([b.line for b in chain])
        return recorder("chain")()

    runner = DocsRunner("http://h:1", setups, around_chain=around)
    runner.run(blocks[0], blocks)
    assert events == ["enter chain", "enter finished_run"]  # the chain goes on in the next block
    runner.run(blocks[1], blocks)
    assert events[2:] == ["enter queued_dataset_event", "exit queued_dataset_event", "exit finished_run", "exit chain"]
    with pytest.raises(BlockFailed, match="docs/setups.md:11"):
        runner.run(blocks[2], blocks)
    assert events[6:] == ["enter chain", "exit chain"]  # undone after a failure too
    assert chains == [[2, 7], [11]]


def test_tolerate_can_accept_an_exception() -> None:
    (block,) = collect_markdown("```python\nprint('x')\nraise KeyError('old server')\n```\n", "docs/t.md")
    runner = DocsRunner("http://h:1", {}, tolerate=lambda exc: "[accepted]\n" if isinstance(exc, KeyError) else None)
    assert runner.run(block, [block]) == "x\n[accepted]\n"


def test_a_compile_only_block_is_compiled_not_run() -> None:
    page = "<!-- docs-test: compile-only -->\n```python\nraise SystemExit('never')\n```\n"
    (block,) = collect_markdown(page, "docs/c.md")
    assert DocsRunner("http://h:1", {}).run(block, [block]) == ""


# -- shell blocks ---------------------------------------------------------------------------------


def test_shell_blocks_name_existing_make_targets_and_paths() -> None:
    page = "```bash\nmake smoke   # comment\nmake test\n$ python3 scripts/airflow_local.py up\n"
    page += "AIRFLOW_HOST=http://localhost:8080/api/v1 python test_python_client.py\npip install .\n"
    page += ".venv/bin/python -m pytest\n```\n"
    (block,) = collect_markdown(page, "README.md")
    assert check_shell(block) == []
    page = "```sh\nmake smoke tset\npython3 scripts/no_such_script.py\n```\n"
    (bad,) = collect_markdown(page, "README.md")
    assert check_shell(bad) == [
        "README.md:2: `make tset`: the Makefile has no target 'tset'",
        "README.md:3: 'scripts/no_such_script.py' does not exist in the repository",
    ]


# -- the examples folder ------------------------------------------------------------------------


def test_every_operation_has_one_example_and_nothing_else_is_there() -> None:
    operations, _ = coverage(load_spec())
    expected = {f"{operation_id}.py" for operation_id, _ in operations}
    present = {path.name for path in EXAMPLES_DIR.iterdir() if path.name != "__pycache__"}
    assert present - expected == set(), "examples of no operation"
    assert expected - present == set(), "operations without an example"
    assert len(expected) == 89


@pytest.mark.parametrize("path", sorted(EXAMPLES_DIR.glob("*.py")), ids=lambda p: p.name)
def test_an_example_is_complete_and_configured_as_the_docs_say(path: Path) -> None:
    block = collect_example(path)
    assert set(block.setups) <= set(SETUP_NAMES)
    assert block.code.startswith("# ") or block.code.startswith("import ")
    assert "import airflow_client.client\n" in block.code
    assert CONFIGURATION in block.code and block.code.count(PLACEHOLDER_URL) == 1
    assert "with airflow_client.client.ApiClient(configuration) as api_client:" in block.code
    method = path.stem
    assert f".{method}(" in block.code, f"the example of {method} does not call it"
    compile(block.code, str(path), "exec")
