def first[T](items: list[T]) -> T:
    return items[0]


def clamp[N: (int, float)](x: N, lo: N, hi: N) -> N:
    return max(lo, min(x, hi))


def bounded[S: str](s: S) -> S:
    return s.upper()


class Stack[T]:
    def __init__(self):
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


class Pair[K, *Vs, **P]:
    pass


type Alias = list[int]
type Mapping[K, V] = dict[K, V]

s = Stack[int]()
s.push(1)
s.push(2)
print(first([9, 8]), clamp(15, 0, 10), bounded("abc"), s.pop())
print(Alias.__value__, Mapping.__type_params__, Stack.__type_params__)
print(first.__type_params__, Pair.__type_params__)
