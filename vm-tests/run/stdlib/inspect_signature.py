import functools
import inspect
import marshal


def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    "Adds things up."


def g(x, /, y=1, *, z):
    pass


class C:
    def m(self, x, y=None):
        pass

    @classmethod
    def k(cls, q):
        pass

    @staticmethod
    def s(*parts):
        pass


sig = inspect.signature(f)
print(sig)
print(list(sig.parameters), sig.return_annotation)
for p in sig.parameters.values():
    print(p.name, p.kind, p.kind.description, p.default is inspect.Parameter.empty, p.annotation)
print(inspect.signature(g), inspect.signature(lambda *a, **k: None))
print(inspect.signature(C().m), inspect.signature(C.m), inspect.signature(C.k), inspect.signature(C.s))
bound = sig.bind(1, c=3, e=5)
bound.apply_defaults()
print(bound.arguments)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError:", e)
print(sig.replace(return_annotation=inspect.Signature.empty))
print(inspect.getdoc(f), inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C().m))
print(inspect.getfullargspec(f))
print([name for name, _ in inspect.getmembers(C, inspect.isfunction)])
print(inspect.Parameter.POSITIONAL_ONLY < inspect.Parameter.KEYWORD_ONLY, str(inspect.Parameter.VAR_KEYWORD))
print(inspect.isgeneratorfunction((lambda: (yield))), inspect.iscoroutinefunction(f))
print(inspect.signature(functools.partial(g, 1)), inspect.unwrap(functools.wraps(f)(lambda: 0)) is f)

# marshal, which importlib needs: values round-trip.
for value in (None, True, 7, -2 ** 80, 1.5, 2j, "tx\u00e9t", b"\x00b", (1, [2, {3: 4}]), frozenset({5})):
    data = marshal.dumps(value)
    print(data == marshal.dumps(value), marshal.loads(data) == value, type(marshal.loads(data)).__name__)
print(marshal.loads(bytes.fromhex("a903e901000000da01614e")), marshal.version)
