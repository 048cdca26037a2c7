#!/bin/sh
# Install what the Kerberos tests (test/unit/test_kerberos.py) need, without touching
# the system: nothing is installed with dpkg or apt-get install, nothing is written under
# /etc, no service is enabled or started.
#   - Debian's MIT KDC and its tools (krb5kdc, kdb5_util, kadmin.local, kinit) and the
#     Kerberos headers (libkrb5-dev) are fetched with `apt-get download` and unpacked with
#     `dpkg-deb -x` into .cache/krb5/root (git-ignored); test/_kdc.py runs the tools from
#     there, with LD_LIBRARY_PATH set to the folder's libraries for them alone;
#   - gssapi, which has no Linux wheel on PyPI, is built into the virtualenv ($VENV, .venv
#     by default) against those headers (krb5-config of the folder), and at run time uses
#     the system's libgssapi_krb5.so.2 (libgssapi-krb5-2, on Debian and Ubuntu by default).
# The only system-wide step: `apt-get update` (as root or with sudo) when the package
# lists are missing or stale, which writes only apt's lists under /var/lib/apt.
# Without apt-get (another distribution), the MIT tools and krb5-config already on the
# PATH are used: install them with your package manager.
# Idempotent: when everything is there it only checks (well under a second).
set -eu

cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
PY="$VENV/bin/python"
CACHE=".cache/krb5"
ROOT="$CACHE/root"
# The tools, the libraries they need beyond a minimal Debian (the Kerberos runtime too, so
# that the folder is of one version), and the headers.
PACKAGES="krb5-kdc krb5-admin-server krb5-user
libkadm5srv-mit12 libkadm5clnt-mit12 libkdb5-10 libgssrpc4 libverto1 libverto-libev1 libev4
libkrb5-3 libk5crypto3 libkrb5support0 libgssapi-krb5-2 libcom-err2 libss2
libkrb5-dev krb5-multidev comerr-dev"
GSSAPI_REQUIREMENT="gssapi>=1.8"

say() { echo "install_kerberos_deps: $*"; }
die() {
    echo "install_kerberos_deps: $*" >&2
    exit 1
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "'$*' needs root; run it as root, or this script with sudo"
    fi
}

download() {
    # shellcheck disable=SC2086
    (cd "$CACHE/debs" && apt-get download -q $PACKAGES) >"$CACHE/download.log" 2>&1
}

unpacked() {
    [ -f "$CACHE/.unpacked" ] && [ "$(cat "$CACHE/.unpacked")" = "$PACKAGES" ] &&
        [ -x "$ROOT/usr/sbin/krb5kdc" ] && [ -x "$ROOT/usr/bin/krb5-config" ]
}

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1; then
    if ! unpacked; then
        say "apt-get download + dpkg-deb -x of the MIT KDC, its tools and headers into $ROOT"
        rm -rf "$CACHE"
        mkdir -p "$CACHE/debs" "$ROOT"
        if ! download; then
            say "apt-get update (the package lists are missing or stale), then again"
            as_root apt-get update -q >/dev/null
            download || {
                cat "$CACHE/download.log" >&2
                die "apt-get download failed"
            }
        fi
        for deb in "$CACHE"/debs/*.deb; do
            dpkg-deb -x "$deb" "$ROOT"
        done
        # krb5-config names /usr: point it at the folder (gssapi's build asks it for flags;
        # -lcom_err is found beside, as libcom_err.so of comerr-dev).
        abs_root="$(cd "$ROOT" && pwd)"
        sed -e "s|^prefix=/usr\$|prefix=$abs_root/usr|" \
            -e "s|^includedir=/usr/|includedir=$abs_root/usr/|" \
            -e "s|^libdir=/usr/|libdir=$abs_root/usr/|" \
            -e "s|^LDFLAGS='\\(.*\\)'\$|LDFLAGS=\"\\1 -L$abs_root/usr/lib/\${tripple}\"|" \
            "$ROOT/usr/bin/krb5-config.mit" >"$ROOT/usr/bin/krb5-config.local"
        chmod +x "$ROOT/usr/bin/krb5-config.local"
        ln -sf krb5-config.local "$ROOT/usr/bin/krb5-config"
        rm -rf "$CACHE/debs"
        echo "$PACKAGES" >"$CACHE/.unpacked"
    fi
    KRB5_CONFIG_TOOL="$(cd "$ROOT/usr/bin" && pwd)/krb5-config"
    # krb5-config's flags name only .../include/mit-krb5, while the headers there include
    # <et/com_err.h> of comerr-dev, unpacked beside it in .../include/et: without this the
    # build finds it only where the system has libkrb5-dev (or comerr-dev) installed.
    BUILD_CFLAGS="-I$(cd "$ROOT/usr/include" && pwd)"
else
    for name in krb5kdc kdb5_util kadmin.local kinit krb5-config; do
        PATH="$PATH:/usr/sbin:/usr/local/sbin:/sbin" command -v "$name" >/dev/null 2>&1 ||
            die "no apt-get, and $name is not installed: install the MIT Kerberos KDC, its admin" \
                "and client tools and the Kerberos headers with your package manager"
    done
    KRB5_CONFIG_TOOL="krb5-config"
    BUILD_CFLAGS=""
fi

if [ ! -x "$PY" ]; then
    die "no virtualenv at $VENV (run make unit first, or set VENV)"
fi
if ! "$PY" -c "import gssapi" >/dev/null 2>&1; then
    # No Linux wheels on PyPI: pip builds it (about a minute) with gcc, the Python headers
    # and the folder's krb5-config; pip's cache keeps the wheel for the next virtualenv.
    say "pip install '$GSSAPI_REQUIREMENT' (built from source against $KRB5_CONFIG_TOOL, about a minute)"
    CFLAGS="$BUILD_CFLAGS ${CFLAGS:-}" GSSAPI_KRB5CONFIG="$KRB5_CONFIG_TOOL" \
        "$PY" -m pip install --disable-pip-version-check -q "$GSSAPI_REQUIREMENT"
fi
"$PY" -c "import gssapi" || die "gssapi still cannot be imported"
