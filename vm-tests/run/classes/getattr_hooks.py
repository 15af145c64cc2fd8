class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("computed_"):
            return name[9:].upper()
        raise AttributeError(f"{type(self).__name__} has no {name}")
l = Lazy()
print(l.real, l.computed_value, getattr(l, "computed_x"), hasattr(l, "other"))
try:
    l.other
except AttributeError as e:
    print(e)
class Recorder:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
r = Recorder()
r.a = 1
r.b = [2]
print(r.a, r.b, r.__dict__)
