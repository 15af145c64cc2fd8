# CPython's contextvars (from its Lib/) over minivm's native _contextvars.
import contextvars

var = contextvars.ContextVar("var", default=10)
other = contextvars.ContextVar("other")
print(var.name, var.get(), other.get("fallback"))
token = var.set(20)
print(var.get(), token.var is var, token.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
ctx = contextvars.copy_context()


def inside(n):
    var.set(n)
    other.set("set inside")
    return var.get(), other.get()


print(ctx.run(inside, 99), var.get(), other.get("unset outside"), ctx[var], ctx.get(other), len(ctx), var in ctx)
var.reset(token)
print(var.get())
for bad in [lambda: var.reset(token), lambda: other.get(), lambda: ctx.run(ctx.run, print), lambda: ctx[1],
            lambda: contextvars.ContextVar(3), lambda: other.reset(var.set(1))]:
    try:
        bad()
    except (RuntimeError, LookupError, TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
print(type(var).__name__, type(ctx).__module__)
