class Opener:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self.value
    def __exit__(self, *a):
        return None
with Opener([1, 2]) as (a, b):
    print(a, b)
with Opener({"k": "v"}) as d:
    print(d["k"])
with Opener(None) as nothing, Opener(5) as five:
    print(nothing, five)
class Self:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
with Self() as s:
    print(type(s).__name__)
