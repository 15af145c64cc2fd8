# IntEnum and StrEnum stay plain; IntFlag combines, keeps unknown bits and inverts within its bits.
import enum
class P(enum.IntEnum):
    A = 1
    B = 2
class S(enum.StrEnum):
    X = "x"
for f in [lambda: P(9), lambda: P.A | P.B, lambda: type(P.A | P.B).__name__, lambda: format(P.B, ">3"), lambda: f"{P.A}", lambda: S("y"), lambda: ~P.A]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class F(enum.IntFlag):
    R = 4
    W = 2
print(repr(F.R | F.W), repr(F(8)), repr(~F.R))
