#!/usr/bin/env bash
# Runs a Python script under CPython 3.12 with PYTHONHASHSEED=0 (so sets of strings have a
# fixed order, which minivm reproduces). Finds CPython 3.12 as $MINIVM_PYTHON, else
# python3.12, else python3 if that is 3.12 (with pyenv: PYENV_VERSION=3.12.1).
set -euo pipefail
is312() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' >/dev/null 2>&1; }
PY="${MINIVM_PYTHON:-}"
if [ -z "$PY" ]; then
  for candidate in python3.12 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && is312 "$candidate"; then PY="$candidate"; break; fi
  done
fi
if [ -z "$PY" ] || ! is312 "$PY"; then
  echo "$(basename "$0"): CPython 3.12 not found: set MINIVM_PYTHON or put python3.12 on PATH" >&2
  exit 1
fi
PYTHONHASHSEED=0 exec "$PY" "$@"
