words = ["hello", "WORLD", "Title Case", "mIxEd", "123", "abc123", "", " ", "x_y"]
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle(), w.isalnum(), w.isalpha(), w.isdigit(), w.isspace(), w.isidentifier())
print("hello world".title(), "they're bill's".title(), "HELLO".casefold(), "ǅ".lower())
