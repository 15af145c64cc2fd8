class Parser:
    def parse(self, text):
        return [self.token(t) for t in text.split()]
    def token(self, t):
        if t.isdigit():
            return int(t)
        return self.lookup(t)
    def lookup(self, name):
        table = {"one": 1}
        return table[name]
p = Parser()
print(p.parse("1 2 one"))
print(p.parse("3 two"))
