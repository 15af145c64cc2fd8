def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse") from e
def handle():
    try:
        {}["k"]
    except KeyError:
        raise TypeError("while handling")
try:
    handle()
except TypeError as e:
    print("context:", repr(e.__context__))
parse("x")
