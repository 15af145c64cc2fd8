def worker():
    while True:
        try:
            x = yield
            print("processing", x)
        except ValueError as e:
            print("recovered from", e)
        except GeneratorExit:
            print("closing worker")
            raise
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad input"))
w.send(2)
w.close()
try:
    w.throw(KeyError("after close"))
except KeyError as e:
    print("KeyError", e)
g = worker()
try:
    g.throw(RuntimeError("unstarted"))
except RuntimeError as e:
    print("RuntimeError", e)
