names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
s = set()
for n in names:
    s.add(n)
print(s)
print(set(names[:3]), set(names[3:]))
s.discard("gamma")
s.add("lambda")
print(s)
print({n[0] for n in names}, set("abcdefghij"))
