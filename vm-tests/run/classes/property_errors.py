class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"{v} is below absolute zero")
        self._c = v
    @property
    def kelvin(self):
        return self._c + 273.15

t = Temp()
t.celsius = 25
print(t.celsius, t.kelvin)
for action in ("set_low", "set_kelvin", "del_celsius"):
    try:
        if action == "set_low":
            t.celsius = -300
        elif action == "set_kelvin":
            t.kelvin = 5
        else:
            del t.celsius
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(t.celsius)
