# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Color`` model of the Airflow REST API."""

#: ``Color`` is a string in the spec.
Color = str
