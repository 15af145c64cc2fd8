print({x * 7 % 23 for x in range(30)})
print({c.lower() for c in "Hello World"})
print({(i, i % 3) for i in range(6)})
words = ["red", "green", "blue", "red", "blue"]
print(set(words), len(set(words)), sorted(set(words)))
