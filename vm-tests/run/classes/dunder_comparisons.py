class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), min(vs), Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"), Version("1.2") >= Version("1.1"))
print({Version("1.0"): "a", Version("1.0"): "b"}, len({Version("3.1"), Version("3.1")}))
try:
    Version("1.0") < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
