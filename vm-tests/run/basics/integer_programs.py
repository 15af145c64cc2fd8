def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), [p for p in range(50) if is_prime(p)])
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 1000), key=collatz_len), collatz_len(27))
