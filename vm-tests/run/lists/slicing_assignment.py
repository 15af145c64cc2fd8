xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[::2] = [0] * 5
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs, xs[::-1], xs[-2:], xs[100:])
ys = [1, 2, 3]
ys[1:1] = [9, 9]
print(ys)
