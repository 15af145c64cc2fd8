print(str(1), str(1.0), str(-0.0), str(True), str(None), str([1, "a"]), str((1,)), str({"k": 1}), str({1, 2}))
print(repr(1.0), repr("x"), repr([1.5, "y"]), repr((None,)), str(b"ab"), repr(1e100), str(2 ** 64))
print(int(str(123)) + 1, float(str(1.25)) * 2, str(12345678901234567890)[::-1])
