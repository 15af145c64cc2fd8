for data in [[1, 2.5, True], ["b", "a"], [(1, "b"), (1, "a")], [[3], [1, 2]], [None, 1], [1, "a"], [{1}, {2}]]:
    try:
        print(sorted(data))
    except TypeError as e:
        print("TypeError:", e)
