"""The official client's 90 documentation examples, run as programs against a real Airflow 2 (issue 23).

Each example of ``apache-airflow-client==2.10.0``'s docs (fetched at run time, see
``_official_examples.py``) runs through the official client and then through ours against the
same server; each program must end the same (what it printed for each call, how it crashed).
The pool one example makes is removed before each run, so that the second run starts where the
first did.  Against Airflow 2.10.5 the official client's outcomes are kept as the reference
of the Airflow 3 run (``test_airflow3.py``: ours against Airflow 3 must end as the official
client against Airflow 2.10.5), in ``.airflow-local/official-examples-official.json``.

What may differ: nothing.  The examples that crash do so in both clients, before their call
(the docs' own bugs: names not imported, ``Connection(None)``); ours adds the field or value
to the message after ``; `` (docs/differences.md), which the comparison leaves out.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Dict, List

import airflow_client.client as client
from airflow_client.client.api.pool_api import PoolApi
from test.integration._official_examples import REPO, run, same
from test.official import official_python

#: the reference of the Airflow 3 run, from the official client against this version
REFERENCE = REPO / ".airflow-local" / "official-examples-official.json"
REFERENCE_VERSION = "2.10.5"
#: what an example makes that another run of them would find (post_pool's pool)
MADE = ("name_example",)


def v1_address(server: Dict[str, Any]) -> str:
    return server["base_url"] + "/api/v1"


def clean(server: Dict[str, Any]) -> None:
    """Remove what an earlier run of the examples made."""
    configuration = client.Configuration(
        host=v1_address(server), username=server["username"], password=server["password"]
    )
    with client.ApiClient(configuration) as api:
        for name in MADE:
            try:
                PoolApi(api).delete_pool(name)
            except client.NotFoundException:
                pass


def differing(reference: Dict[str, List[str]], ours: Dict[str, List[str]]) -> List[str]:
    return [
        f"{name}: reference {reference[name]} / ours {ours.get(name)}"
        for name in reference
        if same(reference[name]) != same(ours.get(name, []))
    ]


def test_every_example_ends_as_with_the_official_client(airflow_server: Dict[str, Any], airflow_version: str) -> None:
    host, user, password = v1_address(airflow_server), airflow_server["username"], airflow_server["password"]
    clean(airflow_server)
    theirs = run(str(official_python()), host, user, password)
    assert len(theirs) == 90, sorted(theirs)
    clean(airflow_server)
    ours = run(sys.executable, host, user, password)
    if airflow_version == REFERENCE_VERSION:
        REFERENCE.parent.mkdir(exist_ok=True)
        REFERENCE.write_text(json.dumps({"version": airflow_version, "outcomes": theirs}, indent=1, sort_keys=True))
    assert differing(theirs, ours) == []
