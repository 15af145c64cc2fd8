class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [4])
class DefaultZero(dict):
    def __missing__(self, key):
        return 0
d = DefaultZero(a=1)
d["b"] += 5
print(d, d["zzz"], "zzz" in d)
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v.upper())
ld = LoudDict()
ld["x"] = "abc"
print(ld)
