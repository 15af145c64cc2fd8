# Module attributes loaded in a loop: LOAD_ATTR_MODULE, guarded by the module namespace's keys.
import math
import string


def constants():
    total = 0.0
    letters = ""
    for i in [1, 2, 3, 4, 5]:
        total = total + math.pi * i
        letters = letters + string.digits[i]
        floor = math.floor
        if i == 3:
            math.extra_key = 1
    return total, letters, floor is math.floor


print(constants())
