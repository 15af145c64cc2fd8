print("Hello, World!")
print('single', "double", """triple""", r"raw\n", "tab\tend")
print(1, 2.0, 3j, True, None, ..., [1], (2,), {3}, {4: 5})
