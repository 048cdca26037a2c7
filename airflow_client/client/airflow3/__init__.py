"""The Airflow 3 stage: the same 2.x calls, sent to Airflow 3's ``/api/v2``.

* :mod:`.translations`: the table, one :class:`Translation` row per 2.x
  operation (the v2 path, query, body and how the answer maps back), and what
  cannot be sent (:data:`UNSUPPORTED`).
* :mod:`.stage`: the pipeline stage that rewrites a prepared 2.x request into
  its v2 request and maps the answer back onto the 2.x shape.

It sits between the core and the client: it reads operations and prepared
requests, and never imports the transport, the official surface or generated
code."""

from airflow_client.client.airflow3.translations import *  # noqa: F401,F403 - the table's names, as before
