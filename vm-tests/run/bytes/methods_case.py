# case, padding, predicates, hex/fromhex, translate/maketrans, expandtabs, decode.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for t in (bytes, bytearray):
    s = t(b"hello World 12\xe9")
    print(t.__name__, s.upper(), s.lower(), s.swapcase(), s.capitalize(), s.title(), t(b"they're bill's").title())
    print(t(b"ab").center(7), t(b"ab").center(7, b"*"), t(b"abc").center(6, bytearray(b"-")), t(b"ab").ljust(5, b"."),
          t(b"ab").rjust(5), t(b"ab").ljust(1), t(b"42").zfill(5), t(b"-42").zfill(5), t(b"+4").zfill(4), t(b"").zfill(3))
    for probe in (b"", b"abc", b"ABC", b"Abc", b"Abc Def", b"abc1", b"123", b" \t\n", b"\x80", b"aB", b"A1 B2"):
        p = t(probe)
        print(probe, p.isalnum(), p.isalpha(), p.isascii(), p.isdigit(), p.islower(), p.isspace(), p.istitle(),
              p.isupper())
    print(t(b"\x00\xffab").hex(), t(b"abcdef").hex(":"), t(b"abcdef").hex("-", 2), t(b"abcde").hex(b"_", -2),
          t(b"abcde").hex(" ", 3), t(b"").hex(), t(b"ab").hex(sep="|", bytes_per_sep=1))
    print(t.fromhex("00ff 10"), t.fromhex(""), t.fromhex(" 1a2B "), t(b"x").fromhex("41"))
    table = bytes.maketrans(b"abc", b"xyz")
    print(len(table), table[97:100], t(b"aabbcc").translate(table), t(b"abcabc").translate(None, b"b"),
          t(b"abc").translate(table, delete=b"c"), t.maketrans(b"a", b"b")[97])
    print(t(b"a\tbc\td").expandtabs(), t(b"a\tbc\td").expandtabs(4), t(b"a\tb\nc\td").expandtabs(tabsize=2),
          t(b"\t").expandtabs(0))
    print(t(b"caf\xc3\xa9").decode(), t(b"caf\xc3\xa9").decode("latin-1"), t(b"abc").decode("ascii"),
          t(b"a\xffb").decode("utf-8", "replace"), t(b"a\xffb").decode(errors="ignore"),
          t(b"a\xffb").decode("ascii", "backslashreplace"), t(b"x").decode(encoding="utf8"))
    attempt(lambda: t(b"ab").center(5, b"**"))
    attempt(lambda: t(b"ab").center(5, "*"))
    attempt(lambda: t(b"ab").center("5"))
    attempt(lambda: t(b"ab").zfill(None))
    attempt(lambda: t.fromhex("0"))
    attempt(lambda: t.fromhex("abc"))
    attempt(lambda: t.fromhex("zz"))
    attempt(lambda: t.fromhex("00 0g"))
    attempt(lambda: t.fromhex(b"00"))
    attempt(lambda: t(b"ab").hex("::"))
    attempt(lambda: t(b"ab").hex(3))
    attempt(lambda: t(b"ab").hex("\xe9"))
    attempt(lambda: bytes.maketrans(b"ab", b"c"))
    attempt(lambda: bytes.maketrans("a", "b"))
    attempt(lambda: t(b"a").translate(b"short"))
    attempt(lambda: t(b"a").translate("x" * 256))
    attempt(lambda: t(b"a\xffb").decode())
    attempt(lambda: t(b"a\xe9\xe9b").decode("ascii"))
    attempt(lambda: t(b"\xe2\x82").decode())
    attempt(lambda: t(b"x").decode("nope"))
    attempt(lambda: t(b"x\xff").decode("utf-8", "nope"))
    attempt(lambda: t(b"x").decode(1))
    attempt(lambda: t(b"x").upper(1))
    attempt(lambda: t(b"x").expandtabs("2"))
