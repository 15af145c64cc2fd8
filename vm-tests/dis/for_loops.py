def primes(limit):
    found = []
    for n in range(2, limit):
        for p in found:
            if n % p == 0:
                break
        else:
            found.append(n)
    return found


def pairs(xs):
    out = []
    for i, x in enumerate(xs):
        for y in xs[i + 1:]:
            if x + y == 10:
                out.append((x, y))
                continue
    return out


print(primes(40))
print(pairs([1, 9, 3, 7, 5, 5]))
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for ch in "hi":
    print(ch)
