class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __radd__(self, other):
        return self + other
total = sum([Money(1), Money(2)], Money(0))
print(total.cents)
print(sum([Money(1), 5], Money(0)).cents)
