def squares(n):
    return [i * i for i in range(n)]


def evens_upper(words):
    return [w.upper() for w in words if len(w) % 2 == 0]


x = "outer"
result = [x for x in "abc"]
print(squares(6), evens_upper(["ab", "abc", "abcd"]), result, x)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [v for row in matrix for v in row if v % 2])
