class Config:
    level = 1
    items = []
    def bump(self):
        self.level += 1
        self.items.append(self.level)
a, b = Config(), Config()
a.bump()
a.bump()
b.bump()
print(a.level, b.level, Config.level, Config.items, a.items is b.items)
Config.level = 10
print(Config().level, a.level)
del a.level
print(a.level)
print(sorted(k for k in vars(Config) if not k.startswith("__")))
