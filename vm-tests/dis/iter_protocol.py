class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
print(list(Countdown(4)), sum(Countdown(10)))
print(list(zip("ab", Countdown(5))), list(reversed([1, 2, 3])), list(enumerate("xy", 1)))
