print("apple" < "banana", "Zebra" < "apple", "a" * 3 == "aaa", "abc" > "abd")
print(ord("A"), chr(97), ord("é"), chr(0x1F600), [ord(c) for c in "Hi!"])
print(sorted(["pear", "Apple", "fig", "apple"]), max("hello"), min("hello"))
