def validate(items):
    for i, item in enumerate(items):
        assert item >= 0, f"item {i} is negative: {item}"
validate([1, 2, 3])
validate([1, -2])
