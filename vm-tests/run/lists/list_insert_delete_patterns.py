xs = []
for i in range(10):
    xs.insert(i // 2, i)
print(xs)
while len(xs) > 3:
    del xs[len(xs) // 2]
print(xs)
xs[1:1] = "ab"
xs[-1:] = []
print(xs)
xs.extend(range(3))
xs.remove(0)
print(xs, xs.pop(-2), xs)
