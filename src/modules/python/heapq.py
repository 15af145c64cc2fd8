"""Heap queue on plain lists (CPython's heapq, written for minivm). The sift operations are
the same as CPython's, so a heap's list has the same order after the same operations."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def _siftdown(heap, startpos, pos):
    """Moves heap[pos] up towards startpos to its place."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    """Sends the smaller child up until a leaf is reached, then sifts the item down to its
    place (fewer comparisons than stopping early)."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _check(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def heappush(heap, item):
    _check(heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    _check(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    _check(x)
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted stream (stable: ties keep input order)."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append(((key(value) if key else value), order, value, it))
            break
    while entries:
        best = 0
        for i in range(1, len(entries)):
            k, o = entries[i][0], entries[i][1]
            bk, bo = entries[best][0], entries[best][1]
            if (bk < k if reverse else k < bk) or (not (k < bk or bk < k) and o < bo):
                best = i
        k, order, value, it = entries[best]
        yield value
        for nxt in it:
            entries[best] = ((key(nxt) if key else nxt), order, nxt, it)
            break
        else:
            del entries[best]


def nsmallest(n, iterable, key=None):
    """The n smallest items (ties in input order), as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items (ties in input order), as sorted(..., reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
