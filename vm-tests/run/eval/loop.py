# 10,000 evals: each is one round trip to the compiler process.
total = 0
for i in range(10000):
    total += eval("x + 1", {"x": i})
print(total)
