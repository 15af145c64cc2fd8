registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
def with_greeting(greeting):
    def deco(cls):
        cls.greet = lambda self: f"{greeting} from {type(self).__name__}"
        return cls
    return deco
@register
@with_greeting("hi")
class A:
    pass
@register
class B(A):
    pass
print(registry, A.registered, B().greet(), A().greet())
