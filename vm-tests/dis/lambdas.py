square = lambda x: x * x
add = lambda a, b=10: a + b
compose = lambda f, g: lambda x: f(g(x))

words = ["banana", "Apple", "cherry", "date"]
print(square(7), add(1), add(1, 2))
print(compose(square, add)(2))
print(sorted(words, key=lambda w: w.lower()))
print(list(map(lambda n: n % 3, range(7))))
print(list(filter(lambda n: n > 2, [1, 5, 2, 8])))
print((lambda *a, **k: (a, k))(1, 2, z=3))
