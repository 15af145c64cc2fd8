class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(Puppy("Rex").speak(), isinstance(Puppy("x"), Animal), issubclass(Dog, Puppy))
print(D().who(), [k.__name__ for k in D.__mro__])
