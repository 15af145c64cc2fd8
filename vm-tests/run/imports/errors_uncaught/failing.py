def helper(x):
    return {"a": 1}[x]


value = helper("b")
