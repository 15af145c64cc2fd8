#!/usr/bin/env bash
# Whole-program comparison with CPython 3.12 on the same .pyc: see benches/README.md.
# Usage: benches/compare.sh [-n ROUNDS] [--modes off,cpython312,all] [--counts] [program.py ...]
# Needs CPython 3.12 (found as vm-tests/py312.sh finds it) and `cargo build --release`.
set -euo pipefail
cd "$(dirname "$0")/.."
# The interpreter itself, not a wrapper (a pyenv shim alone costs tens of milliseconds).
PY=$(vm-tests/py312.sh -c 'import sys; print(sys.executable)')
exec "$PY" benches/compare.py "$@"
