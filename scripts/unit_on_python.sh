#!/usr/bin/env bash
# Run the unit suite (test/unit) on another Python: `scripts/unit_on_python.sh 3.9`.
#
# Finds the interpreter (pyenv's newest 3.9.x under $PYENV_ROOT or ~/.pyenv, else a
# python3.9 on the PATH that runs), makes a virtualenv for it in .cache/py3.9 (git-ignored),
# installs the client with its dev extras and gssapi (scripts/install_kerberos_deps.sh),
# and runs `pytest -q test/unit` there.  `make test` keeps .venv's interpreter; CI runs
# this for the oldest and newest Python the client supports (.ci/run).
#
# Exit status: pytest's; 3 when no such interpreter is found (the suite did NOT run on
# it, which the caller must not count as a pass).
set -euo pipefail
cd "$(dirname "$0")/.."

version="${1:?usage: scripts/unit_on_python.sh 3.9}"
venv=".cache/py$version"

works() { "$1" -c "import sys, venv; sys.exit(sys.version_info[:2] != tuple(map(int, '$version'.split('.'))))" 2>/dev/null; }

find_python() {
    local found candidate
    # pyenv's own folders first: its shim on the PATH may name a version that is not active
    for candidate in $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}/versions/$version".* 2>/dev/null | sort -V -r); do
        if works "$candidate/bin/python$version"; then
            echo "$candidate/bin/python$version"
            return 0
        fi
    done
    if found="$(command -v "python$version" 2>/dev/null)" && works "$found"; then
        echo "$found"
        return 0
    fi
    return 1
}

if ! python="$(find_python)"; then
    echo "unit_on_python: no Python $version here (not on the PATH, not under ${PYENV_ROOT:-$HOME/.pyenv}/versions)" >&2
    exit 3
fi
echo "unit_on_python: $("$python" -VV | head -1) at $python"

stamp="$venv/.installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ ! -x "$venv/bin/python" ]; then
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install --disable-pip-version-check -q --upgrade pip
    "$venv/bin/python" -m pip install --disable-pip-version-check -q -e '.[dev]'
    touch "$stamp"
fi
VENV="$venv" sh scripts/install_kerberos_deps.sh
exec "$venv/bin/python" -m pytest -q -p no:cacheprovider test/unit
