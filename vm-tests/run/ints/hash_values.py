print(hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 20))
print(hash(True), hash(1.0) == hash(1), hash(1.5), hash(-0.5), hash(1e100), hash(float("inf")))
print(hash(()), hash((1, 2)), hash(("a", 1)))
print(hash("a") == hash("a"), hash(""), hash("hello"), hash(b"hello"))
