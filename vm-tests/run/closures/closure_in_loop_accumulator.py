def make_accumulators(n):
    accs = []
    for i in range(n):
        def acc(x, i=i):
            return x + i
        accs.append(acc)
    return accs
print([f(10) for f in make_accumulators(4)])
def memo(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
