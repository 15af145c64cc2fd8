def safe_div(pairs):
    results = []
    for a, b in pairs:
        try:
            results.append(a / b)
        except ZeroDivisionError:
            results.append(float("inf"))
            continue
        except TypeError as e:
            results.append(str(e))
            break
        finally:
            results.append("|")
    return results


class Retry(Exception):
    pass


def retrying(attempts):
    tries = 0
    while True:
        tries += 1
        try:
            if tries < attempts:
                raise Retry(tries)
            return tries
        except Retry as r:
            last = r.args[0]
            if last > 10:
                raise
    return -1


print(safe_div([(1, 2), (1, 0), (1, "x"), (4, 2)]), retrying(4))
