"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1)/2 + i + 1), by the
power method on A-transpose A."""
# bench: 200
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(u):
    n = len(u)
    return [sum(eval_a(i, j) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def times_transposed(u):
    n = len(u)
    return [sum(eval_a(j, i) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def a_t_a(u):
    return times_transposed(times(u))


def main(n):
    u = [1.0] * n
    for _ in range(10):
        v = a_t_a(u)
        u = a_t_a(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("%0.9f" % ((vbv / vv) ** 0.5))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
