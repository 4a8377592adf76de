# A 6 KB program with classes, for the RAM-at-import figure (docs/FLASH.md): importing it defines its classes
# and functions; nothing runs until solve() is called.


class Cell:
    def __init__(self, pos, value=None):
        self.pos = pos
        self.value = value
        self.options = set(range(1, 10))

    def fixed(self):
        return self.value is not None

    def remove(self, v):
        if v in self.options:
            self.options.discard(v)
            return True
        return False

    def __repr__(self):
        return "Cell(%d, %r)" % (self.pos, self.value)


class Board:
    SIZE = 9

    def __init__(self, text):
        self.cells = []
        for i, ch in enumerate(text):
            self.cells.append(Cell(i, int(ch) if ch.isdigit() and ch != "0" else None))
        self.moves = 0

    def row(self, r):
        return self.cells[r * 9:(r + 1) * 9]

    def col(self, c):
        return [self.cells[r * 9 + c] for r in range(9)]

    def box(self, b):
        r0, c0 = (b // 3) * 3, (b % 3) * 3
        return [self.cells[(r0 + r) * 9 + c0 + c] for r in range(3) for c in range(3)]

    def peers(self, pos):
        r, c = divmod(pos, 9)
        b = (r // 3) * 3 + c // 3
        seen = {}
        for cell in self.row(r) + self.col(c) + self.box(b):
            if cell.pos != pos:
                seen[cell.pos] = cell
        return list(seen.values())

    def propagate(self):
        changed = True
        while changed:
            changed = False
            for cell in self.cells:
                if cell.fixed():
                    for p in self.peers(cell.pos):
                        if p.remove(cell.value):
                            changed = True
                elif len(cell.options) == 1:
                    cell.value = cell.options.pop()
                    self.moves += 1
                    changed = True
        return all(c.fixed() or c.options for c in self.cells)

    def text(self):
        return "".join(str(c.value or 0) for c in self.cells)


class Move:
    __slots__ = ("pos", "value")

    def __init__(self, pos, value):
        self.pos = pos
        self.value = value

    def apply(self, board):
        board.cells[self.pos].value = self.value


class Stats:
    def __init__(self):
        self.nodes = 0
        self.depth = 0
        self.best = None

    def visit(self, depth):
        self.nodes += 1
        if depth > self.depth:
            self.depth = depth

    def report(self):
        return "nodes=%d depth=%d" % (self.nodes, self.depth)


class Solver:
    def __init__(self, text):
        self.start = text
        self.stats = Stats()

    def choose(self, board):
        best = None
        for cell in board.cells:
            if not cell.fixed():
                if best is None or len(cell.options) < len(best.options):
                    best = cell
        return best

    def search(self, text, depth):
        self.stats.visit(depth)
        board = Board(text)
        if not board.propagate():
            return None
        cell = self.choose(board)
        if cell is None:
            return board.text()
        for v in sorted(cell.options):
            t = board.text()
            t = t[:cell.pos] + str(v) + t[cell.pos + 1:]
            r = self.search(t, depth + 1)
            if r is not None:
                return r
        return None

    def solve(self):
        return self.search(self.start, 0)


def valid(text):
    b = Board(text)
    for i in range(9):
        for group in (b.row(i), b.col(i), b.box(i)):
            vals = [c.value for c in group if c.fixed()]
            if len(vals) != len(set(vals)):
                return False
    return True


def pretty(text):
    lines = []
    for r in range(9):
        row = text[r * 9:(r + 1) * 9]
        lines.append(" ".join(row[0:3]) + " | " + " ".join(row[3:6]) + " | " + " ".join(row[6:9]))
        if r in (2, 5):
            lines.append("------+-------+------")
    return "\n".join(lines)


class History:
    def __init__(self, limit=16):
        self.limit = limit
        self.items = []

    def push(self, board_text):
        self.items.append(board_text)
        if len(self.items) > self.limit:
            self.items.pop(0)

    def last(self):
        return self.items[-1] if self.items else None

    def __len__(self):
        return len(self.items)


class Puzzles:
    def __init__(self, texts):
        self.texts = list(texts)

    def __iter__(self):
        for t in self.texts:
            if len(t) == 81:
                yield t

    def hardest(self):
        return min(self.texts, key=lambda t: 81 - t.count("0"))


class Summary:
    def __init__(self):
        self.rows = []

    def add(self, name, value):
        self.rows.append((name, value))

    def width(self):
        return max([len(n) for n, v in self.rows] + [0])

    def render(self):
        w = self.width()
        return "\n".join(n + " " * (w - len(n)) + " : " + str(v) for n, v in self.rows)


def givens(text):
    return sum(1 for ch in text if ch != "0")


def rotate(text):
    return "".join(text[(8 - c) * 9 + r] for r in range(9) for c in range(9))


def summarize(puzzles):
    s = Summary()
    for i, p in enumerate(Puzzles(puzzles)):
        s.add("puzzle %d" % i, givens(p))
    return s.render()


PUZZLE = "530070000600195000098000060800060003400803001700020006060000280000419005000080079"


def solve(puzzle=PUZZLE):
    s = Solver(puzzle)
    r = s.solve()
    return r, s.stats.report()


def check(result):
    return result is not None and valid(result) and "0" not in result


def main():
    r, report = solve()
    print(pretty(r))
    print(report, check(r))


if __name__ == "__main__":
    main()
