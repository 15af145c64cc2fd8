for w in ["a", "ab", "abc", "abcd"]:
    print("[" + w.center(7) + "]", "[" + w.center(6, "*") + "]", "[" + w.ljust(5, ".") + "]", "[" + w.rjust(5, ".") + "]")
print("12".zfill(5), "+12".zfill(5), "abc".zfill(2), "-".zfill(3))
