nums = range(10)
evens = (n for n in nums if n % 2 == 0)
print(type(evens).__name__, next(evens), list(evens), list(evens))
print(sum(x * x for x in range(5)), max(len(w) for w in ["a", "abc", "ab"]))
pairs = list((a, b) for a in "xy" for b in (1, 2))
print(pairs)
print(any(x > 3 for x in [1, 5]), all(x for x in []), sorted((-x for x in [3, 1, 2])))
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g))
