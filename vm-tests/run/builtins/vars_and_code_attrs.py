def sample(a, b=1, *args, c, d=2, **kw):
    x = a + b
    return x
co = sample.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_nlocals, co.co_varnames)
print(co.co_flags & 0x4 != 0, co.co_flags & 0x8 != 0, co.co_firstlineno, co.co_filename.endswith(".py"))
def outer():
    z = 1
    def inner():
        return z
    return inner
print(outer.__code__.co_cellvars, outer().__code__.co_freevars, outer().__closure__ is not None)
