#!/usr/bin/env bash
# Regenerates every fixture that CPython 3.12 produces (see regen.py for the list).
# Needs CPython 3.12: $MINIVM_PYTHON, python3.12 on PATH, or PYENV_VERSION=3.12.1.
set -euo pipefail
cd "$(dirname "$0")/.."
exec vm-tests/py312.sh vm-tests/regen.py "$@"
