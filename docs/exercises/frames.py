def numbers(n):
    for i in range(n):
        yield i


def double(source):
    for x in source:
        yield 2 * x


def total(n):
    return sum(double(numbers(n)))


print(total(10))
