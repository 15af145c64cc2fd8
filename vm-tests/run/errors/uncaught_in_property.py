class Account:
    def __init__(self):
        self._balance = 0
    @property
    def ratio(self):
        return 100 / self._balance
a = Account()
print(a.ratio)
