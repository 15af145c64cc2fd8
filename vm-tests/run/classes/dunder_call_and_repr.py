class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return (args, sorted(kwargs.items()))
    def __str__(self):
        return f"Counter with {self.calls} calls"
    def __repr__(self):
        return "Counter()"

c = Counter()
print(c(1, 2, k=3), c(), callable(c), callable(Counter), callable(3))
print(c, repr(c), [c], f"{c}", f"{c!r}")
class NoStr:
    def __repr__(self):
        return "<only repr>"
print(str(NoStr()), NoStr())
class Plain:
    pass
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)
