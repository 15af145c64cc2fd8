# list(), tuple() and sorted() ask a Python __len__ for a length hint first (PyObject_LengthHint).
class B:
    def __len__(self):
        print("len called"); return 2
    def __iter__(self):
        return iter([1, 2])
print(list(B()), tuple(B()), sorted(B()))
class C:
    def __len__(self):
        raise TypeError("no")
    def __iter__(self):
        return iter([3])
print(list(C()))
class D:
    def __len__(self):
        raise KeyError("boom")
    def __iter__(self):
        return iter([3])
try:
    list(D())
except KeyError as e:
    print("KeyError", e)
