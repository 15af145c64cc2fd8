def source():
    for i in range(3):
        print("produce", i)
        yield i
def transform(it):
    for x in it:
        print("transform", x)
        yield x * 10
pipeline = transform(source())
print("pipeline built")
for v in pipeline:
    print("consume", v)
gen = (print("genexpr", x) or x for x in range(2))
print("genexpr built")
print(list(gen))
