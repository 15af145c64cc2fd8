parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts), "".join(reversed("stressed")), ", ".join(map(str, [1.5, 2, None])))
s = ""
for ch in "abc":
    s += ch * 2
print(s, s * 0, -1 * "x", "=" * 20)
