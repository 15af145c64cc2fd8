a = set(range(0, 40, 3))
b = set(range(0, 40, 5))
print(a | b)
print(a & b, b & a)
print(a - b)
print(a ^ b)
c = {"one", "two", "three", "four"}
d = {"three", "four", "five"}
print(c | d, c & d, c - d, c ^ d)
e = set(range(100))
print(e - {1, 2, 3})
