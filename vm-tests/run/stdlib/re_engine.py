# CPython's own re package (Lib/re) over minivm's native _sre: matching, searching,
# substitution, splitting, flags, lookarounds, backreferences, atomic groups, bytes, errors.
import re

print(re.match(r"(\d+)-(\d+)", "12-345 rest").groups())
print(re.search(r"(?P<word>[a-z]+)(?P<num>\d*)", "  abc42 x").groupdict())
print(re.fullmatch(r"a|ab", "ab"), re.fullmatch(r"a", "ab"))
print(re.findall(r"(\w)(\d)?", "a1 b c3"))
print([m.span() for m in re.finditer(r"\b\w", "one two  three")])
print(re.sub(r"(?P<first>\w+) (?P<second>\w+)", r"\g<second> \g<first> \g<0>", "hello world"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.subn(r"x*", "-", "abxd"))
print(re.sub("a", r"\n", "banana", count=2))
print(re.split(r"(,)|;", "a,b;c"))
print(re.split(r"\s*", "ab c"), re.split("x", "axbxc", maxsplit=1))
print(re.findall(r"^\w+$", "one\ntwo\nthree", re.M))
print(re.findall(r"a.b", "a\nb", re.S), re.findall(r"a.b", "a\nb"))
print(re.findall(r"""
    (\d+)   # digits
    \s*     # spaces
    ([a-z]) # a letter
""", "12 a 7b", re.X))
print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"))
print(re.findall(r"ß|straße", "STRASSE straße", re.I), re.match(r"(?i)ǅ", "ǆ"))
print(re.findall(r"(?<=\$)\d+", "$12 and 34 and $56"), re.findall(r"\d+(?!px)\b", "10px 20em 30"))
print(re.findall(r"(?<!a)b", "ab cb b"))
print(re.match(r"(\w+) \1", "hey hey you").group(), re.match(r"(?P<q>['\"]).*?(?P=q)", "'x' y"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)ab", "aaab"), re.match(r"a++b", "aab"), re.match(r"a*+a", "aaa"))
print(re.match(r"(a)|(b)", "b").lastindex, re.match(r"(?P<x>a)(?P<y>b)?", "a").lastgroup)
print(re.search("é+", "caféé!"), re.search("中+", "ab中中文").span(), re.findall(".", "a中b"))
print(re.search(r"(?i)ΣΑΣ", "σας").group(), re.findall(r"(?i)[a-c]+", "xAbCy"))
print(re.findall(rb"[a-z]+\d", b"ab1 cd2"), re.sub(rb"(\w)", rb"<\1>", b"ab"))
print(re.split(rb",", bytearray(b"a,b")), re.match(rb"\w+", memoryview(b"hi there")))
print(re.compile(r"a+", re.I | re.M), re.compile(rb"x", re.I), re.compile("y", re.A))
print(re.escape("a.b*c"), re.purge())
print(re.compile(r"\d+").search("ab12cd34", 3, 7), re.compile(r"^a").search("ba", 1))
print(re.compile(r"$").findall("a\nb\n"), re.findall(r"\Bx\B", "axa x"))
print(re.match(r"(a*)*", "aaa").span(), re.match(r"(a|b)*?c", "abac").groups())
print(re.match(r"(?:a{2,3}){2}", "aaaaaa").group(), re.match(r"a{,2}", "aaa").group())
print(re.match(r"(?s:.)(?-i:A)", "\nA", re.I))
for bad in [r"(", r"a)", r"[a", r"\p", r"(?P<1>x)", r"a{3,2}", r"*", r"(?<=a+)b", r"\1(a)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e, e.pos, e.msg)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print("error", e)
try:
    re.match("a", b"a")
except TypeError as e:
    print("TypeError", e)
try:
    re.match(b"a", "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.match("a", 1)
except TypeError as e:
    print("TypeError", e)
scanner = re.compile(r"\d").scanner("a12b3")
print(scanner.search(), scanner.search(), scanner.match(), scanner.search(), scanner.search())
print(re.compile(r"\s+").sub(" ", "  many   spaces here "), re.I, str(re.M), re.I | re.S)
