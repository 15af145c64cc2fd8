data = list(range(10))
print(data[2:5], data[:3], data[7:], data[::2], data[::-1], data[1:8:3], data[-3:])
data[2:4] = ["a", "b", "c"]
print(data)
data[::3] = [0] * len(data[::3])
print(data)
del data[5:]
print(data)
s = "hello world"
print(s[6:], s[:-6], s[::-1], s[slice(0, 5)])
lo, hi = 1, 4
print(s[lo:hi], s[lo:], s[:hi])
