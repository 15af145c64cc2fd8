#!/usr/bin/env bash
# Specialisation on against off, in the same binary: paired runs of `minivm run
# --specialize=off` and `--specialize=all` on each benchmark program, N of each, medians in
# milliseconds and their ratio (below 1 means specialisation is faster).
# Usage: benches/modes.sh [N] [program.py ...]   (default: every benches/programs/*.py, N=5)
# Needs `cargo build --release`; uses each program's committed .pyc and its `# bench:` args.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5}
shift || true
programs=("$@")
[ ${#programs[@]} -gt 0 ] || programs=(benches/programs/*.py)
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for src in "${programs[@]}"; do
  pyc="${src%.py}.pyc"
  args=$(sed -n 's/^# bench: //p' "$src" | head -1)
  off=(); all=()
  for _ in $(seq "$n"); do
    s=$(date +%s%N); target/release/minivm run --specialize=off "$pyc" $args >/dev/null; m=$(date +%s%N)
    target/release/minivm run --specialize=all "$pyc" $args >/dev/null; e=$(date +%s%N)
    off+=($(( (m - s) / 1000000 ))); all+=($(( (e - m) / 1000000 )))
  done
  o=$(median "${off[@]}"); a=$(median "${all[@]}")
  printf '%-34s off %6d ms   all %6d ms   all/off %s\n' "$src" "$o" "$a" "$(awk -v a="$a" -v b="$o" 'BEGIN { printf "%.2f", a / b }')"
done
