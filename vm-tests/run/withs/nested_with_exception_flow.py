log = []
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, t, v, tb):
        log.append(f"exit {self.name} {t.__name__ if t else '-'}")
        return self.swallow
def run():
    with CM("outer", swallow=True):
        with CM("middle"):
            with CM("inner"):
                raise ValueError("x")
            log.append("unreached")
        log.append("unreached 2")
    log.append("after")
run()
print("\n".join(log))
