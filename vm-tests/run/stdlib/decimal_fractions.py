# CPython's decimal (through _pydecimal), fractions and statistics (from its Lib/), over
# minivm's native _contextvars and _codecs.
import decimal
import fractions
import statistics
from decimal import Decimal, localcontext
from fractions import Fraction

print(Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(7), Decimal("2").sqrt())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), ctx.prec)
print(decimal.getcontext().prec, Decimal(1) / Decimal(3))
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("-0"), Decimal("NaN").is_nan(), Decimal(0.1))
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(0.5), Fraction(22, 7).limit_denominator(5))
print(Fraction(7, 3) // 1, Fraction(-7, 3).__floor__(), round(Fraction(5, 2)), Fraction(1, 3) ** 2)
data = [2.5, 3.25, 5.5, 1.0, 7.75, 3.25]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev([1, 2, 3, 4]))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3)]), statistics.median_low([1, 3, 5, 7]), statistics.variance([1, 2, 3, 4, 5]))
print(statistics.mean([Decimal("1.5"), Decimal("2.5")]), statistics.fmean([1, 2, 3]), statistics.harmonic_mean([1, 2, 4]))
