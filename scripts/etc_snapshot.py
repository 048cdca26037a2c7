#!/usr/bin/env python3
"""Print a snapshot of a folder tree, /etc by default: one line per entry, sorted, with
its kind and its content (sha256 of a file, target of a link, mode of a folder).

``.ci/run`` takes one before ``make test`` and one after, and fails when they differ:
the tests install nothing system-wide (the Kerberos tools are unpacked into
``.cache/krb5``, see ``scripts/install_kerberos_deps.sh``), so ``/etc/krb5.conf``, the
KDC's ``/etc/krb5kdc`` and the links that enable services at boot stay as they were.

Usage: ``python3 scripts/etc_snapshot.py [ROOT ...] > snapshot.txt``. Standard library only.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from typing import Iterator


def entries(root: str) -> Iterator[str]:
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        for name in sorted(dirs + files):
            path = os.path.join(folder, name)
            try:
                info = os.lstat(path)
            except OSError as exc:
                yield f"{path}\tgone\t{exc.strerror}"
                continue
            if stat.S_ISLNK(info.st_mode):
                yield f"{path}\tlink\t{os.readlink(path)}"
            elif stat.S_ISDIR(info.st_mode):
                yield f"{path}\tdir\t{stat.filemode(info.st_mode)}"
            elif stat.S_ISREG(info.st_mode):
                digest = hashlib.sha256()
                try:
                    with open(path, "rb") as handle:
                        for block in iter(lambda: handle.read(1 << 16), b""):  # noqa: B023
                            digest.update(block)
                    content = digest.hexdigest()
                except OSError as exc:
                    content = f"unreadable: {exc.strerror}"
                yield f"{path}\tfile\t{stat.filemode(info.st_mode)} {content}"
            else:
                yield f"{path}\tother\t{stat.filemode(info.st_mode)}"


def main() -> int:
    for root in sys.argv[1:] or ["/etc"]:
        for line in entries(root):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
