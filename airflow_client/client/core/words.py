"""The official client's words for the mistakes it refuses before sending.

Programs print ``str(e)`` of an ``ApiTypeError`` or ``ApiValueError`` to their
users, so a message starts with the words the official
``apache-airflow-client==2.10.0`` uses for the same mistake (its format strings,
filled in the same way).  Where ours says more (the operation, the model, the
value received, a hint), that follows after :data:`SEP`, before the
``" at ['field']"`` the exception adds for its ``path_to_item``::

    Invalid type for variable 'limit'. Required value type is int and passed type
    was str; get_dags(): limit must be int, got str: '10' at ['limit']

(``core/base_model.py`` writes the same words in its own messages.)
"""

from __future__ import annotations

from typing import Any, Iterable, Optional, Sequence

#: Between the official words and what ours adds.
SEP = "; "

#: What the official client says before a date-time (or date) it could not parse.
PARSE_FALLBACK = (
    "If you need your parameter to have a fallback string value, please set its type as `type: {}` in your spec. "
    "That allows the value to be any type. "
)

#: The official words for a value outside a rule of the spec (``validations``), by rule.
LIMITS = {
    "inclusive_minimum": "must be a value greater than or equal to",
    "exclusive_minimum": "must be a value greater than",
    "inclusive_maximum": "must be a value less than or equal to",
    "exclusive_maximum": "must be a value less than",
    "min_length": "length must be greater than or equal to",
    "max_length": "length must be less than or equal to",
    "min_items": "number of items must be greater than or equal to",
    "max_items": "number of items must be less than or equal to",
}


def both(words: str, detail: Optional[str]) -> str:
    """The official ``words``, then ours (``detail``) when there is more to say; ours
    alone when ``words`` is empty (the official ones would not be true here)."""
    if not words:
        return detail or ""
    return f"{words}{SEP}{detail}" if detail else words


def classes_phrase(classes: Iterable[Any]) -> str:
    """``is str``, or ``is one of [NoneType, datetime]`` (sorted by name)."""
    names = sorted(getattr(c, "__name__", str(c)) for c in classes)
    return f"is {names[0]}" if len(names) == 1 else f"is one of [{', '.join(names)}]"


def wrong_type(name: Any, value: Any, classes: Iterable[Any], key: bool = False) -> str:
    """A value of the wrong type; ``name`` is the last step of its path (an index for an item)."""
    return (
        f"Invalid type for variable '{name}'. Required {'key' if key else 'value'} type "
        f"{classes_phrase(classes)} and passed type was {type(value).__name__}"
    )


def not_allowed(name: str, value: Any, allowed: Sequence[Any]) -> str:
    """A value that is not one of an enum's."""
    return f"Invalid value for `{name}` ({value}), must be one of {list(allowed)}"


def out_of_limit(name: str, rule: str, limit: Any) -> str:
    """A value outside a rule (:data:`LIMITS`); ``rule`` is the official ``validations`` key."""
    return f"Invalid value for `{name}`, {LIMITS[rule]} `{limit}`"


def unparsable(value: Any, kind: str) -> str:
    """A string that is no date-time (``kind``: ``datetime`` or ``date``)."""
    return f"{PARSE_FALLBACK}Failed to parse {value!r} as {kind}"


def in_composed(part: str, composed: str, inner: str) -> str:
    """A value refused by the part ``part`` of the allOf model ``composed``."""
    return (
        f"Invalid inputs given to generate an instance of '{part}'. The input data was invalid "
        f"for the allOf schema '{part}' in the composed schema '{composed}'. Error={inner}"
    )


def unexpected(name: str, operation: str) -> str:
    """A keyword an API method does not take."""
    return f"Got an unexpected parameter '{name}' to method `{operation}`"


def missing(name: str, operation: str) -> str:
    """A required parameter not given to ``Endpoint.call_with_http_info``."""
    return f"Missing the required parameter `{name}` when calling `{operation}`"


def none_given(name: str, operation: str) -> str:
    """``None`` for a parameter that cannot be None (unchecked ``Endpoint`` calls)."""
    return f"Value may not be None for non-nullable parameter `{name}` when calling `{operation}`"


__all__ = [
    "LIMITS",
    "PARSE_FALLBACK",
    "SEP",
    "both",
    "classes_phrase",
    "in_composed",
    "missing",
    "none_given",
    "not_allowed",
    "out_of_limit",
    "unexpected",
    "unparsable",
    "wrong_type",
]
