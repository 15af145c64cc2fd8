words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "Zebra", "zebra", "10", "9", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(min(words), max(words), "a" < "B", "A" < "b", "abc" < "abcd", "" < "a", "é" > "z")
