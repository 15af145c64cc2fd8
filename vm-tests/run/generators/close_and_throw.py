def worker():
    try:
        while True:
            try:
                x = yield "ready"
                print("working on", x)
            except ValueError as e:
                print("recovered from", e)
    finally:
        print("cleanup")
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
w.close()
print("closed")
def simple():
    yield 1
s = simple()
s.close()
print(list(s))
