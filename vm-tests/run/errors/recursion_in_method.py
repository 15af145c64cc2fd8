class Node:
    def __init__(self):
        self.parent = self
    def root(self):
        return self.parent.root()
try:
    Node().root()
except RecursionError as e:
    print("RecursionError:", e)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(500))
