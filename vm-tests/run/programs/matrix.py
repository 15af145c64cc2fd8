def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def frac(n, d=1):
    if d == 0:
        raise ZeroDivisionError("zero denominator")
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d) or 1
    return (n // g, d // g)


def fadd(a, b):
    return frac(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def fsub(a, b):
    return frac(a[0] * b[1] - b[0] * a[1], a[1] * b[1])


def fmul(a, b):
    return frac(a[0] * b[0], a[1] * b[1])


def fdiv(a, b):
    return frac(a[0] * b[1], a[1] * b[0])


def fstr(a):
    return str(a[0]) if a[1] == 1 else f"{a[0]}/{a[1]}"


def matrix(rows):
    return [[frac(x) for x in row] for row in rows]


def show(m, title):
    print(title)
    cells = [[fstr(x) for x in row] for row in m]
    width = max(len(c) for row in cells for c in row)
    for row in cells:
        print("  [" + " ".join(c.rjust(width) for c in row) + "]")


def matmul(a, b):
    n, k, m = len(a), len(b), len(b[0])
    out = []
    for i in range(n):
        row = []
        for j in range(m):
            acc = frac(0)
            for t in range(k):
                acc = fadd(acc, fmul(a[i][t], b[t][j]))
            row.append(acc)
        out.append(row)
    return out


def identity(n):
    return [[frac(1 if i == j else 0) for j in range(n)] for i in range(n)]


def transpose(m):
    return [list(col) for col in zip(*m)]


def determinant(m):
    m = [row[:] for row in m]
    n = len(m)
    det = frac(1)
    for col in range(n):
        pivot = None
        for r in range(col, n):
            if m[r][col][0] != 0:
                pivot = r
                break
        if pivot is None:
            return frac(0)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = fmul(det, frac(-1))
        det = fmul(det, m[col][col])
        for r in range(col + 1, n):
            factor = fdiv(m[r][col], m[col][col])
            for c in range(col, n):
                m[r][c] = fsub(m[r][c], fmul(factor, m[col][c]))
    return det


def inverse(m):
    n = len(m)
    aug = [m[i][:] + identity(n)[i] for i in range(n)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if aug[r][col][0] != 0), None) if False else None
        for r in range(col, n):
            if aug[r][col][0] != 0:
                pivot = r
                break
        if pivot is None:
            return None
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [fdiv(x, p) for x in aug[col]]
        for r in range(n):
            if r != col and aug[r][col][0] != 0:
                factor = aug[r][col]
                aug[r] = [fsub(x, fmul(factor, y)) for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]


def solve(a, b):
    inv = inverse(a)
    if inv is None:
        return None
    return [row[0] for row in matmul(inv, [[x] for x in b])]


a = matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
b = [frac(8), frac(-11), frac(-3)]
show(a, "A =")
show(transpose(a), "A^T =")
print("det(A) =", fstr(determinant(a)))
inv = inverse(a)
show(inv, "A^-1 =")
show(matmul(a, inv), "A * A^-1 =")
print("solution:", [fstr(x) for x in solve(a, b)])
h = matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print("det(singular) =", fstr(determinant(h)), "inverse:", inverse(h))
hilbert = [[frac(1, i + j + 1) for j in range(4)] for i in range(4)]
show(hilbert, "H4 =")
print("det(H4) =", fstr(determinant(hilbert)))
hinv = inverse(hilbert)
show(hinv, "H4^-1 =")
print("row sums:", [fstr(sum_ := row[0]) if False else fstr(row[0]) for row in hinv])
power = identity(2)
fib = matrix([[1, 1], [1, 0]])
for _ in range(90):
    power = matmul(power, fib)
print("F(90) via matrix:", fstr(power[0][1]))
try:
    frac(1, 0)
except ZeroDivisionError as e:
    print("error:", e)
