"""Checks the Airflow DAG example without Airflow: parses jobs/schedule/entente_dag.py with ast and
reads the operators' keyword arguments (Airflow is not a test dependency).
Needs: pytest (jobs/requirements-dev.txt)."""

import ast
import pathlib

import pytest

DAG_FILE = pathlib.Path(__file__).resolve().parents[1] / "schedule" / "entente_dag.py"


def operator_calls(tree):
    """{task_id: (operator name, {keyword: literal or source text})} for every operator call."""
    calls = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            kwargs = {}
            for kw in node.keywords:
                try:
                    kwargs[kw.arg] = ast.literal_eval(kw.value)
                except ValueError:
                    kwargs[kw.arg] = ast.unparse(kw.value)
            if "task_id" in kwargs:
                calls[kwargs["task_id"]] = (node.func.id, kwargs)
    return calls


@pytest.fixture(scope="module")
def calls():
    return operator_calls(ast.parse(DAG_FILE.read_text(encoding="utf-8")))


def test_the_dag_has_a_refresh_then_a_status_task(calls):
    assert sorted(calls) == ["entente_refresh", "entente_status"]
    source = DAG_FILE.read_text(encoding="utf-8")
    assert "refresh >> status" in source


def test_refresh_submits_the_entente_jar_with_its_main_class(calls):
    operator, kwargs = calls["entente_refresh"]
    assert operator == "SparkSubmitOperator"
    assert kwargs["java_class"] == "io.entente.job.EntenteJob"
    assert kwargs["application"] == "JAR"
    source = DAG_FILE.read_text(encoding="utf-8")
    assert 'JAR = f"{ENTENTE_HOME}/target/entente-0.1.0.jar"' in source


def test_refresh_processes_the_run_day_incrementally(calls):
    _, kwargs = calls["entente_refresh"]
    args = eval(kwargs["application_args"], {"CORPUS": "C", "OUTPUT": "O"})  # noqa: S307
    assert args == [
        "--input", "C", "--output", "O", "--incremental",
        "--since", "{{ ds }}", "--until", "{{ ds }}",
    ]


def test_runs_never_overlap(calls):
    tree = ast.parse(DAG_FILE.read_text(encoding="utf-8"))
    dag_kwargs = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "DAG":
            dag_kwargs = {kw.arg: ast.unparse(kw.value) for kw in node.keywords}
    assert dag_kwargs["dag_id"] == "'entente_refresh'"
    assert dag_kwargs["max_active_runs"] == "1"


def test_spark_properties_come_from_the_cluster_file(calls, tmp_path):
    _, kwargs = calls["entente_refresh"]
    assert kwargs["conf"] == "spark_properties(f'{ENTENTE_HOME}/jobs/conf/cluster.properties')"
    namespace = {}
    tree = ast.parse(DAG_FILE.read_text(encoding="utf-8"))
    func = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "spark_properties")
    exec(compile(ast.Module(body=[func], type_ignores=[]), str(DAG_FILE), "exec"), namespace)
    props = tmp_path / "x.properties"
    props.write_text("# comment\n\nspark.a=1\n spark.b = x=y \n", encoding="utf-8")
    assert namespace["spark_properties"](str(props)) == {"spark.a": "1", "spark.b": "x=y"}
    assert namespace["spark_properties"](str(tmp_path / "missing")) == {}
