class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
    class Inner:
        def method(self):
            pass
print(Box[int], Box[str])
print(Box.Inner.__qualname__, Box.Inner.method.__qualname__, Box.__module__)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory.__qualname__)
try:
    int[3]
except TypeError as e:
    print("TypeError:", e)
