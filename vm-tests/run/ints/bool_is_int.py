print(True + 1, True * 10, isinstance(True, int), issubclass(bool, int), type(True))
print(True == 1, False == 0, {1: "a", True: "b"}, sum([True, True, False]))
print(repr(True), str(False), bool(5), bool(""), bool([0]))
