tree = {"root": {"left": {"value": 1}, "right": {"value": 2, "child": {"value": 3}}}}
def total(node):
    s = node.get("value", 0)
    for k, v in node.items():
        if isinstance(v, dict):
            s += total(v)
    return s
print(total(tree["root"]), tree["root"]["right"]["child"], list(tree["root"]))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
