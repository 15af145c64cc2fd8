class Seq:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
class Rev(Seq):
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(Seq([1, 2, 3]))), list(reversed(Rev([1]))), len(Seq("abcd")))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
print(bool(Seq([])), bool(Seq([0])))
