import math
import os.path
import collections.abc as cabc
from functools import reduce, partial
from itertools import *
from json import dumps as to_json

print(math.sqrt(16), os.path.basename("/a/b.txt"), issubclass(list, cabc.Sequence))
print(reduce(lambda a, b: a * b, range(1, 6)), partial(pow, 2)(10))
print(list(islice(count(5), 3)), to_json({"k": [1, 2]}))


def lazy():
    import string
    from operator import add
    return string.ascii_lowercase[:3], add(1, 2)


print(lazy())
