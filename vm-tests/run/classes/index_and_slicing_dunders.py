class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step)
            return Seq(self.data[key])
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq(range(6))
print(s[1:4], s[::2], s[-1], s[:])
s[0] = 9
s[1:3] = [7]
del s[::2]
print(s)
