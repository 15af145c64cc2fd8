import epsilon
print(epsilon.E)
