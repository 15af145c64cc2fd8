numbers = ["1", "2", "three"]
print([int(n) for n in numbers])
