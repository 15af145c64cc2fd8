def total_len(words):
    return sum(len(w) for w in words)


nums = range(10)
gen = (n * n for n in nums if n % 3 == 0)
print(next(gen), list(gen))
print(total_len(["ab", "cde"]), max(x % 7 for x in range(50)))
print(any(c.isdigit() for c in "ab1"), all(n > 0 for n in [1, 2, 0]))
print(tuple((a, b) for a in "xy" for b in (1, 2)))
