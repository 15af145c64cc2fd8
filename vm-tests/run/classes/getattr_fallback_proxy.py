class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.value = 1
    def double(self):
        return self.value * 2

t = Target()
p = Proxy(t)
print(p.value, p.double())
p.value = 21
print(t.value, p.double())
del p.value
try:
    p.value
except AttributeError as e:
    print("AttributeError:", e)
print(p.log)
