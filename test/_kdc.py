"""A real MIT Kerberos KDC in a temporary folder, for the Kerberos unit tests.

:func:`start_kdc` writes a ``krb5.conf`` and a ``kdc.conf`` for its own realm,
creates the database with ``kdb5_util``, and runs ``krb5kdc`` in the
foreground on a free loopback port (TCP and UDP, 127.0.0.1 only).  Principals,
keytabs and tickets are made with ``kadmin.local`` and ``kinit``.  Nothing
outside the folder is read or written: every command gets the folder's
``KRB5_CONFIG`` and ``KRB5_KDC_PROFILE`` in its own environment, and
:meth:`Kdc.env` gives the variables a test sets for the code under test.

The tools come from Debian's krb5-kdc, krb5-admin-server and krb5-user
packages, unpacked (not installed) by ``scripts/install_kerberos_deps.sh`` into
``.cache/krb5/root``: they run from there with ``LD_LIBRARY_PATH`` set to the
folder's libraries, in their own environment only, and the KDC loads its
database module from there (``db_module_dir``).  Without that folder, the
tools on the PATH and in sbin are used (a system-wide MIT Kerberos).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional

REALM = "TEST.LOCAL"
#: Seconds any one Kerberos command may take; the KDC's start and stop too.
COMMAND_TIMEOUT = 15.0
_SBIN = ("/usr/sbin", "/usr/local/sbin", "/sbin")
#: Where scripts/install_kerberos_deps.sh unpacks Debian's MIT Kerberos packages.
UNPACKED = Path(__file__).resolve().parent.parent / ".cache" / "krb5" / "root"


def unpacked() -> Optional[Path]:
    """The folder of the unpacked packages, if the install script made it."""
    return UNPACKED if (UNPACKED / "usr" / "sbin" / "krb5kdc").is_file() else None


def library_dirs(root: Path) -> List[str]:
    """The folders of the unpacked shared libraries (``usr/lib/<triple>``, ``lib/<triple>``)."""
    return sorted(
        str(d) for pattern in ("usr/lib/*", "lib/*") for d in root.glob(pattern) if d.is_dir() and "-linux-" in d.name
    )


def db_module_dir() -> Optional[Path]:
    """The unpacked KDC's database modules (``db2.so``), which it would look for under /usr."""
    root = unpacked()
    found = sorted(root.glob("usr/lib/*/krb5/plugins/kdb")) if root is not None else []
    return found[0] if found else None


def tool(name: str) -> str:
    """The path of a Kerberos program (``kdb5_util``, ``krb5kdc``... live in sbin): the
    unpacked one when there is one, else the system's."""
    root = unpacked()
    if root is not None:
        for folder in ("usr/sbin", "usr/bin"):
            if os.access(root / folder / name, os.X_OK):
                return str(root / folder / name)
    found = shutil.which(name) or next((f"{d}/{name}" for d in _SBIN if os.access(f"{d}/{name}", os.X_OK)), None)
    if found is None:
        raise RuntimeError(f"{name} not found: run scripts/install_kerberos_deps.sh")
    return found


def free_port() -> int:
    """A loopback port free for both TCP and UDP at the moment of asking."""
    for _ in range(20):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
            tcp.bind(("127.0.0.1", 0))
            port = int(tcp.getsockname()[1])
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                try:
                    udp.bind(("127.0.0.1", port))
                except OSError:
                    continue
            return port
    raise RuntimeError("no loopback port free for both TCP and UDP")


@dataclass
class Kdc:
    realm: str
    root: Path
    port: int
    process: Optional["subprocess.Popen[bytes]"] = None

    @property
    def krb5_conf(self) -> Path:
        return self.root / "krb5.conf"

    @property
    def kdc_conf(self) -> Path:
        return self.root / "kdc.conf"

    @property
    def log_file(self) -> Path:
        return self.root / "kdc.log"

    def tool_env(self, **extra: str) -> Dict[str, str]:
        """The environment of a Kerberos command: the folder's configuration, no other."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("KRB5")}
        env.update(
            KRB5_CONFIG=str(self.krb5_conf),
            KRB5_KDC_PROFILE=str(self.kdc_conf),
            KRB5CCNAME=f"FILE:{self.root / 'tool.ccache'}",
            KRB5RCACHEDIR=str(self.root),
        )
        root = unpacked()
        if root is not None:  # the unpacked tools with their own libraries, not the system's
            env["LD_LIBRARY_PATH"] = os.pathsep.join(
                library_dirs(root) + [p for p in env.get("LD_LIBRARY_PATH", "").split(os.pathsep) if p]
            )
        env.update(extra)
        return env

    def env(self, ccache: str, keytab: Optional[Path] = None) -> Dict[str, str]:
        """The variables a test sets (with monkeypatch) so that gssapi in this
        process uses this realm, the credential cache ``ccache`` and, as an
        acceptor, ``keytab``."""
        values = {
            "KRB5_CONFIG": str(self.krb5_conf),
            "KRB5_KDC_PROFILE": str(self.kdc_conf),
            "KRB5CCNAME": ccache,
            "KRB5RCACHEDIR": str(self.root),
            "KRB5_CLIENT_KTNAME": f"FILE:{self.root / 'no-client.keytab'}",
        }
        if keytab is not None:
            values["KRB5_KTNAME"] = f"FILE:{keytab}"
        return values

    def run(self, *argv: str, stdin: Optional[str] = None, **extra_env: str) -> str:
        done = subprocess.run(
            list(argv),
            input=stdin,
            capture_output=True,
            text=True,
            env=self.tool_env(**extra_env),
            timeout=COMMAND_TIMEOUT,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        return done.stdout

    def kadmin(self, query: str) -> str:
        return self.run(tool("kadmin.local"), "-r", self.realm, "-q", query)

    def add_principal(self, name: str, password: Optional[str] = None) -> str:
        """Add ``name`` (with a password, or a random key); return its full name."""
        full = name if "@" in name else f"{name}@{self.realm}"
        key = f"-pw {password}" if password is not None else "-randkey"
        self.kadmin(f"addprinc {key} {full}")
        return full

    def keytab(self, path: Path, *principals: str) -> Path:
        """Write the keys of ``principals`` to the keytab ``path``."""
        for name in principals:
            self.kadmin(f"ktadd -k {path} {name}")
        return path

    def kinit(self, principal: str, password: str, ccache: str) -> None:
        """Get a (forwardable) ticket-granting ticket for ``principal`` into ``ccache``."""
        self.run(tool("kinit"), "-f", principal, stdin=password + "\n", KRB5CCNAME=ccache)

    def start(self) -> None:
        self.run(tool("kdb5_util"), "create", "-s", "-r", self.realm, "-P", "master-password-for-tests")
        with open(self.root / "krb5kdc.out", "wb") as out:
            self.process = subprocess.Popen(
                [tool("krb5kdc"), "-n", "-r", self.realm],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                env=self.tool_env(),
            )
        deadline = time.monotonic() + COMMAND_TIMEOUT
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"krb5kdc exited with {self.process.returncode}:\n{self.diagnostics()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError as exc:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(
                        f"krb5kdc did not listen on 127.0.0.1:{self.port}:\n{self.diagnostics()}"
                    ) from exc
                time.sleep(0.02)

    def stop(self) -> None:
        """Stop the KDC: SIGTERM, then SIGKILL after a few seconds."""
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)

    def diagnostics(self) -> str:
        parts = []
        for path in (self.root / "krb5kdc.out", self.log_file):
            if path.exists():
                parts.append(f"--- {path.name}\n{path.read_text(errors='replace')[-4000:]}")
        return "\n".join(parts)


def write_config(root: Path, realm: str, port: int) -> None:
    domain = realm.lower()
    modules_dir = db_module_dir()
    modules = f"\n[dbmodules]\n    db_module_dir = {modules_dir}\n" if modules_dir is not None else ""
    (root / "krb5.conf").write_text(
        f"""[libdefaults]
    default_realm = {realm}
    dns_lookup_kdc = false
    dns_lookup_realm = false
    dns_canonicalize_hostname = false
    rdns = false
    udp_preference_limit = 1
    forwardable = true
    ticket_lifetime = 1h
    default_ccache_name = FILE:{root}/default.ccache
    default_keytab_name = FILE:{root}/default.keytab
    default_client_keytab_name = FILE:{root}/no-client.keytab

[realms]
    {realm} = {{
        kdc = 127.0.0.1:{port}
        admin_server = 127.0.0.1:{port}
    }}

[domain_realm]
    127.0.0.1 = {realm}
    localhost = {realm}
    .{domain} = {realm}
    {domain} = {realm}

[logging]
    default = FILE:{root}/kdc.log
"""
    )
    (root / "kdc.conf").write_text(
        f"""[kdcdefaults]
    kdc_listen = 127.0.0.1:{port}
    kdc_tcp_listen = 127.0.0.1:{port}

[realms]
    {realm} = {{
        database_name = {root}/principal
        key_stash_file = {root}/stash
        acl_file = {root}/kadm5.acl
        kdc_listen = 127.0.0.1:{port}
        kdc_tcp_listen = 127.0.0.1:{port}
        max_life = 1h
        max_renewable_life = 0
        supported_enctypes = aes256-cts-hmac-sha1-96:normal aes128-cts-hmac-sha1-96:normal
    }}

[logging]
    kdc = FILE:{root}/kdc.log
    admin_server = FILE:{root}/kdc.log
    default = FILE:{root}/kdc.log
{modules}"""
    )
    (root / "kadm5.acl").write_text("")


def start_kdc(root: Path, realm: str = REALM) -> Kdc:
    """A KDC for ``realm`` with its files in ``root``, running; call ``stop()``."""
    root.mkdir(parents=True, exist_ok=True)
    port = free_port()
    write_config(root, realm, port)
    kdc = Kdc(realm, root, port)
    try:
        kdc.start()
    except BaseException:
        kdc.stop()
        raise
    return kdc
