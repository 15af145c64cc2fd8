#!/usr/bin/env bash
# Compares `minivm dis` with python3.12's dis on every standard-library .pyc (or the folders
# given). Build first: cargo build --release. Needs CPython 3.12, found as regen.sh finds it.
set -euo pipefail
cd "$(dirname "$0")/.."
exec vm-tests/py312.sh vm-tests/stdlib_check.py "$@"
