b = b"hello"
print(b, b[0], b[1:3], len(b), b + b" world", b.decode(), b.hex(), list(b"ab"))
print("héllo".encode(), bytes([104, 105]), b"-".join([b"a", b"b"]), b"x" * 3, b"el" in b)
