import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.model.dag_run import DAGRun

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # conf is what the run's tasks see as dag_run.conf; dag_run_id and logical_date are optional.
    # The run starts when the scheduler picks it up, and only if the DAG is not paused.
    run = DAGRunApi(api_client).post_dag_run(
        "example_bash_operator", DAGRun(conf={"reason": "docs example"}, note="triggered from the API")
    )
    print(run.dag_run_id, run.state, run.logical_date, run.conf)
