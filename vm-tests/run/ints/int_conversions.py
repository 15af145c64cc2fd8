print(int("42"), int("-17"), int("  12  "), int("ff", 16), int("0x1f", 0), int("101", 2), int("z", 36))
print(int(3.9), int(-3.9), int(True), int("1_000"))
for bad in ["x", "1.5", "", "0x"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
