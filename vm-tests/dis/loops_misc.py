def maybe_unbound(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError:
        return "unbound"


def spin():
    n = 0
    while True:
        n += 1
        if n >= 3:
            break
    for _ in ():
        pass
    else:
        pass
    return n


def nested_loops():
    found = None
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                found = (i, j)
                break
        if found:
            break
    return found


print(maybe_unbound(True), maybe_unbound(False), spin(), nested_loops())
