s = "Mississippi"
print(len(s), sorted(s), max(s), min(s), s.count("ss"), set(s) == {"M", "i", "s", "p"}, list(reversed(s))[:3])
print(s.lower().index("ssi"), s.rindex("ssi"), s.replace("ss", "SS", 1), s.partition("ss"), s.rpartition("ss"))
print(s.split("s"), s.split("ss"), s.split("i", 2), s.rsplit("i", 2), "".join(c for c in s if c not in "aeiou"))
