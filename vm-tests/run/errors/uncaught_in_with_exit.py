class Faulty:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("exit blew up")
with Faulty():
    print("in body")
