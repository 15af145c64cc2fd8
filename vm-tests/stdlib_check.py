"""Compares `minivm dis` with python3.12's dis on every .pyc CPython 3.12 wrote for its own
standard library (or under the folders given). Run through vm-tests/stdlib_check.sh after
`cargo build --release`. Prints the match rate and the first differing line of each mismatch."""
import dis
import glob
import io
import marshal
import os
import re
import subprocess
import sys
import sysconfig

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
MINIVM = os.path.join(ROOT, "target", "release", "minivm")
ADDR = re.compile(r" at 0x[0-9a-f]+")


def expected(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] != (3531).to_bytes(2, "little"):
        return None
    buf = io.StringIO()
    dis.dis(marshal.loads(data[16:]), file=buf)
    return buf.getvalue()


def main():
    folders = sys.argv[1:] or [sysconfig.get_paths()["stdlib"]]
    files = sorted(f for d in folders for f in glob.glob(os.path.join(d, "**", "*.cpython-312*.pyc"), recursive=True))
    same = differ = failed = 0
    for path in files:
        want = expected(path)
        if want is None:
            continue
        got = subprocess.run([MINIVM, "dis", path], capture_output=True, text=True)
        if got.returncode != 0:
            failed += 1
            print(f"ERROR {path}: {got.stderr.strip()}")
            continue
        w, g = ADDR.sub(" at 0x?", want), ADDR.sub(" at 0x?", got.stdout)
        if w == g:
            same += 1
        else:
            differ += 1
            for i, (a, b) in enumerate(zip(w.splitlines(), g.splitlines())):
                if a != b:
                    print(f"DIFF {path} line {i + 1}:\n  want: {a}\n  got:  {b}")
                    break
            else:
                print(f"DIFF {path}: line counts differ")
    total = same + differ + failed
    print(f"{same} of {total} files match byte for byte ({100.0 * same / max(total, 1):.2f}%); {differ} differ, {failed} failed to load")


if __name__ == "__main__":
    main()
