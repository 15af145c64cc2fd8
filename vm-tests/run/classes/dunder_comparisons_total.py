class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(1, 2), Version(1, 0, 5), Version(2), Version(1, 2)]
print(sorted(vs))
print(Version(1) == Version(1), Version(1) != Version(2), Version(1) == 1)
print(Version(3) > Version(2), Version(1) >= Version(1))
print(max(vs), min(vs))
try:
    Version(1) < 5
except TypeError as e:
    print("TypeError:", e)
print(Version.__hash__)
