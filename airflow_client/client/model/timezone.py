# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Timezone`` model of the Airflow REST API."""

#: ``Timezone`` is a string in the spec.
Timezone = str
