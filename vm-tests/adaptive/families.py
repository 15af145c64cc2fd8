# Each family's canonical site, warmed up inside one call (no call site runs twice, since
# minivm does not specialise CALL yet).
def work():
    total = 0
    xs = [1, 2, 3, 4]
    pairs = [(1, 2), (3, 4), (5, 6)]
    d = {"a": 1}
    for i in xs:
        total = total + i * 2 - 1
        if i < 3:
            total += xs[0]
        d["a"] = total
        total += d["a"]
        xs[0] = i
    for a, b in pairs:
        total += a * b
    f = 0.5
    for k in (1, 2, 3):
        f = f * 1.5 - 0.25
        if f > 1.0:
            f = f + 0.125
    s = ""
    for ch in "abcd":
        s += ch
        if s == "ab":
            s = s + "!"
    t = (7, 8, 9)
    picked = t[1] + t[2]
    return total, f, s, picked


print(work())
