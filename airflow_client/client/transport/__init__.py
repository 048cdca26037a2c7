"""The transport: the only part that talks to a socket.

* :mod:`.rest`: urllib3, retries with backoff and ``Retry-After``, the call's
  deadline, redirects (credentials never sent to another origin), TLS and
  proxies (the official ``RESTClientObject`` interface is built on it in ``compat/rest.py``).
* :mod:`.auth`: the credentials a request carries (Basic, bearer tokens asked
  again after a 401, API keys, the session cookie, the ``auth`` hook).
* :mod:`.kerberos`: Kerberos/SPNEGO (gssapi, optional)."""
