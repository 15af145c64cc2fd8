import json, io, string, gc, types, typing
from typing import List, Dict, Optional, Union, Any, Callable, TypeVar, Generic, NamedTuple, cast

doc = {"name": "minivm", "version": [0, 1], "ok": True, "none": None, "pi": 3.14159, "big": 10 ** 20,
       "nested": {"a": [], "b": {}}, "text": "quote\" back\\ tab\t nl\n é ☃ 😀"}
print(json.dumps(doc))
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, (2, 3), 1.0, -0.0, 1e100, float("inf"), float("nan")]), json.dumps("x"), json.dumps(None))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps({"a": 1}, indent="--"))
print(json.dumps({"s": {1, 2}} if False else {"o": object.__name__}, default=str))
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps(float("nan"), allow_nan=False)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print("ValueError", e)
text = json.dumps(doc)
back = json.loads(text)
print(back == doc, back["text"], type(back["big"]).__name__, json.loads("[1, 2.5, -3e2, true, false, null]"))
print(json.loads('{"a": {"b": [1, {"c": "\\u00e9\\ud83d\\ude00"}]}}'), json.loads(' "\\n\\t\\"" '), json.loads("NaN") != json.loads("NaN"))
for bad in ['', '{', '{"a" 1}', '[1, 2', '{"a": 1,}', '[1,]', '"abc', 'tru', '1 2', '{1: 2}', '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, isinstance(e, ValueError), e.pos)
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d)), json.loads("1.5", parse_float=str))

buf = io.StringIO()
buf.write("hello\n")
print("world", file=buf)
buf.writelines(["a\n", "b\n"])
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(3)), list(buf))
r = io.StringIO("line1\nline2\n")
print([line.rstrip() for line in r], io.StringIO("abc").read(), io.BytesIO(b"xy").read())
with io.StringIO() as s:
    s.write("ctx")
    print(s.getvalue())
print(s.closed)

print(string.ascii_lowercase, string.digits, string.hexdigits, string.capwords(" hello   wide world "), string.capwords("a-b", "-"))
print(len(string.printable), string.punctuation)
print(isinstance(gc.collect(), int), gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable()
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
print(types.FunctionType, types.ModuleType, types.GeneratorType, types.BuiltinFunctionType, types.MethodType, types.NoneType, types.LambdaType is types.FunctionType)
print(isinstance(lambda: 0, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(gc, types.ModuleType))

T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

def total(xs: List[int], scale: Optional[float] = None) -> Dict[str, Union[int, float]]:
    return {"sum": sum(xs) * (scale or 1)}

print(Box(3).get(), total([1, 2], 2.0), cast(int, "x"), T, List[int], Optional[str], Dict[str, int], Callable[[int], str])
print(total.__annotations__["xs"], typing.TYPE_CHECKING, Any)

class Employee(typing.NamedTuple if False else object):
    pass
Pt = NamedTuple("Pt", [("x", int), ("y", int)])
print(Pt(1, 2), Pt._fields)
