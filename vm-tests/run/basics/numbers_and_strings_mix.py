age = 30
name = "Zed"
print("Name: " + name + ", age: " + str(age), name * 2, str(age) * 2, len(name + str(age)))
print(f"{name} is {age} years", "%s is %d" % (name, age), "{} is {}".format(name, age))
print(int("3") + 4, float("2.5") * 2, str(1 / 4), repr(0.25), ord(name[0]) + 1, chr(ord("a") + 2))
