for n in [0, 9, 65, 255, 256, 1000, 0x1F600]:
    print(n, repr(chr(n)), hex(n), oct(n), bin(n), ord(chr(n)) == n)
print(int(hex(255), 16), int(bin(10), 2), int(oct(8), 8), format(255, "08b"))
