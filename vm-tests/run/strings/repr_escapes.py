print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\nline"))
print(repr("\x00\x7f\x80é"), repr("\u200b"), repr("🐍"), ascii("héllo 🐍"))
print(str(b"bytes"), repr(b"\x00'"), [1, "a", None, 2.5])
