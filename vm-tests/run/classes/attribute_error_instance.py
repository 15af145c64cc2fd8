class Thing:
    def __init__(self):
        self.present = 1
t = Thing()
print(t.present)
print(t.absent)
