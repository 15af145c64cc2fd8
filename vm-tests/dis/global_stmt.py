counter = 0
registry = {}


def bump():
    global counter
    counter += 1
    return counter


def register(name):
    global registry
    registry = dict(registry)
    registry[name] = bump()


for n in ["a", "b", "c"]:
    register(n)
print(counter, registry)
