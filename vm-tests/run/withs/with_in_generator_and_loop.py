class Tracker:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self.n
    def __exit__(self, *a):
        print("close", self.n)
def gen():
    for i in range(3):
        with Tracker(i) as t:
            yield t * 10
for v in gen():
    print("got", v)
    if v == 10:
        break
for i in range(3):
    with Tracker(i):
        if i == 1:
            continue
        print("body", i)
def f():
    with Tracker("r"):
        return "returned"
print(f())
