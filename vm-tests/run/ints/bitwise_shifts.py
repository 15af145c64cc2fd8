print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, 1 << 10, 1024 >> 3, -16 >> 2)
print(bin(10), oct(64), hex(255), bin(-5), hex(-255))
print((255).bit_length(), (-1).bit_length(), (0).bit_length())
try:
    1 << -1
except ValueError as e:
    print(e)
