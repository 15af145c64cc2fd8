# CPython's os and os.path (from its Lib/) over minivm's native posix module.
import errno
import os
import os.path
import stat

base = os.path.join("/tmp", f"minivm-os-files-{os.getpid()}")


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        rel = os.path.relpath(root, top)
        out.append((rel, sorted(files)))
    return out


def remove_tree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.unlink(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(top)


if os.path.exists(base):
    remove_tree(base)
os.makedirs(os.path.join(base, "sub", "deeper"))
os.mkdir(os.path.join(base, "other"))
for rel, text in [("a.txt", b"alpha\n"), ("sub/b.py", b"print(1)\n"), ("sub/deeper/c.dat", b"\x00\x01\x02")]:
    fd = os.open(os.path.join(base, rel), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(rel, os.write(fd, text))
    os.close(fd)

print(tree(base))
print(sorted(os.listdir(base)))
with os.scandir(base) as entries:
    for entry in sorted(entries, key=lambda e: e.name):
        print(entry.name, entry.is_dir(), entry.is_file(), entry.is_symlink(), os.fspath(entry) == entry.path)

st = os.stat(os.path.join(base, "a.txt"))
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
print(isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int), st[stat.ST_SIZE], len(st))
print(os.path.getsize(os.path.join(base, "sub", "deeper", "c.dat")))

fd = os.open(os.path.join(base, "a.txt"), os.O_RDWR)
print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_END), os.read(fd, 10))
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 100))
print(os.fstat(fd).st_size)
os.close(fd)

os.rename(os.path.join(base, "a.txt"), os.path.join(base, "other", "a2.txt"))
os.replace(os.path.join(base, "sub", "b.py"), os.path.join(base, "other", "b2.py"))
print(tree(base))

os.symlink(os.path.join(base, "other"), os.path.join(base, "link"))
print(os.path.islink(os.path.join(base, "link")), os.path.isdir(os.path.join(base, "link")))
print(os.readlink(os.path.join(base, "link")) == os.path.join(base, "other"))
os.unlink(os.path.join(base, "link"))

for attempt in [
    lambda: os.stat(os.path.join(base, "missing")),
    lambda: os.mkdir(os.path.join(base, "other")),
    lambda: os.rmdir(os.path.join(base, "other")),
    lambda: os.listdir(os.path.join(base, "nope")),
    lambda: os.close(9999),
]:
    try:
        attempt()
    except OSError as e:
        print(type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror, e.filename == None)

cwd = os.getcwd()
os.chdir(base)
print(os.getcwd() == os.path.realpath(base), sorted(os.listdir()))
os.chdir(cwd)

print(os.path.join("a", "b", "c"), os.path.split("/x/y/z.txt"), os.path.splitext("arch.tar.gz"))
print(os.path.normpath("/a/./b/../c//d"), os.path.dirname("/a/b/c"), os.path.isabs("rel"))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.expanduser("~") == os.environ["HOME"])
print(os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.name)
print(isinstance(os.environ, os.environ.__class__), "PATH" in os.environ, os.getenv("MINIVM_NO_SUCH") is None)
print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES))
print(os.getpid() > 0, len(os.urandom(8)), os.cpu_count() >= 1, os.uname().sysname)
print(os.fsencode("x"), os.fsdecode(b"y"), os.fspath("p"))
remove_tree(base)
print(os.path.exists(base))
