class Outer:
    Base = int
    type Alias = list[Base]

    def method[T](self, x: T) -> Base:
        return x

    class Node[V]:
        kind = "node"

        def get(self) -> V:
            return self.kind


print(Outer.Alias.__value__, Outer().method(3), Outer.method.__annotations__)
print(Outer.Node[str]().get(), Outer.Node.__type_params__)
