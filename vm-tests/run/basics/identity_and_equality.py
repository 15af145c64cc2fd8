a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, None is None, [] == [], () == ())
x = None
print(x is None, x == None, type(x) is type(None), 5 is not None)
s = "hello"
t = s
print(s is t, s == "hel" + "lo", 1 == 1.0, True is True, 0 == False)
