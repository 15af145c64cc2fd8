n = 12345678901234567890123
print(n, repr(n), str(-n), len(str(n)), int(str(n)) == n, hex(n), oct(n), bin(7))
print(int("-0"), int("+5"), int("0b101", 0), int("0o17", 0), int("1_000_000"), int("  -42\n"))
print(round(123, -1), round(125, -1), round(135, -1), round(-125, -1), round(7), round(5, 2))
