"""Where the command line finds its server and credentials.

Each setting is taken from the first of these that has it:

1. the command line's flags (``--host``, ``--username``, ``--password-file``,
   ``--token-file``, ``--ca-bundle``, ``--insecure``, ``--request-timeout``);
2. a profile named by ``--profile`` on the command line;
3. the environment (:data:`ENVIRONMENT`: ``AIRFLOW_HOST``, ``AIRFLOW_USERNAME``,
   ``AIRFLOW_PASSWORD``, ``AIRFLOW_TOKEN``, ``AIRFLOW_CA_BUNDLE``, ...);
4. the profile of the config file named by ``AIRFLOW_PROFILE``, else ``[default]``.

A profile named on the command line comes before the environment so that
``--profile prod`` cannot be overridden silently by a variable left in the shell.

The config file is INI (:mod:`configparser`), one section per profile: the
standard library reads it on every Python this package supports (``tomllib`` is
3.11+, and a TOML reader would be a dependency).  It is ``$AIRFLOW_CLIENT_CONFIG``,
else ``$XDG_CONFIG_HOME/airflow-client/config.ini`` (``~/.config/...``).

A password or token is never taken from a flag (it would show in ``ps`` and
the shell's history): it comes from the environment, a file (``--password-file``,
``--token-file``, ``-`` for standard input), the config file, or a prompt when
standard input is a terminal.
"""

from __future__ import annotations

import configparser
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

#: setting -> environment variable
ENVIRONMENT = {
    "host": "AIRFLOW_HOST",
    "username": "AIRFLOW_USERNAME",
    "password": "AIRFLOW_PASSWORD",
    "password_file": "AIRFLOW_PASSWORD_FILE",
    "token": "AIRFLOW_TOKEN",
    "token_file": "AIRFLOW_TOKEN_FILE",
    "ca_bundle": "AIRFLOW_CA_BUNDLE",
    "insecure": "AIRFLOW_INSECURE",
    "request_timeout": "AIRFLOW_REQUEST_TIMEOUT",
    "output": "AIRFLOW_CLIENT_OUTPUT",
}
#: the keys a profile may hold
PROFILE_KEYS = frozenset(ENVIRONMENT) | {"retries"}
SECRETS = ("password", "token")
CONFIG_ENV = "AIRFLOW_CLIENT_CONFIG"
PROFILE_ENV = "AIRFLOW_PROFILE"
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class SettingsError(Exception):
    """A setting is missing or wrong (a usage error)."""


@dataclass
class Settings:
    host: str
    username: Optional[str] = None
    password: Optional[str] = None
    token: Optional[str] = None
    ca_bundle: Optional[str] = None
    insecure: bool = False
    request_timeout: Optional[float] = None
    retries: Optional[int] = None
    output: Optional[str] = None
    #: where each setting came from ("flag", "environment", "profile NAME"), for --show-settings
    sources: Optional[Dict[str, str]] = None

    def __repr__(self) -> str:  # never a secret
        shown = {k: v for k, v in self.__dict__.items() if k not in SECRETS and k != "sources"}
        shown.update({k: "***" for k in SECRETS if getattr(self, k)})
        return f"Settings({shown})"

    def secrets(self) -> List[str]:
        return [s for s in (self.password, self.token) if s]

    def configuration(self) -> Any:
        from airflow_client.client import Configuration

        options: Dict[str, Any] = {}
        if self.request_timeout is not None:
            options["timeout"] = self.request_timeout
        if self.retries is not None:
            options["retries"] = self.retries
        if self.insecure:
            import urllib3

            urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        return Configuration(
            host=self.host,
            username=None if self.token else self.username,
            password=None if self.token else self.password,
            access_token=self.token,
            ssl_ca_cert=self.ca_bundle,
            verify_ssl=not self.insecure,
            **options,
        )


def config_path(environ: Mapping[str, str]) -> Path:
    explicit = environ.get(CONFIG_ENV)
    if explicit:
        return Path(explicit).expanduser()
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "airflow-client" / "config.ini"


def read_profile(path: Path, name: str, required: bool) -> Dict[str, str]:
    """The keys of profile ``name``; {} when there is no such file or profile and
    ``required`` is off (the default profile)."""
    if not path.is_file():
        if required:
            raise SettingsError(f"profile {name!r}: no config file {str(path)!r}")
        return {}
    parser = configparser.ConfigParser(interpolation=None, default_section="\0no defaults\0")
    try:
        parser.read(path, encoding="utf-8")
    except configparser.Error as exc:
        raise SettingsError(f"config file {str(path)!r}: {str(exc).splitlines()[0]}") from None
    if not parser.has_section(name):
        if required:
            known = ", ".join(parser.sections()) or "none"
            raise SettingsError(f"no profile {name!r} in {str(path)!r} (profiles: {known})")
        return {}
    values = dict(parser.items(name))
    unknown = sorted(set(values) - PROFILE_KEYS)
    if unknown:
        raise SettingsError(
            f"profile {name!r} in {str(path)!r}: unknown key {unknown[0]!r} (keys: {', '.join(sorted(PROFILE_KEYS))})"
        )
    if any(values.get(k) for k in SECRETS) and _readable_by_others(path):
        print(
            f"airflow-client: warning: {path} holds a secret and others can read it (chmod 600 it)",
            file=sys.stderr,
        )
    return values


def resolve(
    flags: Mapping[str, Any],
    environ: Mapping[str, str],
    profile_flag: Optional[str],
    prompt: bool,
) -> Settings:
    """The settings from ``flags`` (None: not given), ``environ`` and the config file."""
    env = {key: environ[var] for key, var in ENVIRONMENT.items() if environ.get(var) not in (None, "")}
    path = config_path(environ)
    layers: List[Tuple[str, Mapping[str, Any]]] = [("flag", {k: v for k, v in flags.items() if v not in (None, False)})]
    if profile_flag:
        layers.append((f"profile {profile_flag}", read_profile(path, profile_flag, required=True)))
        layers.append(("environment", env))
    else:
        name = environ.get(PROFILE_ENV) or "default"
        layers.append(("environment", env))
        layers.append((f"profile {name}", read_profile(path, name, required=name != "default")))

    sources: Dict[str, str] = {}

    def first(*keys: str) -> Tuple[Optional[str], Any]:
        for source, layer in layers:
            for key in keys:
                if layer.get(key) not in (None, ""):
                    sources[keys[0]] = source
                    return key, layer[key]
        return None, None

    _, host = first("host")
    if not host:
        raise SettingsError(
            f"no Airflow to talk to: give --host, set {ENVIRONMENT['host']} or add host to a profile of {str(path)!r}"
        )
    # Credentials: the first layer with any of them decides between a token and a user.
    token: Optional[str] = None
    username: Optional[str] = None
    for _source, layer in layers:
        if layer.get("token") or layer.get("token_file"):
            key, value = first("token", "token_file")
            token = _read_secret_file(value, "token") if key == "token_file" else str(value)
            break
        if layer.get("username"):
            username = str(layer["username"])
            sources["username"] = _source
            break
    password: Optional[str] = None
    if username:
        key, value = first("password", "password_file")
        if key == "password_file":
            password = _read_secret_file(value, "password")
        elif value:
            password = str(value)
        elif prompt:
            import getpass

            password = getpass.getpass(f"Password for {username} at {host}: ")
        else:
            raise SettingsError(
                f"no password for {username!r}: set {ENVIRONMENT['password']}, give --password-file, "
                "or run in a terminal to be asked"
            )
    _, ca_bundle = first("ca_bundle")
    _, insecure = first("insecure")
    _, timeout = first("request_timeout")
    _, retries = first("retries")
    _, output = first("output")
    return Settings(
        host=str(host),
        username=username,
        password=password,
        token=token,
        ca_bundle=str(ca_bundle) if ca_bundle else None,
        insecure=_boolean(insecure, "insecure"),
        request_timeout=_number(timeout, "request_timeout", float),
        retries=_number(retries, "retries", int),
        output=str(output) if output else None,
        sources=sources,
    )


def _read_secret_file(path: Any, what: str) -> str:
    path = str(path)
    try:
        if path == "-":
            text = sys.stdin.readline()
        else:
            text = Path(path).expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise SettingsError(f"cannot read the {what} file {path!r}: {exc.strerror}") from None
    value = text.rstrip("\r\n")
    if not value:
        raise SettingsError(f"the {what} file {path!r} is empty")
    return value


def _boolean(value: Any, name: str) -> bool:
    if isinstance(value, bool) or value is None:
        return bool(value)
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise SettingsError(f"{name} must be true or false, got {value!r}")


def _number(value: Any, name: str, kind: Any) -> Any:
    if value is None or isinstance(value, (int, float)):
        return value
    try:
        number = kind(str(value).strip())
    except ValueError:
        raise SettingsError(f"{name} must be a number, got {value!r}") from None
    if number < 0:
        raise SettingsError(f"{name} must be >= 0, got {value!r}")
    return number


def _readable_by_others(path: Path) -> bool:
    try:
        return os.name == "posix" and bool(path.stat().st_mode & 0o077)
    except OSError:
        return False
