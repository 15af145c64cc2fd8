text = "a,b,c"
parts = text.split(",")
print(parts.upper())
