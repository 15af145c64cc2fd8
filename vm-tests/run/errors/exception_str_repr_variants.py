cases = [KeyError("k"), KeyError(), KeyError(1, 2), ValueError(""), OSError(2, "No such file"),
         OSError("plain"), StopIteration(3), SystemExit(2), UnicodeError("u"), AttributeError("a"),
         Exception(None), Exception([1, 2]), IndexError(5)]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e))
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, type(OSError(2, "x")).__name__)
