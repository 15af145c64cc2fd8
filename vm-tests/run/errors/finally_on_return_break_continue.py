def ret():
    try:
        return "from try"
    finally:
        print("finally after return")
def override():
    try:
        return 1
    finally:
        return 2
def loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(ret(), override(), loop())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
