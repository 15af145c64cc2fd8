data = ["1", "2", "three"]
print(sum(int(x) for x in data))
