for spec, value in [("d", 1.5), ("x", "s"), (".2f", "s"), ("=5", "s"), ("+s", "a"), ("c", -1), ("z", 1)]:
    try:
        print(format(value, spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
