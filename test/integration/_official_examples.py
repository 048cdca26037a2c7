"""The official client's documentation examples, as programs to run (issue 23).

``apache-airflow-client==2.10.0``'s source distribution holds an example program for each
operation, in its ``docs/*Api.md``.  :func:`examples` fetches that distribution from the
package index at run time into ``.cache/official-examples`` (its text stays out of this
repository) and writes each example (90) as a program, unchanged but for its host and
credentials, which it reads from the environment (``EX_HOST``, ``EX_USERNAME``,
``EX_PASSWORD``).  :func:`run` runs each in an interpreter of its own (``-I``, outside the
checkout) and reads its outcome: for each call that raised, what the program printed of it
(the status of an ``ApiException``, ``other: <message>`` for one without a status), in order,
and, when the program crashed, ``crash: <exception>``; a call that returned prints its answer,
which is not compared (its values are the server's).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Dict, List

from test.official import official_python

REPO = Path(__file__).resolve().parent.parent.parent
FOLDER = REPO / ".cache" / "official-examples"
REQUIREMENT = "apache-airflow-client==2.10.0"
EXAMPLE_TIMEOUT = 90
#: an example's credentials, as the docs write them, and what they become
_CONFIGURATION = (
    ("username = 'YOUR_USERNAME',", "host = os.environ['EX_HOST'], username = os.environ['EX_USERNAME'],"),
    ("password = 'YOUR_PASSWORD'", "password = os.environ['EX_PASSWORD']"),
)
_PRINTED = re.compile(r"^Exception when calling (\S+): (?:\((\d+)\)|(.*))$")


def examples() -> List[Path]:
    """The example programs, made once (fetched and written under ``.cache/official-examples``)."""
    folder = FOLDER / "programs"
    made = sorted(folder.glob("*.py"))
    if made:
        return made
    FOLDER.mkdir(parents=True, exist_ok=True)
    pip = [str(official_python()), "-m", "pip", "download", "--quiet", "--disable-pip-version-check"]
    pip += ["--no-deps", "--no-binary", ":all:", REQUIREMENT, "-d", str(FOLDER)]
    subprocess.run(pip, check=True, timeout=300)
    (sdist,) = FOLDER.glob("apache_airflow_client-2.10.0.tar.gz")
    staging = FOLDER / "programs.partial"
    shutil.rmtree(staging, ignore_errors=True)  # a run stopped halfway
    staging.mkdir()
    count = 0
    with tarfile.open(sdist) as archive:
        docs = sorted(
            (m for m in archive.getmembers() if re.search(r"/docs/\w+Api\.md$", m.name)), key=lambda m: m.name
        )
        for member in docs:
            text = archive.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
            api = Path(member.name).stem
            for block in re.findall(r"```python\n(.*?)```", text, re.S):
                called = re.search(r"api_instance\.(\w+)\(", block)
                if not called:
                    continue
                for before, after in _CONFIGURATION:
                    assert before in block, f"{api}.{called.group(1)}: no {before!r} in the example"
                    block = block.replace(before, after)
                count += 1
                (staging / f"{count:03d}_{api}_{called.group(1)}.py").write_text("import os\n" + block)
    staging.rename(folder)
    return sorted(folder.glob("*.py"))


def outcome(stdout: str, stderr: str, code: int) -> List[str]:
    """What a program printed for its calls, and how it ended."""
    found = []
    for line in stdout.splitlines():
        printed = _PRINTED.match(line)
        if printed:
            found.append(printed.group(2) or "other: " + (printed.group(3) or ""))
    if code != 0:
        last = (stderr.strip().splitlines() or ["?"])[-1]
        found.append("crash: " + last)
    return found


def run(python: str, host: str, username: str, password: str) -> Dict[str, List[str]]:
    """Each example's outcome, run by ``python`` against ``host`` (an ``/api/v1`` address)."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(EX_HOST=host, EX_USERNAME=username, EX_PASSWORD=password, NO_PROXY="127.0.0.1,localhost")
    found: Dict[str, List[str]] = {}
    with tempfile.TemporaryDirectory(prefix="official-examples-") as cwd:  # not the checkout
        for program in examples():
            try:
                done = subprocess.run(
                    [python, "-I", str(program)], cwd=cwd, env=env, capture_output=True, text=True,
                    timeout=EXAMPLE_TIMEOUT,
                )  # fmt: skip
                found[program.stem] = outcome(done.stdout, done.stderr, done.returncode)
            except subprocess.TimeoutExpired:
                found[program.stem] = ["timeout"]
    return found


def same(outcomes: List[str]) -> List[str]:
    """Outcomes as compared: a crash by its exception and message up to our own addition
    (``; ...``, the field or value named, see docs/differences.md)."""
    return [item.split("; ")[0] for item in outcomes]
