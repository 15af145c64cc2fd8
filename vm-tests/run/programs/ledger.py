TRANSACTIONS = """
2024-01-03,groceries,-54.20,Market
2024-01-05,salary,2500.00,Employer
2024-01-07,rent,-950.00,Landlord
2024-01-09,groceries,-23.75,Corner shop
2024-01-12,transport,-40.00,Metro card
2024-01-15,dining,-31.60,Noodle bar
2024-01-20,groceries,-61.05,Market
2024-01-22,utilities,-120.35,Power co
2024-01-28,dining,-18.90,Cafe
2024-02-02,groceries,-47.10,Market
2024-02-05,salary,2500.00,Employer
2024-02-07,rent,-950.00,Landlord
2024-02-11,transport,-40.00,Metro card
2024-02-14,dining,-72.40,Bistro
2024-02-18,gift,150.00,Aunt
2024-02-21,utilities,-98.10,Power co
2024-02-25,groceries,-39.99,Corner shop
2024-03-01,groceries,-58.45,Market
2024-03-05,salary,2600.00,Employer
2024-03-07,rent,-950.00,Landlord
2024-03-19,dining,-25.00,Cafe
2024-03-30,bad line
"""


def parse(text):
    rows, errors = [], []
    for n, line in enumerate(text.strip().splitlines(), 1):
        parts = line.split(",")
        if len(parts) != 4:
            errors.append((n, line))
            continue
        date, category, amount, payee = parts
        year, month, day = (int(x) for x in date.split("-")) if False else [int(x) for x in date.split("-")]
        cents = round(float(amount) * 100)
        rows.append({"date": (year, month, day), "category": category, "cents": cents, "payee": payee})
    return rows, errors


def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


def by_key(rows, key):
    groups = {}
    for r in rows:
        groups.setdefault(key(r), []).append(r)
    return groups


def summarize(rows):
    income = sum(r["cents"] for r in rows if r["cents"] > 0) if False else sum([r["cents"] for r in rows if r["cents"] > 0])
    spending = sum([r["cents"] for r in rows if r["cents"] < 0])
    return income, spending, income + spending


def report(rows):
    months = by_key(rows, lambda r: r["date"][:2])
    running = 0
    print(f"{'month':<8}{'income':>12}{'spent':>12}{'net':>12}{'balance':>12}")
    for ym in sorted(months):
        income, spending, net = summarize(months[ym])
        running += net
        label = f"{ym[0]}-{ym[1]:02d}"
        print(f"{label:<8}{money(income):>12}{money(spending):>12}{money(net):>12}{money(running):>12}")
    print("-" * 56)
    income, spending, net = summarize(rows)
    print(f"{'total':<8}{money(income):>12}{money(spending):>12}{money(net):>12}")


def categories(rows):
    spend = {}
    for r in rows:
        if r["cents"] < 0:
            spend[r["category"]] = spend.get(r["category"], 0) - r["cents"]
    total = sum(spend.values())
    print("spending by category:")
    for cat, cents in sorted(spend.items(), key=lambda kv: -kv[1]):
        share = cents / total
        bar = "*" * round(share * 40)
        print(f"  {cat:<10} {money(cents):>10} {share:6.1%} {bar}")


def payees(rows):
    visits = by_key([r for r in rows if r["cents"] < 0], lambda r: r["payee"])
    ranked = sorted(visits.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for payee, items in ranked[:4]:
        amounts = [money(-r["cents"]) for r in items]
        print(f"  {payee:<12} x{len(items)}: {', '.join(amounts)}")


def largest(rows, n=3):
    spend = [r for r in rows if r["cents"] < 0]
    spend.sort(key=lambda r: r["cents"])
    for r in spend[:n]:
        y, m, d = r["date"]
        print(f"  {y}-{m:02d}-{d:02d} {r['category']:<10} {money(r['cents']):>10} ({r['payee']})")


rows, errors = parse(TRANSACTIONS)
print(f"{len(rows)} transactions, {len(errors)} rejected: {errors}")
report(rows)
categories(rows)
print("frequent payees:")
payees(rows)
print("largest expenses:")
largest(rows)
weekly = {}
for r in rows:
    week = (r["date"][1] - 1) * 5 + r["date"][2] // 7
    weekly[week] = weekly.get(week, 0) + r["cents"]
print("best week:", max(weekly, key=weekly.get), "worst week:", min(weekly, key=weekly.get))
print("averages:", {cat: money(sum([r["cents"] for r in rs]) // len(rs)) for cat, rs in sorted(by_key(rows, lambda r: r["category"]).items())})
