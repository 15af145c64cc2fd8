vowels = 0
for ch in "programming language":
    if ch in "aeiou":
        vowels += 1
print(vowels)
counts = {}
for ch in "hello":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, list("abc"), tuple("xy"), sorted(set("banana")))
