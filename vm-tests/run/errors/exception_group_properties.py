eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
print(eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
print(str(eg), repr(eg))
print([repr(e) for e in eg.exceptions[1].exceptions])
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("x")
except TypeError as e:
    print("TypeError:", e)
class MyGroup(ExceptionGroup):
    pass
g = MyGroup("mine", [ValueError(1)])
print(type(g).__name__, isinstance(g, ExceptionGroup))
