words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 3]
nums.sort(key=abs)
print(nums)
print(sorted([(1, "b"), (0, "z"), (1, "a")]), sorted("hello"), sorted({3: 1, 1: 2}))
big = [(i * 7919) % 101 for i in range(200)]
print(sorted(big)[:10], sorted(big, reverse=True)[:5])
