class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self
t = Tags(["a"]).add_all("b", "c", "a")
print(sorted(t), len(t), "b" in t, type(t).__name__)
class Path(str):
    def parts(self):
        return self.split("/")
    def __truediv__(self, other):
        return Path(self + "/" + other)
p = Path("usr") / "local" / "bin"
print(p, p.parts(), type(p).__name__, p.upper(), p.startswith("usr"))
