def total(*args, **kwargs):
    s = sum(args)
    for k in sorted(kwargs):
        s += kwargs[k]
    return s, len(args), sorted(kwargs)


def forward(*args, **kwargs):
    return total(*args, **kwargs)


nums = [1, 2, 3]
opts = {"x": 10, "y": 20}
print(total(1, 2))
print(total(*nums, **opts))
print(forward(4, *nums, z=1, **opts))
print(total(*(1, 2), *[3], a=1, **{"b": 2}))
print(max(*nums), print(*nums, sep="-"))
