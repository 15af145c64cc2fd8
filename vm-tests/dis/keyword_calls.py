def describe(name, age, city="?", **extra):
    parts = [f"{name} ({age}) from {city}"]
    for key, value in extra.items():
        parts.append(f"{key}={value}")
    return "; ".join(parts)


print(describe("Ann", 30))
print(describe(age=41, name="Ben"))
print(describe("Cat", city="Oslo", age=25, pet="dog", job="dev"))
print(sorted([3, 1, 2], reverse=True), dict(a=1, b=2))
print("x", "y", sep=":", end="\n")
