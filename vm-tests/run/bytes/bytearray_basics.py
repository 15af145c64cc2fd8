ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
ba += b"!"
print(ba, len(ba), ba[1], ba[1:4], bytes(ba), ba.decode(), ba.hex(), list(ba[:2]), b"H" + ba[:1], ba == b"Hello! ok!")
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), ba.pop(), ba, 111 in ba, bytearray() == bytearray(b""))
try:
    hash(ba)
except TypeError as e:
    print(e)
try:
    ba[0] = 300
except ValueError as e:
    print(e)
