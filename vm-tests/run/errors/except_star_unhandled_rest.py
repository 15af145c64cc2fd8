def work(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise KeyError(n)

def run_all():
    errors = []
    for n in range(4):
        try:
            work(n)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("work failed", errors)

try:
    run_all()
except* ValueError as eg:
    print("handled", len(eg.exceptions), "value errors")
