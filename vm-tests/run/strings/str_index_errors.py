s = "abc"
for f in [lambda: s[3], lambda: s.index("z"), lambda: "a" + 1, lambda: s[1.5], lambda: ord("ab"), lambda: "x".join([1])]:
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
