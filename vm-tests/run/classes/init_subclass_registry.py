class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls

class Csv(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
class Yaml(Json, name="yml"):
    pass
print(sorted(Plugin.registry))
print(Plugin.registry["yml"].__mro__[1].__name__)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
