#!/usr/bin/env bash
# Compares minivm dis with python3.12 dis on the standard library .pyc files (see stdlib_check.py).
# Finds CPython 3.12 as $MINIVM_PYTHON, else python3.12, else python3 if that is 3.12
# (with pyenv: PYENV_VERSION=3.12.1 vm-tests/regen.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
is312() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' >/dev/null 2>&1; }
PY="${MINIVM_PYTHON:-}"
if [ -z "$PY" ]; then
  for candidate in python3.12 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && is312 "$candidate"; then PY="$candidate"; break; fi
  done
fi
if [ -z "$PY" ] || ! is312 "$PY"; then
  echo "regen: CPython 3.12 not found: set MINIVM_PYTHON or put python3.12 on PATH" >&2
  exit 1
fi
PYTHONHASHSEED=0 exec "$PY" vm-tests/stdlib_check.py "$@"
