"""The client's version, for the modules that name it (the ``User-Agent``, the debug
report).  It is written once, as ``airflow_client.client.__version__`` (which
pyproject.toml reads), and given here by the package when it is imported."""

VERSION = ""
