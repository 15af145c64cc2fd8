a = [1, 2]
a.append(a)
d = {"self": None}
d["self"] = d
t = ([],)
t[0].append(t)
print(a, d, t)
print(repr(a), str(d), len(a))
