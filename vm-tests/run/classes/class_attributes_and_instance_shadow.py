class Config:
    debug = False
    items = []
    def enable(self):
        self.debug = True
c1, c2 = Config(), Config()
c1.enable()
c1.items.append(1)
print(c1.debug, c2.debug, Config.debug, c2.items, c1.__dict__, c2.__dict__)
Config.debug = "changed"
print(c2.debug, c1.debug)
Config.new_attr = 42
print(c1.new_attr, hasattr(Config, "new_attr"))
