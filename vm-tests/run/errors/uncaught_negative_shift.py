bits = 8
print(1 << bits)
print(1 << -bits)
