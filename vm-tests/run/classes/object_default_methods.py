class Thing:
    pass
a, b = Thing(), Thing()
print(a == a, a == b, a != b, hash(a) == hash(a))
print(a.__eq__(b), a.__ne__(a), object.__eq__(a, a))
print(type(a.__hash__()).__name__, str(a) == repr(a))
print(format(a, "") == str(a))
try:
    format(a, "d")
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(Thing.__bases__, object.__bases__, Thing.__name__, isinstance(Thing, type))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
