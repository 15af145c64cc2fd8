# A NameError inside eval'd code: the traceback has a "<string>" frame with no source line.
def f():
    return eval("undefined_name + 1")

def g():
    exec("def inner():\n    return missing\ninner()")

try:
    g()
except NameError as e:
    print("caught:", e)
f()
