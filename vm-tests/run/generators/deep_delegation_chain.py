def g(n):
    if n:
        yield from g(n - 1)
    else:
        yield 0
print(list(g(900)))
def h(n):
    if n:
        for x in h(n - 1):
            yield x + 1
    else:
        yield 0
print(list(h(900)))
try:
    print(list(g(5000)))
except RecursionError as e:
    print("RecursionError", e)
