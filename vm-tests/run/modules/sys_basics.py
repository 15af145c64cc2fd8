import sys
print(sys.argv[0].endswith("sys_basics.pyc"), len(sys.argv))
print(sys.version_info >= (3, 12), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version.startswith("3.12"), sys.implementation.cache_tag)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.intern("abc") == "abc")
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exception())
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
print("to stderr", file=sys.stderr)
sys.stderr.write("err line\n")
print(sys.stdout, sys.stderr, sys.stdin)
print(type(sys.modules), "sys" in sys.modules, "builtins" in sys.modules)
print(type(sys.path), isinstance(sys.path[0], str))
for v in [0, 1, 2 ** 30, 2 ** 62, -5, True, 1.5, "", "abc", (), (1, 2), [], {}, {1: 2}, None, b"", b"ab", range(3)]:
    print(repr(v), sys.getsizeof(v))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit)
print(sys.getdefaultencoding())
import builtins
print(builtins.len("abc"), builtins is __builtins__)
sys.exit(4)
