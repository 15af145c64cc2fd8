class Broken(Exception):
    def __str__(self):
        return "broken message"
def f():
    raise Broken(1, 2)
f()
