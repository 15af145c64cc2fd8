#!/usr/bin/env bash
# Whole-program comparison with CPython 3.12 on the same .pyc: paired runs (python3.12, then
# minivm), N of each, medians in milliseconds and their ratio (above 1 means minivm is slower).
# Usage: benches/compare.sh [N] [program.py ...]   (default: every benches/programs/*.py, N=7)
# A program's `# bench: ARGS` line gives its arguments for timing (its default size, which the
# tests use, is small).
# Needs CPython 3.12 (found as vm-tests/regen.sh finds it) and `cargo build --release`.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-7}
shift || true
programs=("$@")
[ ${#programs[@]} -gt 0 ] || programs=(benches/programs/*.py)
# The interpreter itself, not a wrapper (a pyenv shim alone costs tens of milliseconds).
PY=$(vm-tests/py312.sh -c 'import sys; print(sys.executable)')
run312() { PYTHONHASHSEED=0 "$PY" "$@"; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for src in "${programs[@]}"; do
  pyc="${src%.py}.pyc"
  # Compiled as vm-tests/regen.sh compiles it (a checked-hash .pyc), so the fixture stays current.
  run312 -c "import py_compile as p, sys; p.compile(sys.argv[1], cfile=sys.argv[2], dfile=sys.argv[1], doraise=True, invalidation_mode=p.PycInvalidationMode.CHECKED_HASH)" "$src" "$pyc"
  args=$(sed -n 's/^# bench: //p' "$src" | head -1)
  py=(); vm=()
  for _ in $(seq "$n"); do
    s=$(date +%s%N); run312 "$pyc" $args >/dev/null; m=$(date +%s%N)
    target/release/minivm run "$pyc" $args >/dev/null; e=$(date +%s%N)
    py+=($(( (m - s) / 1000000 ))); vm+=($(( (e - m) / 1000000 )))
  done
  p=$(median "${py[@]}"); v=$(median "${vm[@]}")
  printf '%-32s python3.12 %6d ms   minivm %6d ms   ratio %sx\n' "$src" "$p" "$v" "$(awk -v a="$v" -v b="$p" 'BEGIN { printf "%.2f", a / b }')"
done
