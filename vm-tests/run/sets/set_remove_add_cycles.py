s = set(range(10))
for i in range(0, 10, 2):
    s.remove(i)
for i in range(20, 30, 3):
    s.add(i)
print(s, len(s))
while len(s) > 3:
    s.pop()
print(s)
s.clear()
s.add("x")
print(s, 1 in s, "x" in s)
