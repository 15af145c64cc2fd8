"""Fannkuch-redux: for every permutation of 0..n-1, reverse the prefix the first element names
until 0 comes first; report the checksum (flips with alternating signs) and the most flips."""
# bench: 9
import sys


def fannkuch(n):
    max_flips = 0
    checksum = 0
    even = True
    perm1 = list(range(n))
    count = perm1[:]
    while True:
        k = perm1[0]
        if k:
            perm = perm1[:]
            flips = 1
            nxt = perm[k]
            while nxt:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = nxt
                nxt = perm[nxt]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if even else -flips
        # The next permutation, by swaps and rotations that alternate the parity.
        if even:
            perm1[0], perm1[1] = perm1[1], perm1[0]
            even = False
            continue
        perm1[1], perm1[2] = perm1[2], perm1[1]
        even = True
        r = 2
        while r < n - 1:
            if count[r]:
                break
            count[r] = r
            first = perm1[0]
            perm1[:r + 1] = perm1[1:r + 2]
            perm1[r + 1] = first
            r += 1
        else:
            r = n - 1
            if not count[r]:
                return checksum, max_flips
        count[r] -= 1


def main(n):
    checksum, flips = fannkuch(n)
    print(checksum)
    print(f"Pfannkuchen({n}) = {flips}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
