"""``python -m airflow_client``: the ``airflow-client`` command line."""

from airflow_client.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
