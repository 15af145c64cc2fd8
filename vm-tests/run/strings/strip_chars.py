print("xxhixx".strip("x"), "abcba".strip("ab"), "  \t\n hi \n".strip(), "...hi...".lstrip("."), "hi!!!".rstrip("!"))
print("www.example.com".strip("cmowz."), "".strip(), "   ".strip() == "", "a".strip("abc"))
