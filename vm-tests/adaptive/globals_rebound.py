# Global and builtin loads: a value rebound keeps LOAD_GLOBAL_MODULE (the keys are the same);
# a key added makes it miss, a few times, without losing its form.
G = 1


def reader():
    t = 0
    for i in [1, 2, 3, 4, 5, 6]:
        t += G
        size = len
        if i == 3:
            globals()["G"] = 2
        if i == 5:
            globals()["NEW"] = 1
    return t, size is len


print(reader())
