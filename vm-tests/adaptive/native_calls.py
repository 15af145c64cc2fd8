# The native CALL forms, BINARY_SUBSCR_GETITEM and LOAD_SUPER_ATTR at their canonical sites,
# each run 3 times (the second run specialises).


class Grid:
    def __init__(self):
        self.cells = [1, 2, 3]

    def __getitem__(self, i):
        return self.cells[i]  # reached through BINARY_SUBSCR_GETITEM


class Base:
    def name(self):
        return "base"

    size = 1


class Derived(Base):
    def name(self):
        return "derived/" + super().name()  # LOAD_SUPER_ATTR_METHOD

    def size_of(self):
        return super().size  # LOAD_SUPER_ATTR_ATTR


def calls(items, text, g, d):
    out = []
    out.append(len(items))  # CALL_NO_KW_LEN
    out.append(isinstance(text, str))  # CALL_NO_KW_ISINSTANCE
    out.append(abs(-3))  # CALL_NO_KW_BUILTIN_O
    out.append(min(3, 4))  # min is METH_VARARGS: stays CALL in 3.12
    out.append(divmod(7, 2))  # CALL_NO_KW_BUILTIN_FAST
    out.append(sorted(items, reverse=True))  # CALL_BUILTIN_FAST_WITH_KEYWORDS
    out.append(str(5))  # CALL_NO_KW_STR_1
    out.append(type(text).__name__)  # CALL_NO_KW_TYPE_1
    out.append(tuple(items))  # CALL_NO_KW_TUPLE_1
    out.append(list(items))  # CALL_BUILTIN_CLASS
    out.append(text.upper())  # CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS
    out.append(text.startswith("a"))  # str.startswith is METH_VARARGS: stays CALL in 3.12
    out.append(text.partition("n"))  # CALL_NO_KW_METHOD_DESCRIPTOR_O
    out.append(text.replace("a", "b"))  # CALL_NO_KW_METHOD_DESCRIPTOR_FAST
    out.append(text.split(sep="a"))  # keywords: stays generic in 3.12
    items.sort()  # CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS (list.sort takes keywords)
    items.append(0)  # CALL_NO_KW_LIST_APPEND (the POP_TOP after it is skipped)
    out.append(g[1])  # BINARY_SUBSCR_GETITEM
    out.append(d.name())
    out.append(d.size_of())
    return out


for i in range(3):
    print(calls([3, 1, 2], "banana", Grid(), Derived()))
