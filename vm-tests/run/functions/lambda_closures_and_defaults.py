adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print({k: f(10) for k, f in adders.items()})
compose = lambda f, g: (lambda *a: f(g(*a)))
print(compose(abs, min)(-5, 3, -8), compose(str.upper, "-".join)(["a", "b"]))
print((lambda: "no args")(), (lambda *a, **k: (len(a), len(k)))(1, 2, x=3))
