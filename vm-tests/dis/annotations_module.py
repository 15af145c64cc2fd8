count: int = 3
names: list[str] = ["a", "b"]
pending: dict


def typed(a: int, b: "str" = "x", *args: float, key: bool = False, **kw: object) -> tuple:
    local: int = a
    return local, b, args, key, kw


class Config:
    debug: bool = False
    level: int
    tags: tuple = ()


print(__annotations__)
print(typed.__annotations__)
print(Config.__annotations__, Config.debug)
print(typed(1, "y", 2.0, key=True))
