# An uncaught SyntaxError from eval: the traceback ends with the "<string>" block and carets.
x = 1
print("before")
print(eval("x +* 2"))
