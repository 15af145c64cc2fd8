x = 10
squares = [x * x for x in range(4)]
print(x, squares)
def f():
    y = 5
    return [y + i for i in range(3)]
print(f())
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
nested = [[i * j for j in range(i)] for i in range(4)]
print(nested)
print({i: {j for j in range(i)} for i in range(3)})
