def parse(s):
    try:
        value = int(s)
    except ValueError as e:
        print("bad:", e)
        return None
    except (TypeError, AttributeError):
        print("wrong type")
        return None
    else:
        print("parsed", value)
        return value


def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("inner caught")
            raise
    except ArithmeticError as outer:
        print("outer caught", type(outer).__name__)


def bare():
    try:
        [][1]
    except:
        return "bare except"


parse("12")
parse("x")
parse(None)
nested()
print(bare())
