x, y = 3, 4.5
print(f"{x=}", f"{y=:.2f}", f"{x + y=}", f"{'s'=}", f"{x=!r}", f"{[x, y]=}")
data = {"k": [1, 2, {"deep": "v"}]}
print(f"{data['k'][2]['deep']}", f"{data['k'][0] + data['k'][1]}", f"{len(data):>3}|")
print(f"{'nested ' + f'{x:02d}'}", f"{x if x > 2 else y}", f"{(lambda v: v * 2)(x)}")
