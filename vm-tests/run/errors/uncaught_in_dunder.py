class Weird:
    def __add__(self, other):
        return self.missing + other
w = Weird()
print(w + 1)
