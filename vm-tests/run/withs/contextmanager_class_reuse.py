class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "start")
        return self
    def __exit__(self, *exc):
        print("  " * Timer.depth + "stop")
        Timer.depth -= 1
t = Timer()
with t:
    with t:
        with t:
            pass
with t as same:
    print(same is t)
