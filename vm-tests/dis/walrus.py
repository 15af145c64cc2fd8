data = [5, 12, 7, 30, 2]
if (n := len(data)) > 3:
    print("long list", n)

filtered = [y for x in data if (y := x * 2) > 10]
print(filtered, y)


def chunks(text, size):
    out = []
    i = 0
    while (piece := text[i:i + size]):
        out.append(piece)
        i += size
    return out


print(chunks("abcdefgh", 3))
