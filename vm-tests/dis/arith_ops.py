def ops(a, b):
    return [a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, a << 2, a >> 1, a & b, a | b, a ^ b]


def inplace(a, b):
    a += b
    a -= 1
    a *= b
    a //= 2
    a %= 1000
    a **= 2
    a <<= 1
    a >>= 1
    a &= 0xFFFF
    a |= 1
    a ^= 3
    x = float(a)
    x /= 4
    return a, x


class M:
    def __matmul__(self, other):
        return "matmul"

    def __imatmul__(self, other):
        return "imatmul"


m = M()
print(ops(17, 5))
print(inplace(7, 3))
print(m @ m)
m @= m
print(m)
print(-17 // 5, -17 % 5, 2 ** -1, 7.5 // 2, -7.5 % 2)
