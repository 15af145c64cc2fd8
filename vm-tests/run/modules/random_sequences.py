# The random module under several seeds: long sequences must be CPython's, draw for draw.
import random

for seed in [0, 1, 42, 2 ** 32, 2 ** 100 + 7, -5, 3.14159, "hello", b"bytes", bytearray(b"ba"), "", "ünïcode"]:
    random.seed(seed)
    print(repr(seed), [random.random() for _ in range(5)])
    print(" ints", [random.randint(1, 100) for _ in range(20)])
    print(" range", [random.randrange(0, 1000, 7) for _ in range(5)], random.randrange(10), random.randrange(-5, 5))
    print(" bits", random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(200))
    items = list(range(20))
    random.shuffle(items)
    print(" shuffle", items)
    print(" choice", random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
    print(" sample", random.sample(range(100), 10), random.sample("abcdefghij", 3), random.sample(range(10 ** 6), 5))
    print(" choices", random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6), random.choices("xy", cum_weights=[1, 5], k=4))
    print(" uniform", random.uniform(1, 10), random.uniform(-1.5, 1.5))
    print(" gauss", random.gauss(), random.gauss(10, 2), random.gauss(0, 1))
    print(" dists", random.normalvariate(0, 1), random.expovariate(2.0), random.triangular(0, 10, 3), random.lognormvariate(0, 0.5))
    print(" more", random.vonmisesvariate(1.0, 2.0), random.paretovariate(3.0), random.weibullvariate(1.0, 2.0), random.randbytes(6))

random.seed(12345)
long_run = [random.random() for _ in range(2000)]
print("long", long_run[0], long_run[999], long_run[1999], sum(long_run))
print("ints", sum(random.randint(0, 10 ** 12) for _ in range(1000)))

r1 = random.Random(7)
r2 = random.Random(7)
print("instances", r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6), r1.random(), random.Random("x").random())
state = r1.getstate()
a = [r1.random() for _ in range(3)]
r1.setstate(state)
print("state", a == [r1.random() for _ in range(3)], state[0], len(state[1]), state[2])
r3 = random.Random()
r3.seed(99)
print("reseed", r3.random(), r3.sample([1, 2, 3, 4], 2))

for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(0, 10, 0),
            lambda: random.randrange(1, 10, -1), lambda: random.choice([]), lambda: random.sample([1, 2], 3),
            lambda: random.sample({1, 2}, 1), lambda: random.seed([1]), lambda: random.getrandbits(-1),
            lambda: random.choices([1, 2], [1]), lambda: random.randrange(1.5), lambda: random.choices("ab", 3)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
