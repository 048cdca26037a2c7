"""TLS for the loopback server: a CA made by the test (trustme) and files to give the client."""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import trustme

from test.loopback import LoopbackServer


@dataclass
class Pki:
    ca: trustme.CA
    ca_file: str  # the CA the client trusts
    client_cert: str  # a client certificate signed by the CA, and its key
    client_key: str
    other_ca_file: str  # a CA that signed nothing the server has


def make_pki(folder: Path) -> Pki:
    """A CA, a client certificate it signed and another CA, written to ``folder``."""
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(folder / "ca.pem"))
    trustme.CA().cert_pem.write_to_path(str(folder / "other-ca.pem"))
    client = ca.issue_cert("airflow-client@example.org")
    client.cert_chain_pems[0].write_to_path(str(folder / "client.pem"))
    client.private_key_pem.write_to_path(str(folder / "client.key"))
    return Pki(
        ca, str(folder / "ca.pem"), str(folder / "client.pem"), str(folder / "client.key"), str(folder / "other-ca.pem")
    )


def tls_server(pki: Pki, *names: str, client_ca: Optional[str] = None) -> LoopbackServer:
    """A loopback HTTPS server whose certificate names ``names`` (127.0.0.1 by default).

    With ``client_ca`` it requires a client certificate signed by that CA.
    """
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    pki.ca.issue_cert(*(names or ("127.0.0.1",))).configure_cert(ctx)
    if client_ca is not None:
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(client_ca)
    return LoopbackServer(ssl_context=ctx)
