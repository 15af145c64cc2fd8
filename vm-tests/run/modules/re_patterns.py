import re
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m, m.group(0), m.group(1), m.group(1, 2), m.groups(), m.span(2), m.start(), m.end(1), m[2], m.lastindex)
print(re.search(r"\d+", "abc 123 def 45"), re.search(r"\d+", "none"), re.match(r"\d", "a1"), re.fullmatch(r"a|ab", "ab"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(\d)", "x1y2"), re.findall("", "ab"))
print([m.span() for m in re.finditer(r"o", "foo boo")], re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(,)", "a,b"), re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.sub(r"\d", "#", "a1b22"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"), re.subn("a", "b", "banana"), re.sub(r"x*", "-", "abc"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "hi there"), re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples 10 pears"), re.sub("a", "b", "aaa", count=2))
p = re.compile(r"(?P<key>\w+)=(?P<value>[^;]*)")
print(p, p.pattern, p.groups, p.groupindex, [m.groupdict() for m in p.finditer("a=1;b=two;c=")])
print(re.compile("a", re.I), re.search("HELLO", "say hello", re.IGNORECASE).group(), re.findall(r"^\w", "one\ntwo", re.M), re.search(r"a.b", "a\nb", re.S).group())
print(re.findall(r"(\w)\1", "aabbcd"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group(), re.findall(r"\b\w+(?=ing\b)", "going singing sing"), re.search(r"(?<=\$)\d+", "cost $42").group())
print(re.match(r"abc$", "abc\n"), re.search(r"x\Z", "x\n"), re.escape("a.b*c"), re.match(r"[]a]+", "]a]b").group(), re.match(r"a{,2}", "aaa").group())
verbose = re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.search("call 555-1234 now").groups(), re.match(r"\d+", "١٢٣").group(), re.match(r"\d+", "١٢٣", re.ASCII))
print(p.match("k=v", 0), p.search("xx k=v", 3).group(), re.compile(r"\w+").match("hello world", 6).group(), re.compile("b").fullmatch("abc", 1, 2))
m = re.search(r"(a)(b)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.lastgroup)
for bad in [lambda: re.compile("(abc"), lambda: m.group(5), lambda: re.sub("a", r"\3", "a")]:
    try:
        bad()
    except (re.error, IndexError) as e:
        print(type(e).__name__)
