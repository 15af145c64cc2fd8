data = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print(sorted(data, key=lambda d: d["v"]))
print([d["n"] for d in sorted(data, key=lambda d: (d["v"], d["n"]))])
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: w[-1]), sorted(set(words)))
nums = [3.5, -1, 2, -7.25, 0]
nums.sort(reverse=True)
print(nums, sorted(nums, key=abs, reverse=True))
