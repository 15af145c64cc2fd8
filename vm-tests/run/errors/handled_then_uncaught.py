try:
    int("bad")
except ValueError:
    print("first error handled")
values = {"a": 1}
print(values["b"])
