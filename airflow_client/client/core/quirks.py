"""Answers of real Airflow servers that differ from the spec, mapped onto the spec's fields.

Airflow 2.10.5 itself answers some operations with other names than its spec
gives (found by the integration suite against a real server):

=============================  ======================  =============================
model (operations)             the spec says           the server sends
=============================  ======================  =============================
TaskInstanceHistoryCollection  ``task_instances_       ``task_instances``
(``get_*task_instance_tries``) history``
QueuedEventCollection          ``datasets``            ``queued_events``
(``get_*queued_events``)
BasicDAGRun (in dataset        ``run_id``              ``dag_run_id``
events' ``created_dagruns``)
User, UserCollectionItem       ``failed_login_count``  ``fail_login_count``
ExtraLinkCollection            ``{"extra_links":       ``{name: href, ...}``
(``get_extra_links``)          [{name, href}]}``
=============================  ======================  =============================

Parsing fills the spec's field from the server's, when the spec's is absent,
and keeps the server's as received too (as any unknown field is kept), so code
written against either name works.  A server that follows the spec is not
affected.  ``ApiModel`` gives each model named in :data:`ADAPTED` a validator
that calls :func:`adapt` before validation (the generator knows nothing of this).
"""

from __future__ import annotations

from typing import Any, Dict

__all__ = ["ADAPTED", "adapt"]

#: model -> {the spec's (wire) name: the name the server sends}
RENAMED: Dict[str, Dict[str, str]] = {
    "TaskInstanceHistoryCollection": {"task_instances_history": "task_instances"},
    "QueuedEventCollection": {"datasets": "queued_events"},
    "BasicDAGRun": {"run_id": "dag_run_id"},
    "User": {"failed_login_count": "fail_login_count"},
    "UserCollectionItem": {"failed_login_count": "fail_login_count"},
}
#: model -> its list field, which the server sends as a ``{name: href}`` map instead
LINK_MAPS: Dict[str, str] = {"ExtraLinkCollection": "extra_links"}

ADAPTED = frozenset(RENAMED) | frozenset(LINK_MAPS)


def adapt(model: str, data: Any) -> Any:
    """``data`` (decoded JSON for ``model``) with the spec's fields filled in from the
    server's names; a new dict when something was added, else ``data`` itself."""
    if not isinstance(data, dict):
        return data
    renames = RENAMED.get(model)
    if renames is not None:
        for spec_name, server_name in renames.items():
            if spec_name not in data and server_name in data:
                data = {**data, spec_name: data[server_name]}
        return data
    field = LINK_MAPS.get(model)
    if field is not None and field not in data and all(isinstance(v, str) or v is None for v in data.values()):
        return {**data, field: [{"name": name, "href": href} for name, href in data.items()]}
    return data
