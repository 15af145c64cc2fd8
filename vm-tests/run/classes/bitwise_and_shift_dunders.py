class Flags:
    def __init__(self, v):
        self.v = v
    def __or__(self, o):
        return Flags(self.v | o.v)
    def __and__(self, o):
        return Flags(self.v & o.v)
    def __xor__(self, o):
        return Flags(self.v ^ o.v)
    def __lshift__(self, n):
        return Flags(self.v << n)
    def __rshift__(self, n):
        return Flags(self.v >> n)
    def __invert__(self):
        return Flags(~self.v & 0xF)
    def __ior__(self, o):
        self.v |= o.v
        return self
    def __repr__(self):
        return f"Flags({self.v:#06b})"
a, b = Flags(0b1010), Flags(0b0110)
print(a | b, a & b, a ^ b, a << 1, a >> 1, ~a)
c = a
c |= b
print(c, a is c)
