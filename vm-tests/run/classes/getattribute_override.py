class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        value = super().__getattribute__(name)
        if isinstance(value, int):
            return value * 100
        return value
    def __getattr__(self, name):
        return f"fallback:{name}"
o = Logged()
print(o.x, o.missing, o.secret_key)
o.y = 2
print(o.y, type(o).__name__)
