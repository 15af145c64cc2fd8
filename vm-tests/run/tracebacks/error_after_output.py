for i in range(3):
    print("line", i)
print("about to fail", end="")
raise KeyError("final")
