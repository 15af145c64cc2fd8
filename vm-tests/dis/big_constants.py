big = 123456789012345678901234567890
neg = -98765432109876543210
huge = 2 ** 100
floats = (0.1, 1e16, 1.5e-07, 1e300 * 10, -0.0, 3.0, 1 / 3, 2.5e-5, 123456789.125)
cplx = (2j, 1 + 2j, -1.5j, 1e20j, (0.5 - 3j))
nums = (0x7FFFFFFF, 0x80000000, -(2 ** 31), 2 ** 63, -(2 ** 63), 2 ** 64 - 1, 1 << 200)
print(big, neg, huge)
print(floats)
print(cplx)
print(nums)
print(big * huge, big // 7, -big % 1000)
