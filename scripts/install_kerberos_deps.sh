#!/bin/sh
# Install what the Kerberos tests (test/unit/test_kerberos.py) need, on Debian/Ubuntu:
#   - an MIT KDC and its tools: krb5-kdc (krb5kdc, kdb5_util), krb5-admin-server
#     (kadmin.local), krb5-user (kinit, klist);
#   - libkrb5-dev, to build the Python package gssapi;
#   - gssapi itself, into the virtualenv ($VENV, .venv by default).
# Idempotent: when everything is there it only checks (well under a second).
# The tests start their own KDC in a temporary folder; nothing here configures
# or starts a system-wide one.
set -eu

cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
PY="$VENV/bin/python"
PACKAGES="krb5-kdc krb5-admin-server krb5-user libkrb5-dev"
GSSAPI_REQUIREMENT="gssapi>=1.8"

missing=""
for pkg in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done

if [ -n "$missing" ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "install_kerberos_deps: missing$missing and no apt-get; install the MIT Kerberos KDC," \
            "its admin tools, the client tools and the Kerberos headers with your package manager" >&2
        exit 1
    fi
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            SUDO="sudo"
        else
            echo "install_kerberos_deps: missing$missing; run this script as root" >&2
            exit 1
        fi
    fi
    echo "install_kerberos_deps: apt-get install$missing"
    # krb5-config asks for a default realm: answer nothing, the tests use their own krb5.conf.
    # shellcheck disable=SC2086
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >/dev/null ||
        {
            $SUDO apt-get update -q >/dev/null &&
                $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >/dev/null
        }
fi

if [ ! -x "$PY" ]; then
    echo "install_kerberos_deps: no virtualenv at $VENV (run make unit first, or set VENV)" >&2
    exit 1
fi
if ! "$PY" -c "import gssapi" >/dev/null 2>&1; then
    # No Linux wheels on PyPI: pip builds it (about a minute) with gcc, krb5-config
    # (libkrb5-dev) and the Python headers.
    echo "install_kerberos_deps: pip install '$GSSAPI_REQUIREMENT' (built from source, about a minute)"
    "$PY" -m pip install --disable-pip-version-check -q "$GSSAPI_REQUIREMENT"
fi
"$PY" -c "import gssapi" || {
    echo "install_kerberos_deps: gssapi still cannot be imported" >&2
    exit 1
}
