"""The core: what a call is, and what its answer means, without any I/O.

* :mod:`.operation`: an operation as the generated API classes declare it
  (method, path, parameters, body, the answer it expects) and the checks of
  what a caller passes.
* :mod:`.options`: the per-call options, read once into a typed value.
* :mod:`.words`: the official client's words for the mistakes refused before
  sending, which our messages start with.
* :mod:`.prepared`: a call resolved into a :class:`~.prepared.Prepared` request
  (method, URL, headers, body, deadline, what to expect back).
* :mod:`.answers`: an answer (status, headers, bytes) decoded into the result
  or the exception, in one place.
* :mod:`.models` (its names together in :mod:`.base_model`), :mod:`.validation`,
  :mod:`.quirks`: the models, the strict checks (pydantic, loaded when needed; they
  build on the models, which the package gives them: :mod:`.registry`) and the
  server's known deviations.

Nothing here opens a socket: the transport (:mod:`airflow_client.client.transport`)
does, so a second transport reuses all of this unchanged.  Nothing here imports
the transport, the Airflow 3 stage, the official client's surface
(:mod:`airflow_client.client.compat`) or generated code (``test_layers.py``)."""
