assert 1 + 1 == 2
assert True, "never"
try:
    assert 2 < 1, "two is not less than one"
except AssertionError as e:
    print("caught:", e)
assert len("abc") == 4, f"length was {len('abc')}"
