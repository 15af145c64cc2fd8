class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())
class NoContains:
    pass
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)
