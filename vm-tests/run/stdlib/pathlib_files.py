# CPython's pathlib, glob, shutil and tempfile over minivm's posix and _io.
import glob
import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

base = Path(tempfile.mkdtemp(prefix="minivm-pathlib-"))
try:
    (base / "src" / "pkg").mkdir(parents=True)
    (base / "docs").mkdir()
    (base / "src" / "main.py").write_text("print('hi')\n")
    (base / "src" / "pkg" / "__init__.py").write_text("")
    (base / "src" / "pkg" / "util.py").write_text("X = 1\n" * 3)
    (base / "docs" / "notes.txt").write_text("alpha\nbeta\n", encoding="utf-8")
    (base / "data.bin").write_bytes(bytes(range(10)))

    rel = lambda p: p.relative_to(base).as_posix()
    print(sorted(rel(p) for p in base.rglob("*.py")))
    print(sorted(rel(p) for p in base.glob("*")))
    print(sorted(rel(p) for p in (base / "src").iterdir()))
    notes = base / "docs" / "notes.txt"
    print(notes.name, notes.stem, notes.suffix, notes.parent.name, notes.exists(), notes.is_file(), notes.is_dir())
    print(notes.read_text().splitlines(), (base / "data.bin").read_bytes()[:4], notes.stat().st_size)
    with notes.open("a") as f:
        f.write("gamma\n")
    print(notes.read_text().count("\n"), [line.strip() for line in notes.open()])
    print(sorted(os.path.relpath(p, base) for p in glob.glob(str(base / "**" / "*.py"), recursive=True)))
    print(sorted(os.path.basename(p) for p in glob.glob(str(base / "src" / "*.py"))))

    shutil.copy(notes, base / "copy.txt")
    shutil.copytree(base / "src", base / "src2")
    print(sorted(rel(p) for p in (base / "src2").rglob("*")))
    shutil.move(str(base / "copy.txt"), str(base / "docs" / "moved.txt"))
    print(sorted(rel(p) for p in (base / "docs").iterdir()), (base / "docs" / "moved.txt").read_text() == notes.read_text())
    shutil.rmtree(base / "src2")
    print((base / "src2").exists())
    renamed = (base / "data.bin").rename(base / "data2.bin")
    print(rel(renamed), renamed.exists(), (base / "data.bin").exists())
    renamed.unlink()
    try:
        (base / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)

    p = PurePosixPath("/usr/local/lib/python3.12/os.py")
    print(p.parts, p.parent, p.suffixes, p.with_suffix(".pyc"), p.match("*.py"), p.is_absolute())
    print(PurePosixPath("a/b") / "c" / "../d", PurePosixPath("a/b/c.tar.gz").stem, Path("x").is_absolute())

    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp) / "t.txt"
        t.write_text("temporary")
        print(t.read_text(), Path(tmp).is_dir())
    print(Path(tmp).exists())
    with tempfile.NamedTemporaryFile("w+", suffix=".log", delete=True) as f:
        f.write("named")
        f.seek(0)
        print(f.read(), f.name.endswith(".log"))
finally:
    shutil.rmtree(base)
print(base.exists())
