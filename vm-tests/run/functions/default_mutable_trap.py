def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2), append(3, []), append(4))
def safe(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(safe(1), safe(2))
