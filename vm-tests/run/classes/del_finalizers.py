class R:
    def __init__(self, n):
        self.n = n
        print("open", n)
    def __del__(self):
        print("close", self.n)
r = R(1)
del r
print("after del")
def f():
    x = R(2)
    return "f done"
print(f())
R(3)
print("temp gone")
r = R(4)
r = R(5)
print("rebound")
items = [R(6), R(7)]
items.clear() if False else None
items = None
print("list gone")
pair = (R(8), R(9))
pair = None
print("tuple gone")
class Node:
    def __init__(self, name, child=None):
        self.name, self.child = name, child
    def __del__(self):
        print("del", self.name)
tree = Node("root", Node("leaf"))
tree = None
print("tree gone")
keep = R(10)
print("end")
