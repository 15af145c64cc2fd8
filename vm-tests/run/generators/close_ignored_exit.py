def stubborn():
    for _ in range(2):
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def finishes():
    try:
        yield 1
    finally:
        print("cleanup")
f = finishes()
next(f)
f.close()
f.close()
print("closed twice fine")
