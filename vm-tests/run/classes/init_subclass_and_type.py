class Plugin:
    registry = []
    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag or cls.__name__.lower()
        Plugin.registry.append(cls)
class Alpha(Plugin):
    pass
class Beta(Plugin, tag="b"):
    pass
print([(c.__name__, c.tag) for c in Plugin.registry])
Dyn = type("Dyn", (Alpha,), {"x": 1, "hello": lambda self: "hi " + self.tag})
print(Dyn().hello(), Dyn.x, Dyn.__name__, [k.__name__ for k in Dyn.__mro__], Plugin.registry[-1].__name__)
