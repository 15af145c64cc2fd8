class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def add(self, child):
        self.children.append(child)
        return self
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
    def __len__(self):
        return 1 + sum(len(c) for c in self.children)
    def __repr__(self):
        return f"Node({self.value!r}, {len(self.children)} children)"
root = Node("root").add(Node("a").add(Node("a1"))).add(Node("b"))
for depth, value in root.walk():
    print("  " * depth + value)
print(len(root), root, root.children)
