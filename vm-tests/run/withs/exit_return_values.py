class CM:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None, "returning", self.ret)
        return self.ret
for ret in (True, False, None, 1, "", [0]):
    try:
        with CM(ret):
            raise KeyError("k")
        print("suppressed by", repr(ret))
    except KeyError:
        print("propagated past", repr(ret))
