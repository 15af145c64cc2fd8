"""Whole-program comparison of minivm with CPython 3.12 on the same .pyc (run by compare.sh).

For each program, each round runs python3.12 and minivm in every mode asked for, in an order
that rotates from round to round, so slow drifts of a shared machine fall on all of them. It
prints medians of wall time, the median of the paired ratios (minivm / python3.12, and all /
off), peak RSS, and the geometric means; then start-up time on an empty module. With
--counts it adds figures that do not depend on the machine's load: instructions retired
(callgrind) and heap blocks allocated (DHAT) for both interpreters, and minivm's own counters
(bytecode instructions dispatched, frames pushed), all at each program's default size.

Every run's output is checked against python3.12's: a fast wrong answer stops the script.
"""

import argparse
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MINIVM = os.path.join(ROOT, "target", "release", "minivm")
PY = sys.executable
ENV = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")


def bench_args(source):
    """The `# bench: ARGS` line of a program: its arguments for timing."""
    with open(source) as f:
        for line in f:
            if line.startswith("# bench: "):
                return line[len("# bench: "):].split()
    return []


def compile_pyc(source, pyc):
    """Compiles as vm-tests/regen.sh does (a checked-hash .pyc), so the fixture stays current."""
    import py_compile

    py_compile.compile(source, cfile=pyc, dfile=os.path.relpath(source, ROOT), doraise=True,
                       invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)


def timed(argv):
    """Runs argv; returns (seconds, stdout)."""
    start = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ENV, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"compare: {' '.join(argv)} exited with status {proc.returncode}")
    return elapsed, proc.stdout


def peak_rss(argv):
    """Peak resident set in MiB, from GNU time in a run of its own (the rusage of a child forked
    from this script would count this script's pages too); None without /usr/bin/time."""
    if not os.path.exists("/usr/bin/time"):
        return None
    proc = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, env=ENV, cwd=ROOT)
    last = proc.stderr.strip().splitlines()[-1:]
    return int(last[0]) / 1024 if last and last[0].isdigit() else None


def geomean(values):
    values = [v for v in values if v > 0]
    return math.exp(sum(map(math.log, values)) / len(values)) if values else float("nan")


def commands(pyc, args, modes):
    runs = {"python3.12": [PY, pyc] + args}
    for mode in modes:
        runs[mode] = [MINIVM, "run", f"--specialize={mode}", pyc] + args
    return runs


def measure(pyc, args, modes, rounds):
    """{runner: [seconds...]} over `rounds` rotated rounds, and {runner: peak RSS}; every
    minivm output must be python3.12's."""
    runs = commands(pyc, args, modes)
    names = list(runs)
    times = {n: [] for n in names}
    rss = {n: peak_rss(argv) for n, argv in runs.items()}
    outputs = {}
    for r in range(rounds):
        for name in names[r % len(names):] + names[:r % len(names)]:
            seconds, out = timed(runs[name])
            times[name].append(seconds)
            outputs.setdefault(name, out)
            if out != outputs["python3.12" if "python3.12" in outputs else name]:
                sys.exit(f"compare: {os.path.relpath(pyc, ROOT)}: {name} printed something else than python3.12")
    return times, rss


def paired_ratio(num, den):
    return statistics.median(a / b for a, b in zip(num, den))


def startup(rounds):
    """Median wall time of an empty module, both interpreters, in milliseconds."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "empty.py")
        with open(src, "w") as f:
            f.write("pass\n")
        pyc = os.path.join(tmp, "empty.pyc")
        compile_pyc(src, pyc)
        times, rss = measure(pyc, [], ["all"], rounds)
        spawn = statistics.median(timed(["/bin/true"])[0] for _ in range(rounds)) * 1000
    return {n: (statistics.median(t) * 1000, rss[n]) for n, t in times.items()}, spawn


def callgrind_instructions(argv):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + argv,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV, cwd=ROOT)
    m = re.search(r"Collected : (\d+)", proc.stderr)
    return int(m.group(1)) if m else 0


def dhat_blocks(argv):
    proc = subprocess.run(["valgrind", "--tool=dhat", "--dhat-out-file=/dev/null"] + argv,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV, cwd=ROOT)
    m = re.search(r"Total:\s+([\d,]+) bytes in ([\d,]+) blocks", proc.stderr)
    return int(m.group(2).replace(",", "")) if m else 0


def minivm_counters(pyc):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "stats.json")
        subprocess.run([MINIVM, "run", "--stats=json", "--stats-file", out, pyc], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=ENV, cwd=ROOT, check=True)
        with open(out) as f:
            stats = json.load(f)
    return stats["executed"], stats["frames"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--rounds", type=int, default=5, help="rounds of paired runs (default 5)")
    parser.add_argument("--modes", default="off,all",
                        help="minivm modes to time, from off, cpython312, all (default off,all)")
    parser.add_argument("--counts", action="store_true",
                        help="add instructions retired and heap blocks (valgrind) and minivm's counters")
    parser.add_argument("--no-startup", action="store_true", help="leave out the start-up measurement")
    parser.add_argument("programs", nargs="*", help="benches/programs/*.py by default")
    opts = parser.parse_args()
    modes = [m for m in opts.modes.split(",") if m]
    if "all" not in modes:
        modes.append("all")
    if not os.path.exists(MINIVM):
        sys.exit("compare: build minivm first: cargo build --release")
    programs = opts.programs or sorted(
        os.path.join(ROOT, "benches", "programs", n) for n in os.listdir(os.path.join(ROOT, "benches", "programs"))
        if n.endswith(".py"))

    print(f"# {time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs, {opts.rounds} rounds; python3.12 is {PY}")
    cols = ["python3.12 ms"] + [f"{m} ms" for m in modes] + ["all/py", "all/off" if "off" in modes else "",
                                                              "py RSS MB", "all RSS MB"]
    cols = [c for c in cols if c]
    print(f"| {'program':<16} | " + " | ".join(f"{c:>13}" for c in cols) + " |")
    print("|" + "-" * 18 + "|" + "|".join("-" * 15 for _ in cols) + "|")
    ratios = {}
    gains = {}
    for source in programs:
        source = os.path.abspath(source)
        name = os.path.basename(source)[:-3]
        pyc = source[:-3] + ".pyc"
        compile_pyc(source, pyc)
        times, rss = measure(pyc, bench_args(source), modes, opts.rounds)
        row = [statistics.median(times["python3.12"]) * 1000] + [statistics.median(times[m]) * 1000 for m in modes]
        ratios[name] = paired_ratio(times["all"], times["python3.12"])
        row.append(ratios[name])
        if "off" in modes:
            gains[name] = paired_ratio(times["all"], times["off"])
            row.append(gains[name])
        rss_cells = [rss["python3.12"], rss["all"]]
        cells = [f"{v:13.0f}" for v in row[:1 + len(modes)]] + [f"{v:13.2f}" for v in row[1 + len(modes):]]
        cells += [f"{v:13.1f}" if v is not None else f"{'-':>13}" for v in rss_cells]
        print(f"| {name:<16} | " + " | ".join(cells) + " |", flush=True)

    classic = [r for n, r in ratios.items() if not n.startswith("micro_")]
    micro = [r for n, r in ratios.items() if n.startswith("micro_")]
    if classic:
        print(f"geometric mean all/py, programs: {geomean(classic):.2f} ({len(classic)} programs, "
              f"{sum(r > 1 for r in classic)} slower than python3.12)")
    if micro:
        print(f"geometric mean all/py, micro programs: {geomean(micro):.2f} ({len(micro)})")
    if gains:
        print(f"geometric mean all/off (what specialisation buys): {geomean(list(gains.values())):.2f}; "
              f"micro programs {geomean([g for n, g in gains.items() if n.startswith('micro_')]):.2f}")

    if not opts.no_startup:
        s, spawn = startup(max(opts.rounds * 4, 20))
        mb = lambda v: f"{v:.1f} MB" if v is not None else "RSS unknown"
        print(f"start-up (empty module, median wall time): python3.12 {s['python3.12'][0]:.1f} ms, "
              f"{mb(s['python3.12'][1])}; minivm {s['all'][0]:.1f} ms, {mb(s['all'][1])}; "
              f"of which spawning a process (/bin/true) {spawn:.1f} ms")

    if opts.counts:
        counts(programs)


def counts(programs):
    """The deterministic figures at each program's default size; instructions and heap blocks are
    net of an empty module's (python3.12's start-up alone retires some 45 million)."""
    have_valgrind = shutil.which("valgrind") is not None
    if not have_valgrind:
        print("counts: valgrind not found, so no instructions retired or heap blocks")

    def figures(pyc):
        if not have_valgrind:
            return (0, 0, 0, 0)
        return (callgrind_instructions([PY, pyc]), callgrind_instructions([MINIVM, "run", pyc]),
                dhat_blocks([PY, pyc]), dhat_blocks([MINIVM, "run", pyc]))

    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "empty.py")
        with open(src, "w") as f:
            f.write("pass\n")
        compile_pyc(src, os.path.join(tmp, "empty.pyc"))
        base = figures(os.path.join(tmp, "empty.pyc"))
    print(f"\ncounts at each program's default (test) size, net of an empty module's (python3.12 "
          f"{base[0]} instructions, {base[2]} blocks; minivm {base[1]}, {base[3]}):")
    print(f"| {'program':<16} | {'py instr':>13} | {'minivm instr':>13} | ratio | {'py blocks':>10} | "
          f"{'vm blocks':>10} | {'dispatched':>11} | {'frames':>9} |")
    print("|" + "|".join("-" * w for w in (18, 15, 15, 7, 12, 12, 13, 11)) + "|")
    ratios = []
    for source in programs:
        source = os.path.abspath(source)
        name = os.path.basename(source)[:-3]
        pyc = source[:-3] + ".pyc"
        dispatched, frames = minivm_counters(pyc)
        py_i, vm_i, py_b, vm_b = (a - b for a, b in zip(figures(pyc), base))
        ratio = vm_i / py_i if py_i > 0 and vm_i > 0 else float("nan")
        if ratio == ratio:
            ratios.append(ratio)
        print(f"| {name:<16} | {py_i:>13} | {vm_i:>13} | {ratio:5.2f} | {py_b:>10} | {vm_b:>10} | "
              f"{dispatched:>11} | {frames:>9} |", flush=True)
    if ratios:
        print(f"geometric mean of net instruction ratios (minivm / python3.12): {geomean(ratios):.2f}")


if __name__ == "__main__":
    main()
