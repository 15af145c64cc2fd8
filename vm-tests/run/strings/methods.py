s = "  The Quick  brown fox  "
print(s.strip(), "|", s.lstrip(), "|", s.rstrip(), "|")
print(s.split(), s.split(" "), "a,b,,c".split(","), "a,b,c".split(",", 1), "a b c".rsplit(None, 1))
print("-".join(["x", "y", "z"]), s.replace("fox", "cat"), s.count("o"), s.find("Quick"), s.rfind("o"), s.find("zz"))
print("hello".title(), "HELLO".lower(), "hello world".capitalize(), "Hello".swapcase(), "ß".upper())
print("abc".startswith("ab"), "abc".endswith(("x", "c")), "42".isdigit(), "abc".isalpha(), "  ".isspace(), "Ab1".isalnum())
print("x".center(7, "*"), "x".ljust(4, "-"), "x".rjust(4), "42".zfill(5), "-42".zfill(5))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "no".partition("="))
print("line1\nline2\r\nline3".splitlines(), "a\tb".expandtabs(4), "Hello".removeprefix("He"))
