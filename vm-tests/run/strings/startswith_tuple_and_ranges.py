url = "https://example.org/path"
print(url.startswith(("http://", "https://")), url.endswith((".com", ".org")), url.startswith("example", 8))
print(url.find("/", 8), url.rfind("/"), url.count("/"), url.index("org"), url[url.index("//") + 2:])
print("abc".startswith(""), "abc".endswith(""), "".startswith("a"), "abc".startswith("abcd"))
