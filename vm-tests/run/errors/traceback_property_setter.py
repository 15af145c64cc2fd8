class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"negative balance: {value}")
        self._balance = value
a = Account(10)
a.balance -= 5
print(a.balance)
a.balance -= 50
