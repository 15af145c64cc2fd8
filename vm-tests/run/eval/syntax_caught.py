# SyntaxError, IndentationError and TabError from compile, eval and exec, caught: every field.
def show(source, mode="exec", filename="<string>"):
    try:
        compile(source, filename, mode)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, e.end_lineno,
              e.end_offset, repr(e.text), e.print_file_and_line)
        print("  args:", e.args)
        print("  str:", e)

show("1 +* 2")
show("1 +* 2", "eval")
show("(1, 2")
show("if x:\npass")
show("  x = 1")
show("def f():\n\tif 1:\n        pass\n\telse: pass")
show("print 'hi'", filename="dir/file.py")
show("x = 'abc")
show("return 5")
show("f(x=1, x=2)")
show("a\0b")
try:
    eval("a b c")
except SyntaxError as e:
    print(repr(e), e.__class__.__mro__[1].__name__)
try:
    exec("for x in :")
except SyntaxError as e:
    e.lineno = 7
    print(e.lineno, str(e))
err = SyntaxError("made by hand", ("f.py", 3, 4, "some text", 3, 6))
print(err.msg, err.filename, err.lineno, err.offset, err.text, err.end_lineno, err.end_offset, str(err))
print(str(SyntaxError("just a message")), SyntaxError().msg)
