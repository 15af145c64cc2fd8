def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in [20, 21, 25, 50]:
    f = fact(n)
    print(n, f, f % 1000000007, len(str(f)))
print(fact(100) // fact(98), fact(30) // (fact(15) * fact(15)))
