def first(xs):
    return xs[0]
def first_of_first(xss):
    return first(first(xss))
print(first_of_first([[1]]))
print(first_of_first([[]]))
