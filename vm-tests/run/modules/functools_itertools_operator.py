import functools, itertools, operator
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp

square = partial(power, exp=2)
print(square(7), partial(power, 2)(10), partial(partial(power, 3), 4)(), square.func is power, square.args, square.keywords)
print(partial(max, 1, key=abs))

calls = []
@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n
print(slow(2), slow(2), slow(3), slow(4), slow(2), calls, slow.cache_info())
slow.cache_clear(); print(slow.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().misses)

@lru_cache
def plain(x):
    return x
print(plain(1), plain.cache_info())

def logged(func):
    @wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper

@logged
def documented(a):
    "Adds one."
    return a + 1
print(documented.__name__, documented.__doc__, documented(1), documented.__wrapped__.__name__)

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
print(Version(1) < Version(2), Version(2) <= Version(2), Version(3) > Version(2), Version(1) >= Version(2), sorted([Version(3), Version(1)], key=lambda v: v.n)[0].n)

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area)

print(list(itertools.islice(itertools.count(5), 3)), list(itertools.islice(itertools.count(0, 2.5), 3)), repr(itertools.count(3)))
print(list(itertools.repeat("x", 3)), repr(itertools.repeat(1, 2)), list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.chain([1, 2], "ab")), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.islice(range(10), 2, 8, 3)), list(itertools.islice("abcdef", 4)), list(itertools.islice(range(5), 1, None)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)), list(itertools.accumulate([])))
print([(k, list(g)) for k, g in itertools.groupby("aaabccdd")], [(k, len(list(g))) for k, g in itertools.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(6))), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), list(itertools.pairwise("abcd")), list(itertools.batched(range(7), 3)))
print(list(itertools.product("ab", [0, 1])), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations([1, 2, 3])), list(itertools.permutations("abc", 2)))
print(list(itertools.combinations(range(4), 2)), list(itertools.combinations_with_replacement("ab", 2)))

print(operator.add(2, 3), operator.mul("a", 3), operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("xyz"))
print(operator.attrgetter("real")(3), operator.methodcaller("upper")("hi"), operator.methodcaller("split", ",")("a,b"))
print(operator.itemgetter(1), operator.attrgetter("a.b"), operator.methodcaller("f", 1, k=2))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=operator.itemgetter(0, 1)), operator.neg(5), operator.not_(0), operator.truth([]))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.is_(None, None), operator.lt(1, 2))
x = [1]; print(operator.iadd(x, [2]), x, operator.getitem({"k": 1}, "k"), operator.index(7))
