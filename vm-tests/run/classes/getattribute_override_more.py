class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        value = super().__getattribute__(name)
        if not name.startswith("__"):
            print("get", name)
        return value
    def __getattr__(self, name):
        return f"fallback for {name}"
o = Logged()
print(o.a)
print(o.secret_key)
print(o.other)
