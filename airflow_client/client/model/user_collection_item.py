# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``UserCollectionItem`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, List, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.core.base_model import Field
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.user_collection_item_roles import UserCollectionItemRoles


class UserCollectionItem(OfficialModel):
    """A user object.

    *New in version 2.1.0*

    Attributes:
        first_name (str): The user's first name.

            *Changed in version 2.4.0*: The requirement for this to be non-empty was removed.
        last_name (str): The user's last name.

            *Changed in version 2.4.0*: The requirement for this to be non-empty was removed.
        username (str): The username.

            *Changed in version 2.2.0*: A minimum character length requirement ('minLength') is added.
        email (str): The user's email.

            *Changed in version 2.2.0*: A minimum character length requirement ('minLength') is added.
        active (bool, read-only, nullable): Whether the user is active
        last_login (str, read-only, nullable): The last user login
        login_count (int, read-only, nullable): The login count
        failed_login_count (int, read-only, nullable): The number of times the login failed
        roles (List[UserCollectionItemRoles]): User roles.

            *Changed in version 2.2.0*: Field is no longer read-only.
        created_on (str, read-only, nullable): The date user was created
        changed_on (str, read-only, nullable): The date user was changed
    """

    first_name: Optional[str] = None
    """The user's first name.

    *Changed in version 2.4.0*: The requirement for this to be non-empty was removed."""
    last_name: Optional[str] = None
    """The user's last name.

    *Changed in version 2.4.0*: The requirement for this to be non-empty was removed."""
    username: Optional[str] = Field(None, min_length=1)
    """The username.

    *Changed in version 2.2.0*: A minimum character length requirement ('minLength') is added."""
    email: Optional[str] = Field(None, min_length=1)
    """The user's email.

    *Changed in version 2.2.0*: A minimum character length requirement ('minLength') is added."""
    active: Optional[bool] = None
    """Whether the user is active"""
    last_login: Optional[str] = None
    """The last user login"""
    login_count: Optional[int] = None
    """The login count"""
    failed_login_count: Optional[int] = None
    """The number of times the login failed"""
    roles: Optional[List[UserCollectionItemRoles]] = None
    """User roles.

    *Changed in version 2.2.0*: Field is no longer read-only."""
    created_on: Optional[str] = None
    """The date user was created"""
    changed_on: Optional[str] = None
    """The date user was changed"""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {"active", "last_login", "login_count", "failed_login_count", "created_on", "changed_on"}
    )
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {"active", "last_login", "login_count", "failed_login_count", "created_on", "changed_on"}
    )
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset({"last_login", "created_on", "changed_on"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
