d = dict.fromkeys(["a", "b", "c"], 0)
for k in "abcab":
    d[k] += 1
print(d, d.copy(), len(d), list(d.items())[0])
e = {}
e.update(d)
e.update([("z", 26)])
e.update(y=25)
print(e, e.pop("a"), e.get("a", "gone"), sorted(e.values()))
e.clear()
print(e, bool(e), {} == dict(), {"a": 1} == {"a": 1.0})
