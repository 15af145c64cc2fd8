strings = ("it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\x00\x1f\x7f", "é ñ ü", "\u200b\u2028", "\U0001F600", "\ud800 lone")
byte_strs = (b"", b"\x00\xff", b"it's", b'"q"', b"\\")
misc = (None, ..., True, False, (), ((1,),), frozenset(), (1, (2, (3, "deep"))))
print(len(strings), [len(s) for s in strings])
print(byte_strs)
print(misc)
print(0o17, 0b1010, 1_000_000, 0xDEAD_BEEF, 1e-10, .5, 5.)
if 3 in {1, 2, 3} and "b" in {"a", "b", "c"} and 2.5 not in {1.5, 2.0}:
    print("membership")
