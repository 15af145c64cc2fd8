e = ValueError("a", "b")
print(e.args, str(e))
e.args = ["x"]
print(e.args, str(e), repr(e))
e.custom = 5
print(e.custom)
k = KeyError("missing key")
print(str(k), k.args[0])
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("given"), WithDefault().args)
