def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-ish {type(e).__name__}"
    except ArithmeticError as e:
        return f"arithmetic {type(e).__name__}"
    except OSError as e:
        return f"os {type(e).__name__}"
    except Exception as e:
        return f"generic {type(e).__name__}"
    except BaseException as e:
        return f"base {type(e).__name__}"
for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), FileNotFoundError(),
            ConnectionRefusedError(), ValueError(), UnicodeDecodeError("utf-8", b"x", 0, 1, "bad"),
            SystemExit(), GeneratorExit(), KeyboardInterrupt()]:
    print(classify(exc))
