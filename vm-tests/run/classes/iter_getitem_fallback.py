class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for i, v in enumerate(Squares()):
    pass
print(i, v, sum(Squares()))
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
