data = {"users": [{"name": "a"}, {"nick": "b"}]}
def names(d):
    return [u["name"] for u in d["users"]]
print(names(data))
