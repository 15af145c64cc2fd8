s = "naïve café ☕ 日本語"
print(len(s), s[2], s[-3:], s.upper(), s.find("☕"), s.split(" "), s[::-1])
print([c for c in "añ✓"], "✓" in s, s.encode("utf-8")[:8], len(s.encode()))
