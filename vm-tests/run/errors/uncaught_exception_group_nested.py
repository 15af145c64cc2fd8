def task(i):
    if i == 2:
        raise TypeError(f"task {i} type")
    raise ValueError(f"task {i} value")
errors = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("batch", [ExceptionGroup("first two", errors[:2]), errors[2]])
