n = 0
while n < 10:
    n += 1
    if n == 7:
        break
else:
    print("no break")
print("n =", n)
i = 0
while i < 3:
    i += 1
else:
    print("loop finished", i)
