#!/usr/bin/env bash
# Creates (or reuses) the repo's Python environment and installs notebooks/requirements.txt.
#   notebooks/setup.sh          -> .venv at the repo root (ENTENTE_VENV overrides the location)
# Uses jobs/setup-python when the repo has it (it installs every requirements file); otherwise
# does the same for this file alone. Needs python3 (3.10+) with the venv module and pip access
# to PyPI. Never installs into the system Python. Idempotent: a requirements file already
# installed (same content) is not installed again.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -x "$ROOT/jobs/setup-python" ]]; then
  exec "$ROOT/jobs/setup-python"
fi
VENV="${ENTENTE_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"
REQ="$ROOT/notebooks/requirements.txt"
STAMP="$VENV/.installed-notebooks_requirements.txt"

if [[ ! -x "$VENV/bin/python" ]]; then
  echo "setup: creating $VENV" >&2
  "$PYTHON" -m venv "$VENV"
fi
if [[ -f "$STAMP" ]] && cmp -s "$REQ" "$STAMP"; then
  exit 0
fi
echo "setup: pip install -r notebooks/requirements.txt into $VENV" >&2
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$REQ" >&2
cp "$REQ" "$STAMP"
