def name_of(obj):
    return obj.name
config = {"items": [1, 2]}
print(len(config["items"]))
print(name_of(config))
