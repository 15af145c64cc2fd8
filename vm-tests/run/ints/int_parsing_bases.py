for text, base in [("ff", 16), ("FF", 16), ("777", 8), ("1010", 2), ("zz", 36), ("0x_ff", 16), ("1_0", 10), ("-0b11", 0), (" 42 ", 0)]:
    print(repr(text), base, int(text, base))
for text, base in [("12", 2), ("0x", 16), ("_1", 10), ("1__0", 10), ("08", 0)]:
    try:
        int(text, base)
    except ValueError as e:
        print(e)
