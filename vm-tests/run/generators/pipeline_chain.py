def numbers():
    n = 1
    while True:
        yield n
        n += 1
def squares(it):
    for x in it:
        yield x * x
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(take_while(lambda v: v < 200, squares(numbers())), 4)))
print(dict(enumerate(squares(range(4)))), list(zip(numbers(), "abc")))
