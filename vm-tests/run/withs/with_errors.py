class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
class Boom:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with Boom():
        print("never")
except RuntimeError as e:
    print(e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
