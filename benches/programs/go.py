"""Go: a Monte Carlo tree search player (UCT with random playouts) choosing moves on a small
board; prints each chosen move and the final position."""
# bench: 300
import sys
import random
import math

EMPTY, BLACK, WHITE = 0, 1, 2
SHOW = ".XO"


class Board:
    def __init__(self, size):
        self.size = size
        self.cells = [EMPTY] * (size * size)
        self.ko = None
        self.to_move = BLACK
        self.passes = 0
        self.neighbours = []
        for p in range(size * size):
            r, c = divmod(p, size)
            adj = []
            if r > 0:
                adj.append(p - size)
            if r < size - 1:
                adj.append(p + size)
            if c > 0:
                adj.append(p - 1)
            if c < size - 1:
                adj.append(p + 1)
            self.neighbours.append(adj)

    def copy(self):
        b = Board.__new__(Board)
        b.size, b.cells, b.ko, b.to_move, b.passes = self.size, self.cells[:], self.ko, self.to_move, self.passes
        b.neighbours = self.neighbours
        return b

    def group(self, p):
        """The stones connected to p, and whether the group has a liberty."""
        colour = self.cells[p]
        stones = {p}
        stack = [p]
        free = False
        while stack:
            q = stack.pop()
            for n in self.neighbours[q]:
                c = self.cells[n]
                if c == EMPTY:
                    free = True
                elif c == colour and n not in stones:
                    stones.add(n)
                    stack.append(n)
        return stones, free

    def is_eye(self, p, colour):
        return all(self.cells[n] == colour for n in self.neighbours[p])

    def play(self, p):
        """Plays at p (None passes); returns False, leaving the board as it was, if illegal."""
        colour = self.to_move
        other = BLACK + WHITE - colour
        if p is None:
            self.passes += 1
            self.ko = None
            self.to_move = other
            return True
        if self.cells[p] != EMPTY or p == self.ko:
            return False
        self.cells[p] = colour
        captured = []
        for n in self.neighbours[p]:
            if self.cells[n] == other:
                stones, free = self.group(n)
                if not free:
                    captured.extend(stones)
        for q in captured:
            self.cells[q] = EMPTY
        if not captured and not self.group(p)[1]:
            self.cells[p] = EMPTY
            return False
        self.ko = captured[0] if len(captured) == 1 else None
        self.passes = 0
        self.to_move = other
        return True

    def random_move(self, rng):
        empties = [p for p, c in enumerate(self.cells) if c == EMPTY]
        rng.shuffle(empties)
        for p in empties:
            if self.is_eye(p, self.to_move):
                continue
            if self.play(p):
                return p
        self.play(None)
        return None

    def score(self):
        """Area score: stones plus the empty points only one colour touches (black - white)."""
        total = 0
        for p, c in enumerate(self.cells):
            if c == BLACK:
                total += 1
            elif c == WHITE:
                total -= 1
            else:
                around = {self.cells[n] for n in self.neighbours[p]}
                if around == {BLACK}:
                    total += 1
                elif around == {WHITE}:
                    total -= 1
        return total

    def legal_moves(self):
        moves = []
        for p, c in enumerate(self.cells):
            if c == EMPTY and not self.is_eye(p, self.to_move):
                trial = self.copy()
                if trial.play(p):
                    moves.append(p)
        return moves

    def __str__(self):
        rows = []
        for r in range(self.size):
            rows.append(" ".join(SHOW[c] for c in self.cells[r * self.size:(r + 1) * self.size]))
        return "\n".join(rows)


class Node:
    def __init__(self, move, parent, board):
        self.move = move
        self.parent = parent
        self.children = []
        self.untried = board.legal_moves()
        self.wins = 0.0
        self.visits = 0
        self.player = BLACK + WHITE - board.to_move

    def select(self):
        log_n = math.log(self.visits)
        return max(self.children, key=lambda c: c.wins / c.visits + 1.2 * math.sqrt(log_n / c.visits))


def search(board, iterations, rng):
    root = Node(None, None, board)
    for _ in range(iterations):
        node, b = root, board.copy()
        while not node.untried and node.children:
            node = node.select()
            b.play(node.move)
        if node.untried:
            move = node.untried.pop(rng.randrange(len(node.untried)))
            b.play(move)
            child = Node(move, node, b)
            node.children.append(child)
            node = child
        for _ in range(board.size * board.size * 2):
            if b.passes >= 2:
                break
            b.random_move(rng)
        black_wins = b.score() > 0
        while node is not None:
            node.visits += 1
            if (node.player == BLACK) == black_wins:
                node.wins += 1
            node = node.parent
    if not root.children:
        return None
    return max(root.children, key=lambda c: c.visits).move


def main(iterations):
    rng = random.Random(42)
    board = Board(5)
    for turn in range(8):
        move = search(board, iterations, rng)
        board.play(move)
        where = "pass" if move is None else divmod(move, board.size)
        print(turn, SHOW[BLACK + WHITE - board.to_move], where)
    print(board)
    print("score", board.score())


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
