"""The one-of schemas (:class:`ApiOneOf`): one of several models, told apart by a field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Dict, Mapping, Optional, Tuple, Type

from airflow_client.client.exceptions import ApiValueError

if TYPE_CHECKING:  # the members are models, which build on this module
    from airflow_client.client.core.models.model import ApiModel


class ApiOneOf:
    """A schema that is one of several models, told apart by a field (the
    official client's composed models, e.g. ``ScheduleInterval``).

    Calling the class builds the member that the discriminator names:
    ``ScheduleInterval(type="CronExpression", value="0 * * * *")`` is a
    ``CronExpression``.  As a field's type it parses to the member named by the
    discriminator of the data.
    """

    #: Set by the generator: the discriminator's JSON name and python name, and
    #: the members by the value that names them.
    __discriminator__: ClassVar[Tuple[str, str]] = ("", "")
    __members__: ClassVar[Dict[str, Type[ApiModel]]] = {}

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        return cls._member(kwargs)(*args, **kwargs)

    @classmethod
    def _member(cls, kwargs: Mapping[str, Any]) -> Type[ApiModel]:
        wire, attr = cls.__discriminator__
        key = kwargs.get(attr, kwargs.get(wire))
        member = cls.__members__.get(key) if isinstance(key, str) else None
        if member is None:
            raise ApiValueError(
                f"{cls.__name__}: {attr}={key!r} names none of {sorted(cls.__members__)}", path_to_item=[attr]
            )
        return member

    @classmethod
    def _member_of(cls, data: Mapping[str, Any]) -> Optional[Type[ApiModel]]:
        """The member that decoded JSON names, if any."""
        key = data.get(cls.__discriminator__[0])
        return cls.__members__.get(key) if isinstance(key, str) else None


def discriminate_by(wire_name: str, attr_name: str) -> Any:
    """A discriminator reading ``wire_name`` of a dict or ``attr_name`` of a model."""

    def pick(value: Any) -> Optional[str]:
        if isinstance(value, dict):
            return value.get(wire_name)
        return getattr(value, attr_name, None)

    return pick
