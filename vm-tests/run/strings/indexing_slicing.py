s = "hello, world"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[3:8:2], s[-5:-1])
print(len(s), "world" in s, "xyz" not in s, s.upper(), s * 2, "ab" + "cd")
u = "héllo wörld ✓"
print(u[1], u[-1], len(u), u[::-1], u.upper())
