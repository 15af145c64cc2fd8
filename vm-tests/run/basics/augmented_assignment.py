x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 50
x <<= 2
x >>= 1
x |= 1
x &= 0b1111
x ^= 0b101
print(x)
s = "a"
s += "b"
s *= 3
print(s)
l = [1]
l += (2, 3)
l *= 2
print(l)
f = 1.5
f /= 2
f -= 0.25
print(f)
