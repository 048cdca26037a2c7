"""Our generator: the API classes, models and docs from Airflow's pinned spec."""
