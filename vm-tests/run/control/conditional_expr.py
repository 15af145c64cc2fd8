for n in range(-2, 3):
    print("pos" if n > 0 else "zero" if n == 0 else "neg")
vals = [x if x % 2 else -x for x in range(6)]
print(vals)
