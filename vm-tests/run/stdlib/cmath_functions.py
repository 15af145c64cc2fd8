# cmath: every function on finite values, its constants and its errors.
import cmath
import math

points = [1 + 2j, -3.5 + 0.25j, 0.5 - 0.5j, -2 - 7j, 1e-310 + 1e-310j, 1e300 + 1e300j, 0.75j, -1.5, 2, 1 + 0j, 0j, -0.0 - 0.0j]
names = ["sqrt", "exp", "log", "log10", "acos", "asin", "atan", "acosh", "asinh", "atanh",
         "cos", "sin", "tan", "cosh", "sinh", "tanh"]
for name in names:
    f = getattr(cmath, name)
    row = []
    for z in points:
        try:
            row.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}({e})")
    print(name, " ".join(row))
for z in points:
    print(cmath.phase(z), cmath.polar(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.rect(2, math.pi / 3), cmath.rect(1.5, 0), cmath.rect(-1, -math.pi))
print(cmath.log(8, 2), cmath.log(1j, 10), cmath.log(100 + 0j, 1 + 1j))
for bad in [lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.atanh(1), lambda: cmath.exp(1000),
            lambda: cmath.cosh(1000 + 1j), lambda: cmath.sqrt("x"), lambda: cmath.isclose(1, 1, rel_tol=-1),
            lambda: cmath.polar(1e308 + 1e308j)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1, abs_tol=0.2), cmath.isclose(cmath.inf, cmath.inf))
print(cmath.isnan(cmath.sqrt(complex(math.nan, 1))), cmath.isnan(cmath.exp(complex(1, math.nan))))


class C:
    def __complex__(self):
        return 3 + 4j


print(cmath.sqrt(C()), cmath.phase(C()), cmath.exp(True))
