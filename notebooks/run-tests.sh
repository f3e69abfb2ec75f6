#!/usr/bin/env bash
# Runs the Python test suite (plot helpers, notebook hygiene, every notebook executed headless
# by papermill on OUTPUT_DIR, the HTML report) with the venv's pytest.
#   notebooks/run-tests.sh OUTPUT_DIR [pytest args...]
# OUTPUT_DIR is a finished run of the job (tables + _manifest.json), e.g. the sample corpus run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ $# -lt 1 || ! -d "$1" ]]; then
  echo "usage: notebooks/run-tests.sh OUTPUT_DIR [pytest args...]  (a finished run of the job)" >&2
  exit 64
fi
OUTPUT="$(cd "$1" && pwd)"
shift
"$ROOT/notebooks/setup.sh"
VENV="${ENTENTE_VENV:-$ROOT/.venv}"
cd "$ROOT/notebooks"
# two workers, each taking whole test files (--dist loadfile): the report's module fixture runs
# every notebook once, beside the notebook tests, instead of after them
ENTENTE_OUTPUT="$OUTPUT" exec "$VENV/bin/python" -m pytest -q -p no:cacheprovider \
  -n 2 --dist loadfile tests "$@"
