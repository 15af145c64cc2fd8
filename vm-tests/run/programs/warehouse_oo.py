"""A small warehouse: products, stock, orders and a report, in everyday object-oriented style.

Exercises a class hierarchy with properties and dunder methods, a generator pipeline that
parses and validates order lines, a context manager for transactions, and exceptions that
travel through several frames before they are handled.
"""


class WarehouseError(Exception):
    """Base of every error this module raises."""


class ValidationError(WarehouseError):
    def __init__(self, line_no, message):
        super().__init__(f"line {line_no}: {message}")
        self.line_no = line_no


class OutOfStock(WarehouseError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku
        self.shortfall = wanted - available


class Positive:
    """A descriptor that only accepts positive numbers."""

    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"{self.public} must be a positive number, not {value!r}")
        setattr(obj, self.private, value)


class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = int(cents)

    @classmethod
    def parse(cls, text):
        whole, _, frac = text.partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]))

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __mul__(self, n):
        return Money(self.cents * n)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __bool__(self):
        return self.cents != 0

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"

    def __repr__(self):
        return f"Money({self.cents})"

    def __format__(self, spec):
        return format(str(self), spec)


class Product:
    weight = Positive()
    registry = {}

    def __init__(self, sku, name, price, weight):
        self.sku = sku
        self.name = name
        self.price = price
        self.weight = weight

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Product.registry[kind or cls.__name__.lower()] = cls

    @property
    def label(self):
        return f"{self.name} [{self.sku}]"

    def shipping(self):
        return Money(150 + int(self.weight * 40))

    def __repr__(self):
        return f"{type(self).__name__}({self.sku!r})"

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)


class Perishable(Product, kind="fresh"):
    def __init__(self, sku, name, price, weight, days):
        super().__init__(sku, name, price, weight)
        self.days = days

    def shipping(self):
        base = super().shipping()
        return base + Money(500) if self.days < 5 else base

    @property
    def label(self):
        return super().label + f" (use within {self.days} days)"


class Digital(Product, kind="digital"):
    def __init__(self, sku, name, price):
        super().__init__(sku, name, price, 0.001)

    def shipping(self):
        return Money(0)


class Stock:
    def __init__(self):
        self._levels = {}
        self._products = {}

    def add(self, product, count):
        self._products[product.sku] = product
        self._levels[product.sku] = self._levels.get(product.sku, 0) + count
        return self

    def __getitem__(self, sku):
        try:
            return self._products[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku}") from None

    def __contains__(self, sku):
        return sku in self._products

    def __len__(self):
        return sum(self._levels.values())

    def __iter__(self):
        for sku in sorted(self._products):
            yield self._products[sku], self._levels[sku]

    def take(self, sku, count):
        available = self._levels.get(sku, 0)
        if count > available:
            raise OutOfStock(sku, count, available)
        self._levels[sku] = available - count


class Transaction:
    """Takes stock for one order; puts it back if anything in the order fails."""

    def __init__(self, stock, order_id):
        self.stock = stock
        self.order_id = order_id
        self.taken = []

    def __enter__(self):
        return self

    def take(self, sku, count):
        self.stock.take(sku, count)
        self.taken.append((sku, count))

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        for sku, count in reversed(self.taken):
            self.stock._levels[sku] += count
        print(f"  order {self.order_id} rolled back ({exc_type.__name__}: {exc})")
        return issubclass(exc_type, OutOfStock)


def read_lines(text):
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            yield number, line


def parse(lines):
    for number, line in lines:
        fields = [f.strip() for f in line.split(",")]
        if len(fields) != 3:
            raise ValidationError(number, f"expected 3 fields, got {len(fields)}")
        order_id, sku, count = fields
        try:
            count = int(count)
        except ValueError as e:
            raise ValidationError(number, f"bad count {count!r}") from e
        yield number, order_id, sku, count


def known_only(rows, stock, rejected):
    for number, order_id, sku, count in rows:
        if sku not in stock:
            rejected.append((number, sku))
            continue
        yield order_id, sku, count


def group_orders(rows):
    current, items = None, []
    for order_id, sku, count in rows:
        if order_id != current and items:
            yield current, items
            items = []
        current = order_id
        items.append((sku, count))
    if items:
        yield current, items


def fulfil(stock, orders):
    totals = {}
    for order_id, items in orders:
        with Transaction(stock, order_id) as tx:
            cost = Money(0)
            for sku, count in items:
                tx.take(sku, count)
                product = stock[sku]
                cost = cost + product.price * count + product.shipping()
            totals[order_id] = cost
            print(f"  order {order_id}: {len(items)} line(s), {cost}")
    return totals


ORDERS = """
# order, sku, count
A1, APL, 3
A1, EBK, 1
B2, MLK, 2
B2, APL, 40
C3, XYZ, 1
C3, EBK, 2
D4, MLK, 1
"""

BROKEN = """
E5, APL, 1
E5, APL, many
"""


def build_stock():
    stock = Stock()
    stock.add(Product("APL", "Apples", Money.parse("0.45"), 0.2), 10)
    stock.add(Perishable("MLK", "Milk", Money.parse("1.10"), 1.0, days=3), 5)
    stock.add(Digital("EBK", "E-book", Money.parse("7.99")), 100)
    return stock


def run(text):
    stock = build_stock()
    rejected = []
    pipeline = group_orders(known_only(parse(read_lines(text)), stock, rejected))
    totals = fulfil(stock, pipeline)
    return stock, totals, rejected


def report(stock, totals, rejected):
    print("stock left:", len(stock))
    for product, level in stock:
        print(f"  {product.label:<40} {level:>4}  ship {product.shipping():>7}")
    grand = sum(totals.values())
    print("grand total:", grand, "| biggest:", max(totals.items(), key=lambda kv: kv[1])[0])
    print("rejected:", rejected)


def main():
    print("kinds:", sorted(Product.registry))
    stock, totals, rejected = run(ORDERS)
    report(stock, totals, rejected)
    print("equal products:", build_stock()["APL"] == stock["APL"], len({stock["APL"], stock["APL"]}))
    print("money:", sorted([Money(5), Money(1), Money(3)]), bool(Money(0)), 2 * Money(25))
    try:
        stock["NOPE"]
    except KeyError as e:
        print("lookup failed:", e)
    try:
        Product("BAD", "Broken", Money(1), -2)
    except ValueError as e:
        print("invalid product:", e)
    try:
        run(BROKEN)
    except WarehouseError as e:
        cause = e.__cause__
        print(f"pipeline stopped: {e} ({type(e).__name__}, caused by {type(cause).__name__}: {cause})")
    run("F6, MLK, 1, extra")


main()
