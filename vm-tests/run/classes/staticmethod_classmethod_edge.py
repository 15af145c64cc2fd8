class K:
    count = 0
    @staticmethod
    def helper(x):
        return x * 2
    @classmethod
    def create(cls):
        cls.count += 1
        return cls()
    @classmethod
    def name(cls):
        return cls.__name__
class Sub(K):
    pass
print(K.helper(2), K().helper(3), K.create().name(), Sub.create().name(), K.count, Sub.count)
sm = K.__dict__["helper"]
print(type(sm).__name__, sm.__func__(5))
cm = K.__dict__["create"]
print(type(cm).__name__, cm.__func__.__name__)
print(staticmethod(len)("abc"))
