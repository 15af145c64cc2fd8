# Every attribute and method of re.Pattern and re.Match, their reprs and types, as CPython's
# Modules/_sre/sre.c defines them.
import copy
import re

p = re.compile(r"(?P<key>\w+)=(?P<value>\d+)?(x)?")
print(type(p), type(p).__name__, type(p).__module__, re.Pattern is type(p))
print(p.pattern, p.flags, p.groups, dict(p.groupindex), p.groupindex["key"], len(p.groupindex))
m = p.search("  alpha=12 beta=")
print(type(m), type(m).__name__, re.Match is type(m), repr(m))
print(m.group(), m.group(1), m.group("value"), m.group(1, "key", 0), m[0], m["key"], m[2])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start("value"), m.end(2), m.span(3), m.regs)
print(m.lastindex, m.lastgroup, m.string, m.re is p, m.pos, m.endpos)
print(m.expand(r"\g<value>:\1:\g<3>|\n"), m.expand(r"<\g<key>>"))
for bad in [4, "nope", -1, 1.5]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
print(copy.copy(m) is m, copy.deepcopy(p) is p, copy.copy(p) is p)
print(p == re.compile(r"(?P<key>\w+)=(?P<value>\d+)?(x)?"), p == re.compile("x"), hash(p) == hash(re.compile(p.pattern)))
print(re.Pattern[str], re.Match[bytes])
m2 = p.match("k=1", 0, 2)
print(m2, m2.endpos, p.match("zz=1", 1).pos)
mb = re.match(rb"(a)(b)?", b"ab")
print(mb, mb.groups(), mb.span(2), mb[1])
print(repr(re.match(r".*", "x" * 80)))
print(re.compile("a" * 300))
for cls in (re.Pattern, re.Match):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
long_flags = re.compile("q", re.I | re.M | re.S | re.X)
print(long_flags, long_flags.flags)
print(p.search("x=1").lastindex, re.match("(a)(b)", "ab").lastindex, re.match("((a)b)", "ab").lastindex)
print(re.match("a", "a").lastindex, re.match("a", "a").lastgroup)
