def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
def count(n):
    return n if n <= 0 else count(n - 1)
print(count(500))
