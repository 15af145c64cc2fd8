def config(*, host="localhost", port=8080, debug=False):
    return f"{host}:{port} debug={debug}"
print(config(), config(port=1), config(debug=True, host="h"))
def mixed(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, extra
print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6), mixed(c=0, a=9))
