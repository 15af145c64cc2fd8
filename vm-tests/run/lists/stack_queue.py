stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=" ")
print()
queue = [1, 2, 3]
queue.insert(0, 0)
queue.insert(100, 9)
queue.insert(-1, 8)
print(queue, queue.pop(0), queue)
