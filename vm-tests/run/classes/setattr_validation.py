class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}: frozen")
f = Frozen(1)
print(f.x)
for action in (lambda: setattr(f, "x", 2), lambda: delattr(f, "x")):
    try:
        action()
    except AttributeError as e:
        print(e)
class Counted:
    sets = 0
    def __setattr__(self, name, value):
        type(self).sets += 1
        super().__setattr__(name, value)
c = Counted()
c.a = 1
c.b = 2
print(Counted.sets, c.a + c.b)
