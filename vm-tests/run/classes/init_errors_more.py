class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class InitOnly:
    def __init__(self, a):
        self.a = a
try:
    InitOnly()
except TypeError as e:
    print("TypeError:", e)
try:
    InitOnly(1, 2)
except TypeError as e:
    print("TypeError:", e)
class ReturnsValue:
    def __init__(self):
        return 5
try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)
try:
    InitOnly(b=1)
except TypeError as e:
    print("TypeError:", e)
