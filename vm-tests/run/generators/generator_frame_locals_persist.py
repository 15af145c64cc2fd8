def stateful():
    seen = []
    count = 0
    while True:
        item = yield (count, list(seen))
        count += 1
        seen.append(item)
        if len(seen) > 2:
            seen.pop(0)
g = stateful()
print(next(g))
for x in "abcd":
    print(g.send(x))
def nested_loops():
    for i in range(2):
        for j in range(2):
            yield i, j
print(list(nested_loops()))
