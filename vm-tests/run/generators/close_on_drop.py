def src():
    try:
        for i in range(10):
            yield i
    finally:
        print("src closed")
def mid(it):
    try:
        for x in it:
            yield x * 2
    finally:
        print("mid closed")
def top():
    try:
        yield from mid(src())
    finally:
        print("top closed")
for v in top():
    print(v)
    if v == 4:
        break
print("after loop")
g = src()
next(g)
g = None
print("rebound")
def f():
    h = mid(src())
    next(h)
    return "returned"
print(f())
print("end")
