class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, t, v, tb):
        print("release on", t.__name__)
def use():
    with Resource():
        return {}["missing"]
use()
