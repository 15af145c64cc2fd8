s = "abracadabra"
print(s.find("a", 1), s.find("a", 1, 3), s.rfind("a", 0, 5), s.count("a"), s.count("a", 5), s.count(""), s.index("cad"))
print(s.startswith("bra", 1), s.endswith("cad", 0, 7), s.find(""), s.rfind(""), s.find("z"), "".find(""))
print(s[2:9].upper(), s.count("abra"), "aaaa".count("aa"), s.rindex("b"))
