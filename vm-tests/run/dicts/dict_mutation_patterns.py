inventory = {"apples": 3, "pears": 0, "plums": 7}
for fruit in list(inventory):
    if inventory[fruit] == 0:
        del inventory[fruit]
print(inventory)
inventory.update(apples=inventory["apples"] + 2, kiwis=4)
print(inventory, sorted(inventory, key=inventory.get), max(inventory.values()))
merged = {**inventory, "plums": 0, "figs": 1}
merged |= {"apples": 100}
print(merged, len(merged), list(merged.items())[-1])
