b = b"Hello, bytes!"
print(b[0], b[-1], b[:5], b[7:], b[::-1], len(b), b.upper(), b.lower(), b.hex())
print(b"abc" + b"def", b"ab" * 3, b"ell" in b, b.decode(), bytes(3), bytes([65, 66]), bytes("é", "utf-8"))
print(list(b"\x00\x01\xff"), b"a\tb\n", repr(b"'\""), b"".join([b"x", b"y"]), b == b"Hello, bytes!")
print(sorted(b"cab"), max(b"xyz"), b"abc" < b"abd", hash(b"abc") == hash(b"abc"))
