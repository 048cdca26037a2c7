"""The models' names in one place (they live in :mod:`airflow_client.client.core.models`,
which tells how models meet JSON): the rest of the client, generated code and code
written against this module import them from here.  The generated models' bases,
with the official client's surface, are in :mod:`airflow_client.client.compat.models`.  The private names here
(``_alias_map``, ``_takes``...) are imported as ``x as x``: re-exported for the
client's modules and the tests that read them."""

from __future__ import annotations

from airflow_client.client.core.models.bodies import _json_value as _json_value
from airflow_client.client.core.models.bodies import by_json_names, request_body, stored
from airflow_client.client.core.models.building import _checked as _checked
from airflow_client.client.core.models.building import _hold as _hold
from airflow_client.client.core.models.building import _init_data as _init_data
from airflow_client.client.core.models.building import _keep as _keep
from airflow_client.client.core.models.building import _null_error as _null_error
from airflow_client.client.core.models.building import _takes as _takes
from airflow_client.client.core.models.enums import ApiEnum, ApiString, UnknownEnumValue
from airflow_client.client.core.models.fields import _OFFICIAL_MODEL_KWARGS as _OFFICIAL_MODEL_KWARGS
from airflow_client.client.core.models.fields import _PRIVATE as _PRIVATE
from airflow_client.client.core.models.fields import ANY_TYPES, Declared, Field, ModelField, alias_property
from airflow_client.client.core.models.model import ApiModel
from airflow_client.client.core.models.names import _alias_map as _alias_map
from airflow_client.client.core.models.names import _classify as _classify
from airflow_client.client.core.models.names import _official_types as _official_types
from airflow_client.client.core.models.names import _positional as _positional
from airflow_client.client.core.models.names import _required_wire_names as _required_wire_names
from airflow_client.client.core.models.names import _types_of as _types_of
from airflow_client.client.core.models.names import _valid_classes as _valid_classes
from airflow_client.client.core.models.names import wire_name
from airflow_client.client.core.models.oneof import ApiOneOf, discriminate_by
from airflow_client.client.core.models.parsing import airflow2_answer, parse_lenient
from airflow_client.client.core.models.readers import _datetime_or_raw as _datetime_or_raw
from airflow_client.client.core.models.readers import _plan as _plan
from airflow_client.client.core.models.strict import check_strict, json_path, parse_answer, parse_strict

__all__ = [
    "ANY_TYPES",
    "ApiEnum",
    "ApiModel",
    "ApiOneOf",
    "ApiString",
    "Declared",
    "Field",
    "ModelField",
    "UnknownEnumValue",
    "airflow2_answer",
    "alias_property",
    "by_json_names",
    "check_strict",
    "discriminate_by",
    "json_path",
    "parse_answer",
    "parse_lenient",
    "parse_strict",
    "request_body",
    "stored",
    "wire_name",
]
