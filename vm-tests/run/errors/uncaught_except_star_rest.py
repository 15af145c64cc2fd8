try:
    raise ExceptionGroup("multi", [ValueError("handled"), OSError("left over")])
except* ValueError as eg:
    print("handled", eg.exceptions)
