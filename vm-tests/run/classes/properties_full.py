class Account:
    def __init__(self, owner):
        self._owner = owner
        self._balance = 0
    @property
    def balance(self):
        "The balance."
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value
    @balance.deleter
    def balance(self):
        print("resetting")
        self._balance = 0
    @property
    def owner(self):
        return self._owner.title()
a = Account("ann lee")
a.balance = 50
print(a.balance, a.owner, Account.balance.__doc__)
try:
    a.balance = -5
except ValueError as e:
    print("error:", e)
del a.balance
print(a.balance)
try:
    a.owner = "x"
except AttributeError as e:
    print(e)
