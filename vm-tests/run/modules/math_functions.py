# Every math function on special values and a deterministic spread of samples; each result
# (or error) printed exactly, so any last-bit difference from CPython shows.
import math

state = 12345


def lcg():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state


def sample_floats(n):
    out = []
    for _ in range(n):
        r = lcg()
        mant = (r >> 11) / 2 ** 53
        exp = (r % 40) - 20
        sign = -1 if r & 1024 else 1
        out.append(sign * mant * 2.0 ** exp)
    return out


specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-300, 5e-324, 1e308, -1e308, math.inf, -math.inf, math.nan, 0.1, 3.0, 100.0, 710.0, -745.5]
samples = specials + sample_floats(60)


def show(name, f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        r = f"{type(e).__name__}: {e}"
    return repr(r)


one_arg = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc",
           "exp", "exp2", "expm1", "fabs", "gamma", "lgamma", "log", "log10", "log1p", "log2", "sin",
           "sinh", "sqrt", "tan", "tanh", "degrees", "radians", "isfinite", "isinf", "isnan", "frexp",
           "modf", "ulp", "ceil", "floor", "trunc"]
for name in one_arg:
    f = getattr(math, name)
    print(name, " ".join(show(name, f, x) for x in samples))

pairs = [(samples[i], samples[(i * 7 + 3) % len(samples)]) for i in range(len(samples))]
pairs += [(2.0, 0.5), (-8.0, 1 / 3), (0.0, -1.0), (-0.0, -3.0), (1.0, math.nan), (math.nan, 0.0), (10.0, 400.0), (5.0, 3.0), (-7.0, 2.0)]
for name in ["atan2", "copysign", "fmod", "pow", "remainder", "hypot", "nextafter", "log"]:
    f = getattr(math, name)
    print(name, " ".join(show(name, f, x, y) for x, y in pairs))

print("hypot", math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5), math.hypot(1e200, 1e200), math.hypot(5e-324, 5e-324))
print("dist", math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2, 0.3], [1.5, -2.5, 3.25]), math.dist((), ()))
print("ldexp", [math.ldexp(x, e) for x, e in [(1.0, 10), (0.75, -1074), (0.5, -1074), (0.75, -1075), (1.5, 1023), (3.0, -1080), (1.0, 1024 - 1)]])
print("ldexp", show("ldexp", math.ldexp, 1.0, 1024), show("ldexp", math.ldexp, 1.0, 10 ** 30), show("ldexp", math.ldexp, 1.0, -10 ** 30))
print("fsum", math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1e-16, 1, 1e16]), math.fsum([]))
print("fsum", show("fsum", math.fsum, [math.inf, -math.inf]), show("fsum", math.fsum, [1e308, 1e308]), math.fsum([math.inf, 1.0]))
print("fsum", math.fsum(x / 7 for x in range(1000)), sum(x / 7 for x in range(1000)))
print("factorial", math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(500))))
print("factorial", show("f", math.factorial, -1), show("f", math.factorial, 2.5), show("f", math.factorial, 3.0))
print("comb", math.comb(10, 3), math.comb(100, 50), math.comb(5, 6), show("c", math.comb, -1, 2), show("c", math.comb, 5, -2))
print("perm", math.perm(10, 3), math.perm(5), math.perm(5, 6), math.perm(20, 10), show("p", math.perm, 3, -1))
print("isqrt", math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 12345), show("i", math.isqrt, -1), show("i", math.isqrt, 2.0))
print("gcd", math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50))
print("lcm", math.lcm(), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(2 ** 70, 3))
print("prod", math.prod([]), math.prod([1, 2, 3, 4]), math.prod([0.5, 4, 3]), math.prod(range(1, 25)), math.prod([2, 3], start=10), math.prod(["ab"], start=3))
print("sumprod", math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [0.3, 0.4]), math.sumprod([1e16, 1.0, -1e16], [1.0, 1.0, 1.0]), math.sumprod([], []))
print("isclose", math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print("isclose", show("i", lambda: math.isclose(1.0, 1.0, rel_tol=-1)))
print("log", math.log(8, 2), math.log(100, 10), math.log(2 ** 2000), math.log10(10 ** 500), math.log2(2 ** 1500 + 1), math.log(10 ** 400, 10))
print("log", show("l", math.log, 0), show("l", math.log, -5), show("l", math.log, 2, 1), show("l", math.log10, 0), show("l", math.log, 10 ** 400 * -1))
print("floor/ceil", math.floor(-2.5), math.ceil(-2.5), math.floor(1e20), math.ceil(2 ** 70 + 0.0), math.floor(7), math.ceil(True), type(math.floor(True)))
print("floor", show("f", math.floor, math.inf), show("f", math.ceil, math.nan), show("f", math.floor, "x"))


class Angle:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"

    def __float__(self):
        return 0.25


print("hooks", math.floor(Angle()), math.ceil(Angle()), math.trunc(Angle()), math.sqrt(Angle()), math.trunc(-3.9), show("t", math.trunc, "s"))
print("constants", math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print("nextafter", math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0), math.nextafter(1.0, 2.0, steps=10), math.nextafter(0.0, 1.0, steps=0))
print("errors", show("s", math.sqrt, "4"), show("s", math.sqrt), show("s", math.pow, 2), show("s", math.exp, 10 ** 400))
print("gamma ints", [math.gamma(n) for n in range(1, 25)])
print("lgamma", [math.lgamma(x) for x in [0.5, 1.5, 2.5, 10.0, 100.0, 1e10, -0.5, -1.5, 1e-25, 171.5, 3.25]])
print("gamma", [math.gamma(x) for x in [0.5, 1.5, -0.5, -1.5, 171.5, 1e-25, 141.5, -141.5, -170.5, 0.001, 7.25]])
