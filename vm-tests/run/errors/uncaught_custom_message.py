def check(age):
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")
    return age
check(5)
check(-2)
