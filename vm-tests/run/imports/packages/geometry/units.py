def to_cm(m):
    return m * 100
