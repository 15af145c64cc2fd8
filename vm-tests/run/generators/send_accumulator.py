def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
g = averager()
print(next(g))
for v in (10, 20, 60):
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("result", e.value)
