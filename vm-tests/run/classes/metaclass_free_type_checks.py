print(type(int), type(type), isinstance(int, type), issubclass(bool, int), issubclass(int, object))
print(isinstance(True, int), isinstance(1, (str, float)), isinstance([], (list, tuple)))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
class A: pass
class B(A): pass
print(issubclass(B, (int, A)), issubclass(A, B), B.__bases__)
