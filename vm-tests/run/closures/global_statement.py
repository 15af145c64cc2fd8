total = 0
def add(n):
    global total
    total += n
for i in range(5):
    add(i)
print(total)
def make():
    global created
    created = "yes"
make()
print(created)
