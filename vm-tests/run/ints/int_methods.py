for n in [0, 1, 7, -8, 255, 2 ** 64]:
    print(n, n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((10).as_integer_ratio(), (5).is_integer(), int.bit_length(1024))
