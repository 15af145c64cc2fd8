def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            for m in range(p * p, limit + 1, p):
                flags[m] = False
        p += 1
    return [i for i, f in enumerate(flags) if f]


PRIMES = sieve(2000)


def factorize(n):
    factors = {}
    for p in PRIMES:
        if p * p > n:
            break
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def show_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())) if False else " * ".join([f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())])


def divisors(n):
    divs = [1]
    for p, e in factorize(n).items():
        divs = [d * p ** k for d in divs for k in range(e + 1)]
    return sorted(divs)


def phi(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def crt(remainders, moduli):
    x, m = 0, 1
    for r, mod in zip(remainders, moduli):
        g, p, q = egcd(m, mod)
        if (r - x) % g:
            return None
        x += m * ((r - x) // g * p % (mod // g))
        m = m // g * mod
        x %= m
    return x, m


def digits_sum(n):
    return sum(int(c) for c in str(n)) if False else sum([int(c) for c in str(n)])


print("primes below 100:", PRIMES[:25], "count <= 2000:", len(PRIMES))
for n in [360, 1001, 65536, 999983, 2 ** 32 + 1, 600851475143]:
    f = factorize(n)
    print(f"{n} = {show_factors(f)}; divisors={len(divisors(n)) if n < 10 ** 7 else '?'}; phi={phi(n)}")
print("divisors(360):", divisors(360))
perfect = [n for n in range(2, 10000) if sum(divisors(n)) - n == n]
print("perfect numbers:", perfect)
big = [2 ** 61 - 1, 2 ** 67 - 1, 10 ** 18 + 9, 10 ** 18 + 7, 1000000007 * 998244353]
print("probable primes:", [(n, is_probable_prime(n)) for n in big])
print("egcd(240, 46):", egcd(240, 46), "inverse of 17 mod 3120:", pow(17, -1, 3120))
print("crt:", crt([2, 3, 2], [3, 5, 7]), crt([1, 2], [4, 6]))
fact = 1
for i in range(1, 101):
    fact *= i
print("100! has", len(str(fact)), "digits, digit sum", digits_sum(fact), "trailing zeros", len(str(fact)) - len(str(fact).rstrip("0")))
print("2^1000 digit sum:", digits_sum(2 ** 1000))
fibs = [0, 1]
while len(str(fibs[-1])) < 100:
    fibs.append(fibs[-1] + fibs[-2])
print("first 100-digit Fibonacci index:", len(fibs) - 1, str(fibs[-1])[:20] + "...")
print("collatz records:", [n for n in range(1, 30) if n % 9 == 0], sum(range(0, 10 ** 6, 7)) % 1000003)
