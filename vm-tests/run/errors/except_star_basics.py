def boom():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])

try:
    boom()
except* ValueError as eg:
    print("values:", repr(eg), [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", eg.message, len(eg.exceptions))

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped:", type(eg).__name__, eg.exceptions)

try:
    try:
        raise ExceptionGroup("outer", [KeyError("a"), ExceptionGroup("inner", [KeyError("b"), OSError("c")])])
    except* KeyError as eg:
        print("keys:", eg)
        print("nested:", [type(e).__name__ for e in eg.exceptions])
except* OSError as eg:
    print("leftover:", eg, eg.exceptions)

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg, eg.args[0], len(eg.args[1]))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("b", [ValueError()])
print(type(beg2).__name__)

match, rest = eg.split(ValueError)
print(match, rest)
print(eg.subgroup(TypeError))
print(eg.subgroup(KeyError))

for bad in ([], "x", [1]):
    try:
        ExceptionGroup("m", bad)
    except Exception as e:
        print(type(e).__name__, e)

try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise TypeError("replacement")
except Exception as e:
    print("got", repr(e), repr(e.__context__))

try:
    try:
        raise ExceptionGroup("g", [ValueError("x"), KeyError("y")])
    except* ValueError:
        raise TypeError("from handler")
    except* KeyError:
        pass
except Exception as e:
    print("got", repr(e), repr(e.__context__))


big = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)]), KeyError(4)])
m, r = big.split(lambda e: isinstance(e, ValueError))
print(repr(m))
print(repr(r))
print(repr(big.subgroup((TypeError, KeyError))))
print(big.subgroup(lambda e: True) is big)
print(repr(big.derive([OSError("o")])))
try:
    big.split(42)
except TypeError as e:
    print(e)
