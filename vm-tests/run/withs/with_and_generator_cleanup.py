class Conn:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("close", self.name, t.__name__ if t else "")
def rows(conn):
    with conn:
        for i in range(3):
            yield f"{conn.name}-{i}"
for r in rows(Conn("db")):
    print(r)
g = rows(Conn("early"))
print(next(g))
g.close()
g2 = rows(Conn("thrown"))
next(g2)
try:
    g2.throw(KeyError("k"))
except KeyError:
    print("throw propagated")
