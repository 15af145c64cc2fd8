import struct
print(struct.pack("<hHi", -2, 65535, 7), struct.pack(">I", 1), struct.pack("!q", -1), struct.pack("=d", 1.5))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("4p", b"hello"), struct.pack("?c", 7, b"z"))
print(struct.pack("@bih", 1, 2, 3), struct.calcsize("@bih"), struct.calcsize("<bih"), struct.calcsize("@bq"), struct.calcsize("3x2H"))
print(struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack("<e", 1.5), struct.unpack("<e", b"\x00\x3c"))
print(struct.unpack("<hHi", b"\xfe\xff\xff\xff\x07\x00\x00\x00"), struct.unpack(">Q", b"\x00" * 7 + b"\x09"), struct.unpack("2s?", b"ok\x01"))
print(struct.unpack_from("<H", b"\x00\x01\x02", 1), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
s = struct.Struct("<2i")
print(s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00\x00\x00"), s.format)
buf = bytearray(8)
struct.pack_into("<I", buf, 2, 0xdeadbeef)
print(buf)
for bad in [lambda: struct.pack("<h", 40000), lambda: struct.pack("<B", -1), lambda: struct.pack("<b", 200),
            lambda: struct.pack("<i", 2 ** 31), lambda: struct.pack("<I", 1.5), lambda: struct.pack("<ii", 1),
            lambda: struct.unpack("<i", b"\x00"), lambda: struct.pack("z", 1), lambda: struct.pack("<s", "str"),
            lambda: struct.pack("<H", -1), lambda: struct.pack("<Q", -1), lambda: struct.pack("<f", "x")]:
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)
print(issubclass(struct.error, Exception), struct.error.__name__)
