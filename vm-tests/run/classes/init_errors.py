class NoInit:
    pass
class TwoArgs:
    def __init__(self, a, b):
        self.a = a
try:
    NoInit(1)
except TypeError as e:
    print(e)
try:
    TwoArgs(1)
except TypeError as e:
    print(e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
print(type(NoInit()).__name__, TwoArgs(1, 2).a)
