# An uncaught IndentationError from exec: one caret, as CPython prints its subclasses.
exec("if True:\n  pass\n   pass")
