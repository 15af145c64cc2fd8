def key(item):
    return item["rank"]
rows = [{"rank": 2}, {"rank": 1}, {"name": "x"}]
print(sorted(rows, key=key))
