"""The per-call options, read once into a typed value.

The API classes take the official client's per-call options as keyword
arguments (:class:`RequestOptions`); :meth:`CallOptions.read` checks their names
once and every later stage reads typed fields instead of a mapping.
"""

from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Dict, Mapping, Optional, Tuple, TypedDict, Union

from airflow_client.client.core import words
from airflow_client.client.exceptions import ApiTypeError

Timeout = Union[None, float, Tuple[Optional[float], Optional[float]]]


class RequestOptions(TypedDict, total=False):
    """Per-call options, named as in the official client (and ``_deadline``).

    * ``_request_timeout``: seconds, or a ``(connect, read)`` pair, for each
      attempt of this call.
    * ``_deadline``: seconds this call may take in all, every retry and wait
      included (``Configuration.deadline`` by default; ``None`` for no end).
    * ``_headers``: extra headers for this call.
    * ``_preload_content``: ``False`` returns the raw ``urllib3`` response unread.
    * ``_return_http_data_only``: ``False`` returns ``(data, status, headers)``.
    * ``_check_input_type``: ``False`` sends parameters and bodies unchecked.
    * ``_check_return_type``: ``False`` keeps the answer's values as decoded;
      responses are always parsed leniently unless
      ``Configuration.strict_responses`` is set.
    * ``_accept``: ``"text/plain"`` asks the operations that can answer text
      (``get_log``, ``get_config``, ``get_value``, ``get_dag_source``) for it,
      and they then return a ``str``.
    * ``async_req``: ``True`` returns an :class:`AsyncResult` at once; its
      ``get()`` gives the result.
    """

    _request_timeout: Timeout
    _deadline: Optional[float]
    _headers: Dict[str, str]
    _preload_content: bool
    _return_http_data_only: bool
    _check_input_type: bool
    _check_return_type: bool
    _accept: str
    _content_type: str
    _host_index: Optional[int]
    _spec_property_naming: bool
    async_req: bool


#: The per-call options, all accepted: the keys of :class:`RequestOptions`.
CALL_OPTIONS = RequestOptions.__required_keys__ | RequestOptions.__optional_keys__

#: The types an option takes, checked as the official client checks them (the same
#: words, ``ApiTypeError``): its flags take a ``bool`` only (not None, not 1).  ``_accept``
#: and ``_headers`` are ours; ``_request_timeout`` and ``_deadline`` are checked where read.
OPTION_TYPES: Dict[str, Tuple[type, ...]] = {
    "async_req": (bool,),
    "_preload_content": (bool,),
    "_return_http_data_only": (bool,),
    "_check_input_type": (bool,),
    "_check_return_type": (bool,),
    "_spec_property_naming": (bool,),
    "_content_type": (type(None), str),
    "_accept": (type(None), str),
    "_host_index": (type(None), int),
    "_headers": (type(None), _Mapping),
}


class _Configured:
    """``deadline`` not given: ``Configuration.deadline`` applies."""

    def __repr__(self) -> str:
        return "CONFIGURED"


CONFIGURED = _Configured()


class CallOptions:
    """The options of one call, checked and typed.

    :param timeout: ``_request_timeout``, for each attempt.
    :param deadline: ``_deadline`` seconds for the whole call, None for no end,
        :data:`CONFIGURED` for ``Configuration.deadline``.
    :param headers: ``_headers``, sent besides the client's.
    :param preload: ``_preload_content``: read the answer (False: return it unread).
    :param data_only: ``_return_http_data_only``: the data (False: ``(data, status, headers)``).
    :param check_input: ``_check_input_type``; None: ``Configuration.client_side_validation``.
    :param check_return: ``_check_return_type``: convert the answer's values (False: as decoded).
    :param accept: ``_accept``, None for JSON.
    :param content_type: ``_content_type``, None for JSON.
    :param async_req: return an ``AsyncResult`` at once.
    """

    __slots__ = (
        "timeout",
        "deadline",
        "headers",
        "preload",
        "data_only",
        "check_input",
        "check_return",
        "accept",
        "content_type",
        "async_req",
    )

    def __init__(
        self,
        *,
        timeout: Timeout = None,
        deadline: Union[None, float, _Configured] = CONFIGURED,
        headers: Optional[Mapping[str, str]] = None,
        preload: bool = True,
        data_only: bool = True,
        check_input: Optional[bool] = None,
        check_return: bool = True,
        accept: Optional[str] = None,
        content_type: Optional[str] = None,
        async_req: bool = False,
    ) -> None:
        self.timeout = timeout
        self.deadline = deadline
        self.headers = headers
        self.preload = preload
        self.data_only = data_only
        self.check_input = check_input
        self.check_return = check_return
        self.accept = accept
        self.content_type = content_type
        self.async_req = async_req

    @classmethod
    def read(cls, operation: str, options: Mapping[str, object]) -> "CallOptions":
        """The options a caller passed to ``operation`` (keyword arguments named as in
        :class:`RequestOptions`); an unknown name raises ``ApiTypeError`` naming it."""
        if not options:
            return DEFAULT
        unknown = options.keys() - CALL_OPTIONS
        if unknown:
            name = sorted(unknown)[0]
            # the official words, then Python's (which tests of ours hold on to)
            raise ApiTypeError(
                words.both(
                    words.unexpected(name, operation), f"{operation}() got an unexpected keyword argument {name!r}"
                )
            )
        for name, value in options.items():
            _check_type(operation, name, value)
        get = options.get
        return cls(
            timeout=get("_request_timeout"),  # type: ignore[arg-type]
            deadline=get("_deadline", CONFIGURED),  # type: ignore[arg-type]
            headers=get("_headers") or None,  # type: ignore[arg-type]
            preload=bool(get("_preload_content", True)),
            data_only=get("_return_http_data_only", True) is not False,
            check_input=None if "_check_input_type" not in options else bool(get("_check_input_type")),
            check_return=get("_check_return_type", True) is not False,
            accept=get("_accept") or None,  # type: ignore[arg-type]
            content_type=get("_content_type") or None,  # type: ignore[arg-type]
            async_req=bool(get("async_req")),
        )

    def __repr__(self) -> str:
        given = {name: getattr(self, name) for name in self.__slots__}
        return f"CallOptions({', '.join(f'{k}={v!r}' for k, v in given.items())})"


def _check_type(operation: str, name: str, value: object) -> None:
    """Refuse an option of the wrong type before anything is sent, in the official words."""
    allowed = OPTION_TYPES.get(name)
    if allowed is None:
        return
    if not isinstance(value, allowed):  # a bool is an int there too (``_host_index=True``)
        raise ApiTypeError(
            words.both(
                words.wrong_type(name, value, allowed),
                f"{operation}(): the option {name} must be {words.classes_phrase(allowed)[3:]}, got {value!r}",
            ),
            path_to_item=[name],
            valid_classes=allowed,
            key_type=False,
        )
    if name == "_headers" and value:
        for key, item in value.items():  # type: ignore[attr-defined]
            if not isinstance(key, str) or not isinstance(item, (str, int)):
                raise ApiTypeError(
                    f"{operation}(): the option _headers must map str names to str values, got {key!r}: {item!r}",
                    path_to_item=[name, key],
                )


#: No option given.
DEFAULT = CallOptions()

__all__ = ["CALL_OPTIONS", "CONFIGURED", "DEFAULT", "CallOptions", "RequestOptions", "Timeout"]
