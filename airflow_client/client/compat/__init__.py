"""The official client's surface, beside the core: ``call_api``, ``Endpoint``,
``model_utils``, the official model attributes and methods (``models.py``, the
generated models' bases), the hooks a subclass or a test's mock overrides.  It adapts to
the core (it builds the same prepared requests and decodes through the same
functions) and the core never imports it."""
