print("hello world".capitalize(), "HELLO world".swapcase(), "tItLe".title(), "Ünïcödé".lower(), "straße".upper())
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "x".join("abc"), "1,2,3".split(",", -1))
print("%-5s|" % "ab", "abc".center(2), "abc".ljust(2), "Python"[::-2], "tab\there".expandtabs(), "ab".expandtabs())
