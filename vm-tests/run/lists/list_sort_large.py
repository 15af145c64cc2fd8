data = [(i * 7919) % 1009 for i in range(500)]
s = sorted(data)
print(s[:10], s[-5:], len(s), s == sorted(s), sum(s))
pairs = [(d % 10, i) for i, d in enumerate(data[:100])]
print(sorted(pairs)[:8])
print(sorted(pairs, key=lambda p: p[0])[:8])
words = ["w%d" % ((i * 31) % 97) for i in range(150)]
print(sorted(words)[:6], sorted(words, key=len)[:4], sorted(words, reverse=True)[:3])
