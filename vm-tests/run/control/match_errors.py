class NoArgs:
    pass
def check(v):
    match v:
        case NoArgs(1):
            return "matched"
    return "no"
try:
    check(NoArgs())
except TypeError as e:
    print("TypeError:", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
def check2(v):
    match v:
        case TooMany(1, 2):
            return "two"
try:
    check2(TooMany())
except TypeError as e:
    print("TypeError:", e)
def check3(v):
    match v:
        case len():
            return "?"
try:
    check3(5)
except TypeError as e:
    print("TypeError:", e)
