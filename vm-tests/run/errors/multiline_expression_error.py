data = {"a": [1, 2, 3]}
result = (
    data["a"][1] +
    data["b"][0]
)
