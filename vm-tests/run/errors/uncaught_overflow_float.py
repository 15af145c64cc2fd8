x = 10.0
for i in range(5):
    x = x ** 10
    print(x)
