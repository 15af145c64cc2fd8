s = "  Hello, World  "
print(s.strip(), s.lower(), s.upper(), s.split(","), "-".join(["a", "b"]))
print("a,b,,c".split(","), "x".center(5, "*"), "42".zfill(5), "abc".replace("b", "B"))
print("hello".find("l"), "hello".rfind("l"), "hello".count("l"), "Title case".title())
print("abc".startswith("ab"), "abc".endswith("bc"), "a1".isalnum(), "12".isdigit())
print("%s is %d years and %.2f%%" % ("Ann", 30, 12.345), "{} {}".format(1, "two"))
print("{name}:{0}".format("pos", name="kw"), "a\tb".expandtabs(4), "x=y=z".partition("="))
