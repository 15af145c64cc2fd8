class Registry:
    _items = {}
    @classmethod
    def register(cls, name):
        def deco(fn):
            cls._items[name] = fn
            return fn
        return deco
    @classmethod
    def run(cls, name, *args):
        return cls._items[name](*args)
@Registry.register("add")
def add(a, b):
    return a + b
@Registry.register("neg")
def neg(a):
    return -a
print(Registry.run("add", 2, 3), Registry.run("neg", 4), sorted(Registry._items))
