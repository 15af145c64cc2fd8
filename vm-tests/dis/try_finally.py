def with_return():
    try:
        return "try"
    finally:
        print("finally runs")


def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out


def override():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"


def cleanup_order():
    log = []
    try:
        try:
            log.append("body")
            raise ValueError("x")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("handled")
    finally:
        log.append("outer finally")
    return log


print(with_return(), loop_control(), override(), cleanup_order())
