def read(lines):
    for line in lines:
        yield line.strip()
def non_empty(items):
    for item in items:
        if item:
            yield item
def numbered(items):
    n = 0
    for item in items:
        n += 1
        yield f"{n}: {item}"
data = ["  alpha ", "", "beta", "   ", "gamma  "]
for row in numbered(non_empty(read(data))):
    print(row)
print(list(zip(numbered("ab"), read([" x", "y "]))))
