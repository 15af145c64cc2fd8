g = 1
del g
h = [1, 2, 3, 4]
del h[0]
del h[1:2]


class Box:
    pass


b = Box()
b.item = 5
del b.item
print(h, hasattr(b, "item"))


def local_del():
    x = 10
    y = x + 1
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print("unbound:", e)
    return y


def cell_del():
    v = "cell"

    def read():
        return v
    first = read()
    del v
    try:
        read()
    except NameError as e:
        print("free:", e)
    return first


def global_del():
    global temp
    temp = 3
    del temp


print(local_del(), cell_del())
global_del()
print("temp" in globals())
