ops = {"div": lambda x, y: x / y}
print(ops["div"](1, 2))
print(ops["div"](1, 0))
