e = enumerate("abc", 5)
print(type(e).__name__, list(e), list(enumerate([])))
z = zip([1, 2], [3, 4])
print(type(z).__name__, list(z), list(z))
m = map(abs, [-1, -2])
print(type(m).__name__, list(m))
f = filter(str.isupper, "aBcD")
print(list(f), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(zip("abc", range(10), strict=False)))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print(e)
