"""The models: the base of every generated model, and how models meet JSON.

Models are plain Python classes: importing them and reading answers into them
imports no validation library, so a one-shot process (a DAG task, a CI step, the
command line) pays for neither (``bench/``, workload 7).

* **Responses are parsed leniently** (:mod:`.parsing`), in one pass of pure Python
  over the decoded JSON: a value that does not convert (a new enum value, a number
  as a string, a date that is not a date) is kept as received.  Unknown fields are
  always kept.  With ``strict`` (:mod:`.strict`) the answer is first checked against
  the spec (by pydantic, :mod:`airflow_client.client.core.validation`): the first
  mismatch raises :class:`ResponseValidationError`, and required and non-nullable
  fields are checked too.
* **Requests are checked strictly** (:mod:`.building`, :mod:`.bodies`).  Building a
  model validates every value given: wrong types, enum values outside the spec and
  date-times without a time zone raise ``ApiTypeError``/``ApiValueError`` naming the
  field and the value (the usual values are taken in pure Python, the others
  checked by pydantic, imported then).  Unknown fields are kept and sent as given; a
  body holds the fields the user set, never read-only ones.

The modules, from the bottom: :mod:`.fields` (declaring fields; :class:`~.fields.Declared`,
all the modules above need of a model), :mod:`.enums` and :mod:`.oneof` (the schemas
that are not plain models), :mod:`.names` (what the declarations say of the fields),
:mod:`.parsing`, :mod:`.strict`, :mod:`.building`, :mod:`.bodies`, and :mod:`.model`
(``ApiModel``).  The strict checks build on the models and are given to them by the
package (:mod:`airflow_client.client.core.registry`): the models never import them.
The official client's surface of the models (``attribute_map``, ``model["field"]``,
``to_dict()``, ``_from_openapi_data``...) is not here but in
:mod:`airflow_client.client.compat.models`, whose classes the generated models build on.
:mod:`airflow_client.client.core.base_model` holds the core's names together, as other
modules import them.
"""
