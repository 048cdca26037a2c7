"""The official ``ApiClient``'s helper methods, which code written for the official
client calls or overrides: ``request``, ``sanitize_for_serialization``,
``deserialize``, ``parameters_to_tuples``, ``parameters_to_multipart``,
``files_parameters``, ``select_header_accept``, ``select_header_content_type``,
``update_params_for_auth``.  ``call_api`` uses them, as the official one does."""

from __future__ import annotations

import io
import json
import mimetypes
import os
import re
import tempfile
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Sequence, Tuple

from urllib3.fields import RequestField

from airflow_client.client.compat import rest
from airflow_client.client.compat.convert import _convert, _model_store, file_type
from airflow_client.client.exceptions import ApiValueError

if TYPE_CHECKING:
    from airflow_client.client.compat.rest import RESTClientObject
    from airflow_client.client.configuration import Configuration

JSON = "application/json"
#: The collection formats of ``parameters_to_tuples`` and their separators (``csv`` is the default).
_SEPARATORS = {"ssv": " ", "tsv": "\t", "pipes": "|"}


class OfficialMethods:
    """The helper methods of the official ``ApiClient`` (a mixin of :class:`ApiClient`)."""

    configuration: "Configuration"
    rest_client: "RESTClientObject"

    def request(
        self,
        method: str,
        url: str,
        query_params: Any = None,
        headers: Any = None,
        post_params: Any = None,
        body: Any = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
    ) -> Any:
        """Send one request through :attr:`rest_client` (its ``GET``, ``POST``...);
        no credentials are added.  Returns a :class:`RESTResponse`, raises the
        :class:`ApiException` of an error status."""
        extra = rest.VERB_ARGS.get(method)
        if extra is not None:
            given = {"post_params": post_params, "body": body}
            return getattr(self.rest_client, method)(
                url,
                query_params=query_params,
                headers=headers,
                _preload_content=_preload_content,
                _request_timeout=_request_timeout,
                **{name: given[name] for name in extra},
            )
        raise ApiValueError(f"the HTTP method must be GET, HEAD, OPTIONS, POST, PATCH, PUT or DELETE; got {method!r}")

    @classmethod
    def sanitize_for_serialization(cls, obj: Any) -> Any:
        """``obj`` as JSON-ready values: a model as a dict of its fields by their JSON
        names (recursively), an enum of the spec as its value, dates and times as
        ISO 8601 text, tuples as lists, an open file as its bytes (the file is
        closed).  Anything else raises ``ApiValueError``."""
        if getattr(type(obj), "__one_value__", False):  # an enum of the spec, Color: its value
            return cls.sanitize_for_serialization(obj.value)
        if obj is None or isinstance(obj, (bool, int, float, str)):
            return obj
        if isinstance(obj, (datetime, date)):
            return obj.isoformat()
        if isinstance(obj, (list, tuple)):
            return [cls.sanitize_for_serialization(item) for item in obj]
        if isinstance(obj, dict):
            return {key: cls.sanitize_for_serialization(value) for key, value in obj.items()}
        if isinstance(obj, io.IOBase):
            return cls.get_file_data_and_close_file(obj)
        store = _model_store(obj)
        if store is not None:
            names = type(obj).attribute_map
            return {names.get(key, key): cls.sanitize_for_serialization(value) for key, value in store.items()}
        raise ApiValueError(f"cannot serialize a value of type {type(obj).__name__} for a request")

    def deserialize(self, response: Any, response_type: Tuple[Any, ...], _check_type: Optional[bool]) -> Any:
        """``response.data`` as ``response_type`` says (see :meth:`call_api`).

        JSON is decoded first (a body that is not JSON is taken as text), then
        converted to the first accepted type that fits; a value that fits none
        is kept as received (``ResponseValidationError`` with
        ``strict_responses``).  ``(file_type,)`` writes the body to a new file
        (in ``temp_folder_path``, named as ``Content-Disposition`` says) and
        returns it open for reading.
        """
        if tuple(response_type) == (file_type,):
            return self._download(response)
        data = response.data
        try:
            received = json.loads(data)
        except (ValueError, RecursionError):
            received = data.decode("utf-8", "replace") if isinstance(data, (bytes, bytearray)) else data
        strict = self.configuration.strict_responses
        return _convert(received, tuple(response_type), ["received_data"], strict, bool(_check_type))

    def _download(self, response: Any) -> Any:
        data = response.data
        if isinstance(data, str):
            data = data.encode("utf-8")
        name = "download"
        disposition = response.getheader("Content-Disposition")
        match = re.search(r"filename\*?=\s*[\"']?([^\"';\r\n]+)", disposition or "")
        if match:
            name = os.path.basename(match.group(1).strip().replace("\\", "/")) or name
            if name in (".", ".."):
                name = "download"
        # A folder of its own: a name the server chose can never replace another file.
        folder = tempfile.mkdtemp(dir=self.configuration.temp_folder_path)
        path = os.path.join(folder, name)
        with open(path, "wb") as handle:
            handle.write(data)
        return open(path, "rb")  # noqa: SIM115 - the caller owns the file

    def parameters_to_tuples(
        self, params: Any, collection_formats: Optional[Mapping[str, str]]
    ) -> List[Tuple[str, Any]]:
        """``params`` (a dict or pairs) as pairs, each list value formatted as
        ``collection_formats`` says: ``multi`` repeats the name, ``ssv``, ``tsv``
        and ``pipes`` join with a space, a tab or ``|``, anything else with commas."""
        formats = collection_formats or {}
        pairs: List[Tuple[str, Any]] = []
        for name, value in params.items() if isinstance(params, dict) else params:
            style = formats.get(name)
            if style is None:
                pairs.append((name, value))
            elif style == "multi":
                pairs.extend((name, item) for item in value)
            else:
                pairs.append((name, _SEPARATORS.get(style, ",").join(str(item) for item in value)))
        return pairs

    def parameters_to_multipart(self, params: Any, collection_types: Any) -> List[Any]:
        """Form pairs for ``multipart/form-data``: a value of ``collection_types``
        (``dict`` when None) becomes a part of JSON (``application/json; charset=utf-8``)."""
        kinds = dict if collection_types is None else collection_types
        parts: List[Any] = []
        for name, value in params.items() if isinstance(params, dict) else params:
            if isinstance(value, kinds):
                part = RequestField(name, json.dumps(value, ensure_ascii=False).encode("utf-8"))
                part.make_multipart(content_type="application/json; charset=utf-8")
                parts.append(part)
            else:
                parts.append((name, value))
        return parts

    @staticmethod
    def get_file_data_and_close_file(file_instance: io.IOBase) -> bytes:
        """All of an open file's content; the file is closed."""
        data: bytes = file_instance.read()
        file_instance.close()
        return data

    def files_parameters(self, files: Optional[Dict[str, Any]] = None) -> List[Tuple[str, Any]]:
        """Form pairs for files: ``{field: [open files]}`` gives ``(field, (file
        name, content, MIME type))`` for each file (read, then closed); None
        entries are skipped and a closed file raises ``ApiValueError``."""
        params: List[Tuple[str, Any]] = []
        for field, handles in (files or {}).items():
            for handle in handles or ():
                if handle is None:
                    continue
                if handle.closed:
                    raise ApiValueError(f"the file given for {field!r} is closed; pass an open file")
                filename = os.path.basename(handle.name)
                content = self.get_file_data_and_close_file(handle)
                mimetype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
                params.append((field, (filename, content, mimetype)))
        return params

    def select_header_accept(self, accepts: Optional[Sequence[str]]) -> Optional[str]:
        """The ``Accept`` value for the types an operation answers: JSON when it is
        one of them, else all of them; None when there are none."""
        if not accepts:
            return None
        lowered = [kind.lower() for kind in accepts]
        return JSON if JSON in lowered else ", ".join(lowered)

    def select_header_content_type(
        self, content_types: Optional[Sequence[str]], method: Optional[str] = None, body: Any = None
    ) -> str:
        """The ``Content-Type`` for the types an operation takes: JSON when it is
        one of them (or ``*/*``, or there are none), ``application/json-patch+json``
        for a PATCH of a list that takes it, else the first."""
        if not content_types:
            return JSON
        lowered = [kind.lower() for kind in content_types]
        if method == "PATCH" and "application/json-patch+json" in lowered and isinstance(body, list):
            return "application/json-patch+json"
        if JSON in lowered or "*/*" in lowered:
            return JSON
        return lowered[0]

    def update_params_for_auth(
        self,
        headers: Dict[str, Any],
        queries: Optional[List[Tuple[str, Any]]],
        auth_settings: Optional[Sequence[str]],
        resource_path: str,
        method: str,
        body: Any,
    ) -> None:
        """Add the credentials of each scheme named in ``auth_settings`` that
        ``Configuration.auth_settings()`` has (``Basic``) to ``headers`` (or
        ``queries``, or the cookie, as the scheme says)."""
        if not auth_settings:
            return
        configured = self.configuration.auth_settings()
        for name in auth_settings:
            setting = configured.get(name)
            if not setting:
                continue
            where = setting["in"]
            if where == "cookie":
                headers["Cookie"] = setting["value"]
            elif where == "header":
                if setting["type"] != "http-signature":
                    headers[setting["key"]] = setting["value"]
            elif where == "query":
                if queries is not None:
                    queries.append((setting["key"], setting["value"]))
            else:
                raise ApiValueError(f"the credentials of {name!r} must go in a header, a query or a cookie")


__all__ = ["OfficialMethods"]
