# str.maketrans and str.translate.
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()))
print("abcdabcd".translate(table))
print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 0x48}))
print("hello".translate(str.maketrans({"e": "3", "o": "0"})))
print("tab\there".translate({9: "\\t"}))
print("abc".maketrans("a", "b"))


class Mapper:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return chr(k).upper()


print("xyzx".translate(Mapper()))
for bad in [
    lambda: str.maketrans("ab", "c"),
    lambda: str.maketrans({"ab": 1}),
    lambda: str.maketrans([1]),
    lambda: str.maketrans("a", 1),
    lambda: str.maketrans({1.5: 1}),
    lambda: "a".translate({97: 1.5}),
    lambda: "a".translate({97: -1}),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
