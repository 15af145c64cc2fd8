def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, ...]:
    return (1,)
print(f.__annotations__)
print(int | None, list[int], dict[str, list[int]], tuple[int, ...], type[int])
print(isinstance(3, int | str), (int | str).__args__, list[int].__origin__, list[int]([1, 2]))
class Node:
    children: list["Node"]
    parent: "Node | None" = None
print(Node.__annotations__)
class Item:
    pass
print(Item | None, list[Item], dict[str, Item | int], int | str | int, (int | str) | (str | float))
print(type(list[int]).__name__, type(int | str).__name__, tuple[()], set[frozenset[int]])
for bad in (lambda: int | 3, lambda: isinstance([], list[int]), lambda: 3 | None):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def typed(a: int = 0, *args: str, key: bool | None = None, **kw: float) -> None:
    pass
print(typed.__annotations__)
