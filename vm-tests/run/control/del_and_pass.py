x = 1
y = [1, 2, 3]
del y[1]
print(y)
del x
try:
    print(x)
except NameError as e:
    print(e)
def f():
    pass
print(f())
