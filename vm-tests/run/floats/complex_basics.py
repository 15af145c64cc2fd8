z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 2, z + 1, z * z, z / 2)
print(complex(1, 2), 1j * 1j, (1 + 2j) - (3 - 1j), -z, 2j, complex(0, -1))
