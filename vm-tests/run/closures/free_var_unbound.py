def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(e)
    x = 1
    return inner()
print(outer())
def local_unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(e)
    y = 2
local_unbound()
