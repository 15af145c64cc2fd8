class Item:
    def __init__(self):
        self._tag = "t"
    def get_tag(self):
        "The item's tag."
        return self._tag
    def set_tag(self, v):
        self._tag = v.strip()
    def del_tag(self):
        print("deleting tag")
        del self._tag
    tag = property(get_tag, set_tag, del_tag)
i = Item()
i.tag = "  spaced  "
print(repr(i.tag), Item.tag.__doc__, type(Item.tag).__name__)
del i.tag
try:
    i.tag
except AttributeError as e:
    print("AttributeError:", e)
p = property(lambda self: 1, doc="custom doc")
print(p.__doc__, p.fget is not None, p.fset, p.fdel)
