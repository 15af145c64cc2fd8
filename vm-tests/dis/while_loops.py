def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def find(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            break
        i += 1
    else:
        return -1
    return i


def skip_odd(n):
    total = 0
    i = 0
    while True:
        i += 1
        if i > n:
            break
        if i % 2:
            continue
        total += i
    return total


print(collatz(27), find([3, 1, 4, 1, 5], 4), find([1], 9), skip_odd(10))
