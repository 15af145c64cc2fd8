class Repo:
    def __init__(self):
        self.data = {"a": [1, 2]}
    def get(self, key, index):
        return self.data[key][index]
class Service:
    def __init__(self, repo):
        self.repo = repo
    def second(self, key):
        return self.repo.get(key, 1)
    def third(self, key):
        return self.repo.get(key, 2)
s = Service(Repo())
print(s.second("a"))
print(s.third("a"))
