pts = {(x, y) for x in range(3) for y in range(3) if x != y}
print(pts)
fl = {0.5, 1.25, -3.75, 1e10, 2.0, 0.1}
print(fl, 2 in fl, 0.1 + 0 in fl)
mixed = {1, 1.0, True, "1", (1,)}
print(mixed, len(mixed))
