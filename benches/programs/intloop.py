def loop(n):
    total = 0
    i = 0
    while i < n:
        total = total + i * 2 % 7
        i += 1
    return total
print(loop(3000000))
