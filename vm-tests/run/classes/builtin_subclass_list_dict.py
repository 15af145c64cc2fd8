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
