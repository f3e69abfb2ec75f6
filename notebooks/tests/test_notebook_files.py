"""The committed notebooks: clean (no outputs), parameterised for papermill, charts explained."""

import nbformat
import pytest
from conftest import EXPECTED_CHARTS, NOTEBOOKS_DIR

COMMITTED = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))


def load(path):
    return nbformat.read(str(path), as_version=4)


def test_the_notebooks_are_exactly_the_ones_the_tests_execute():
    assert [p.stem for p in COMMITTED] == sorted(EXPECTED_CHARTS)


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.stem)
def test_committed_notebook_has_no_outputs_and_no_execution_counts(path):
    nb = load(path)
    nbformat.validate(nb)
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"
             and (c.outputs or c.execution_count is not None)]
    assert dirty == []


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.stem)
def test_first_code_cell_is_the_tagged_parameters_cell(path):
    code = [c for c in load(path).cells if c.cell_type == "code"]
    assert code[0].metadata.get("tags") == ["parameters"]
    assert [c for c in code[1:] if "parameters" in c.metadata.get("tags", [])] == []
    assert "output_path = " in code[0].source and "figures_dir = None" in code[0].source


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.stem)
def test_every_chart_is_followed_by_a_markdown_sentence(path):
    cells = load(path).cells
    charts = [i for i, c in enumerate(cells) if c.cell_type == "code" and "ep.show(" in c.source]
    assert len(charts) == len(EXPECTED_CHARTS[path.stem])
    assert [cells[i + 1].cell_type for i in charts] == ["markdown"] * len(charts)


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.stem)
def test_each_expected_chart_name_appears_in_the_notebook(path):
    source = "\n".join(c.source for c in load(path).cells)
    missing = [n for n in EXPECTED_CHARTS[path.stem] if f'"{n}")' not in source]
    assert missing == []
