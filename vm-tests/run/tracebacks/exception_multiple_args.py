raise ValueError("code", 42, [1, 2])
