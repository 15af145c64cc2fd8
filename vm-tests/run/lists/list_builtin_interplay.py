xs = [5, 3, 8, 1]
print(sorted(xs), xs, list(reversed(xs)), xs[::-1], max(xs), min(xs), sum(xs), len(xs), any(xs), all(xs))
print(list(enumerate(xs)), list(zip(xs, xs[1:])), [x for x in xs if x > 3], list(map(str, xs)))
ys = xs
ys.sort()
print(xs, ys is xs, xs.index(8), 8 in xs, xs + [0], xs * 2)
