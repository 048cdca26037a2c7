"""Users, roles and permissions on Airflow 3: the FAB auth manager's ``/auth/fab/v1``.

Airflow 3 serves them only with the FAB auth manager; :data:`FAB_TRANSLATIONS`
are their rows (added to :data:`~.translations.TRANSLATIONS`), :data:`PROBES`
the path that tells whether the server has that API, and :func:`unsupported`
why an operation cannot be sent (the FAB auth manager missing, or no
translation) and what to use instead.
"""

from __future__ import annotations

from typing import Dict

from airflow_client.client.airflow3.rules import JOIN, SAME, Body, Invalid, Params, QueryRule, Translation, Unsupported
from airflow_client.client.airflow3.shapes import permissions, reshape

#: where the FAB auth manager serves users, roles and permissions, and the path whose
#: answer without credentials tells whether it is there (401/403/200: yes, 404: no)
FAB = "/auth/fab/v1"
PROBES = {FAB: "/roles?limit=1"}

USER_FIELDS = ("username", "email", "first_name", "last_name", "roles", "password")
_FAB_PAGES: Dict[str, QueryRule] = {"limit": SAME, "offset": SAME, "order_by": SAME}
_READ_ONLY_USER = ("active", "last_login", "login_count", "failed_login_count", "created_on", "changed_on")

#: What Airflow 2's user schema required of a user sent (in the order it named them)
_USER_REQUIRED = ("first_name", "last_name", "username", "email")
_user_body = reshape(USER_FIELDS, moved=_READ_ONLY_USER)


def user_patch_body(body: Body, params: Params) -> Body:
    """A 2.x user patch as FAB's: Airflow 2 checked the body before it looked for the user, so
    a user without its required fields is Airflow 2's 400, in its words, even when the user is
    not there (FAB on Airflow 3 answers 404 first)."""
    problems = {
        name: ["Missing data for required field." if name not in body else "Field may not be null."]
        for name in _USER_REQUIRED
        if body.get(name) is None
    }
    if problems:
        raise Invalid(str(problems))
    return _user_body(body, params)


FAB_TRANSLATIONS: Dict[str, Translation] = {
    "get_roles": Translation(query=_FAB_PAGES),
    "post_role": Translation(),
    "get_role": Translation(path="/roles/{role_name}"),
    "patch_role": Translation(query={"update_mask": JOIN}),
    "delete_role": Translation(),
    "get_permissions": Translation(
        query={"limit": SAME, "offset": SAME},
        answer=permissions,
        approximated=True,
        note="FAB lists action x resource pairs: the distinct action names, total_entries their count, "
        "limit/offset paging the pairs",
    ),
    "get_users": Translation(query=_FAB_PAGES),
    "post_user": Translation(body=reshape(USER_FIELDS, moved=_READ_ONLY_USER)),
    "get_user": Translation(),
    "patch_user": Translation(
        query={"update_mask": JOIN},
        body=user_patch_body,
        note="a user without first_name, last_name, username or email: Airflow 2's 400 before the user is "
        "looked for",
    ),
    "delete_user": Translation(),
}
for _name, _tr in FAB_TRANSLATIONS.items():
    _tr.base = FAB
    _tr.note = _tr.note or f"{FAB} (the FAB auth manager's API)"

_FAB = Unsupported(
    "users and roles need the FAB auth manager: with Airflow 3's default (simple) auth manager there are no "
    "users, roles or permissions in the API",
    "the simple auth manager's users are set in [core] simple_auth_manager_users; or run the FAB auth manager "
    "(apache-airflow-providers-fab), whose /auth/fab/v1 the client then uses",
)
UNSUPPORTED: Dict[str, Unsupported] = {name: _FAB for name in FAB_TRANSLATIONS}
NOT_YET = Unsupported(
    "this operation is not translated to Airflow 3's /api/v2 yet",
    "ApiClient.call_api() with the /api/v2 path of the Airflow 3 REST API, or the apache-airflow-client 3.x",
)


def unsupported(name: str) -> Unsupported:
    """Why ``name`` cannot be sent to this Airflow 3 (no translation, or the FAB auth manager
    missing), and what to use instead."""
    return UNSUPPORTED.get(name, NOT_YET)
