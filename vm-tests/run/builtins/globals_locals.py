x = 10
print("x" in globals(), globals()["x"])
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
