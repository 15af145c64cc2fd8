"""Hexiom: place numbered tiles on a hexagonal board so that every tile's number is the count
of its occupied neighbours. Puzzles are made from a seeded random board, then solved from
their tiles alone by backtracking with bounds propagation; prints the solution counts and a
checksum of the first solution."""
# bench: 5
import sys


class Rng:
    """A small linear congruential generator, so the puzzles are the same everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % bound


DIRECTIONS = ((1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1))


class Board:
    def __init__(self, radius):
        self.cells = []
        for q in range(-radius, radius + 1):
            for r in range(-radius, radius + 1):
                if abs(q + r) <= radius:
                    self.cells.append((q, r))
        index = {cell: i for i, cell in enumerate(self.cells)}
        self.neighbours = []
        for q, r in self.cells:
            near = []
            for dq, dr in DIRECTIONS:
                j = index.get((q + dq, r + dr))
                if j is not None:
                    near.append(j)
            self.neighbours.append(tuple(near))

    def numbers(self, occupied):
        """The tile each occupied cell carries."""
        result = {}
        for i in occupied:
            result[i] = sum(1 for j in self.neighbours[i] if j in occupied)
        return result


class Solver:
    EMPTY = -1
    UNKNOWN = -2

    def __init__(self, board, tiles):
        self.board = board
        self.left = [0] * 7
        for t in tiles:
            self.left[t] += 1
        self.empties = len(board.cells) - len(tiles)
        self.state = [Solver.UNKNOWN] * len(board.cells)
        self.solutions = 0
        self.first = None
        self.nodes = 0

    def consistent(self, i):
        """Whether the cells around `i` (and `i`) can still get their numbers."""
        state = self.state
        neighbours = self.board.neighbours
        for k in (i,) + neighbours[i]:
            value = state[k]
            if value < 0:
                continue
            occupied = 0
            unknown = 0
            for j in neighbours[k]:
                s = state[j]
                if s == Solver.UNKNOWN:
                    unknown += 1
                elif s != Solver.EMPTY:
                    occupied += 1
            if occupied > value or occupied + unknown < value:
                return False
        return True

    def solve(self, i=0):
        self.nodes += 1
        if i == len(self.state):
            self.solutions += 1
            if self.first is None:
                self.first = list(self.state)
            return
        if self.empties > 0:
            self.empties -= 1
            self.state[i] = Solver.EMPTY
            if self.consistent(i):
                self.solve(i + 1)
            self.empties += 1
        for value in range(7):
            if self.left[value] == 0 or value > len(self.board.neighbours[i]):
                continue
            self.left[value] -= 1
            self.state[i] = value
            if self.consistent(i):
                self.solve(i + 1)
            self.left[value] += 1
        self.state[i] = Solver.UNKNOWN


def puzzle(radius, fill, seed):
    board = Board(radius)
    rng = Rng(seed)
    occupied = set()
    while len(occupied) < fill:
        occupied.add(rng.next(len(board.cells)))
    tiles = sorted(board.numbers(occupied).values())
    return board, tiles


def main(count):
    total_nodes = 0
    for n in range(count):
        board, tiles = puzzle(2, 17 - 2 * (n % 5), 7 + n)
        solver = Solver(board, tiles)
        solver.solve()
        total_nodes += solver.nodes
        checksum = sum((i + 1) * (v + 2) for i, v in enumerate(solver.first))
        print(f"puzzle {n}: tiles {''.join(map(str, tiles))} solutions {solver.solutions} checksum {checksum}")
    print("nodes", total_nodes)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
