class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
class HashedKey(Key):
    def __hash__(self):
        return hash(self.k)
print(Key.__hash__ is None)
try:
    {Key(1): 1}
except TypeError as e:
    print("TypeError:", e)
d = {HashedKey(1): "one", HashedKey(2): "two"}
print(d[HashedKey(1)], HashedKey(2) in d, HashedKey(3) in d, len({HashedKey(1), HashedKey(1)}))
