data = [3, 8, 1, 9, 4]
if (m := max(data)) > 5:
    print("max", m)
total = 0
while (item := data.pop()) != 1:
    total += item
print(total, data)
print([y for x in range(5) if (y := x * x) % 2 == 0])
