print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [], not 0, not "x")
print([] or {} or "last", "first" and "" and "x")
a = 0
b = a or 7
print(b, True + True, False * 3)
