# BINARY_OP sites whose operand types change while they run: every mode gives the same results.
def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def grow(s, t):
    s += t
    return s


results = []
for i in range(120):
    results.append(add(i, 1))
for i in range(120):
    results.append(add(i + 0.5, 1.0))
results.append(add("a", "b"))
results.append(add([1], [2]))
results.append(add(True, True))
results.append(add(2 ** 70, 1))
for i in range(60):
    results.append(sub(i, 2.5) if i % 3 else sub(i, 2))
    results.append(mul(i, i) if i % 2 else mul(float(i), 0.5))
results.append(mul(2 ** 40, 2 ** 40))
results.append(mul("ab", 3))
text = ""
for i in range(70):
    text = grow(text, str(i % 10))
print(sum(r for r in results if isinstance(r, (int, float))), results[-6:], text)
total = 0
for i in range(200):
    total = total + i
    total = total - 1
    total = total * 1
print(total)
