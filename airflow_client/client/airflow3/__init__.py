"""The Airflow 3 stage: the same 2.x calls, sent to Airflow 3's ``/api/v2``.

* :mod:`.translations`: the table, one :class:`Translation` row per 2.x
  operation (the v2 path, query, body and how the answer maps back); its
  ``__all__`` is this package's names.
* :mod:`.rules`: the row (:class:`Translation`, :data:`SAME`, :class:`Rename`,
  ...) and how a row and a 2.x call become the v2 request (:func:`request`,
  :func:`body`, :func:`answer`).
* :mod:`.shapes`: the converters of answers (v2 -> 2.x) and of bodies (2.x -> v2).
* :mod:`.lookups`: what needs another request (an asset's id by its URI, every
  page of a list).
* :mod:`.fab`: users and roles (the FAB auth manager's API), and what cannot be
  sent (:data:`UNSUPPORTED`).
* :mod:`.errors`: Airflow 3's error answers as Airflow 2 shaped them (the table
  :data:`~.errors.AIRFLOW2_ERRORS`: status, reason phrase, problem document).
* :mod:`.stage`: the pipeline stage that rewrites a prepared 2.x request into
  its v2 request and maps the answer back onto the 2.x shape.

It sits between the core and the client: it reads operations and prepared
requests, and never imports the transport, the official surface or generated
code."""

from airflow_client.client.airflow3.translations import *  # noqa: F401,F403 - the table's names, as before
