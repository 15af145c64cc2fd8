naïve = {"café": 1}
print(naïve["café"])
print(naïve["thé"])
