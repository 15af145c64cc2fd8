z = complex(1.5, -2)
print(z, z.real, z.imag, abs(3 + 4j), z * z, z / (1 + 1j), z ** 2, (1j) ** 2, -z, +z)
print(complex(2), complex(), 1 + 0j, 0j, -0j, (1 + 2j) == (1 + 2j), 2 + 0j == 2, (1 - 1j).conjugate())
print([complex(x, -x) for x in range(3)], repr(1e20j), (2 + 3j) - 2, 3 * (1 - 2j))
