words = ["apple", "bob", "kayak", "level", "python"]
lengths = {w: len(w) for w in words}
palindromes = {w for w in words if w == w[::-1]}
inverted = {v: k for k, v in lengths.items() if v > 3}
print(lengths)
print(sorted(palindromes))
print(inverted)
print({n % 4 for n in range(20)}, {i: i * i for i in range(5)})
