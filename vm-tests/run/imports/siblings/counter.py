count = 0
print("counter loading")


def bump():
    global count
    count += 1
    return count
