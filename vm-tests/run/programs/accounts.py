def make_account(owner, balance=0, limit=0):
    history = []
    state = {"balance": balance, "frozen": False}

    def record(kind, amount):
        history.append((len(history) + 1, kind, amount, state["balance"]))

    def deposit(amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        if state["frozen"]:
            raise RuntimeError(f"account of {owner} is frozen")
        state["balance"] += amount
        record("deposit", amount)
        return state["balance"]

    def withdraw(amount):
        if state["frozen"]:
            raise RuntimeError(f"account of {owner} is frozen")
        if amount > state["balance"] + limit:
            raise ValueError(f"insufficient funds: {owner} has {state['balance']}, limit {limit}, wants {amount}")
        state["balance"] -= amount
        record("withdraw", amount)
        return state["balance"]

    def freeze():
        state["frozen"] = True

    def statement():
        lines = [f"statement for {owner}"]
        for n, kind, amount, after in history:
            lines.append(f"  {n:3d} {kind:<9}{amount:>10.2f}{after:>12.2f}")
        lines.append(f"  balance: {state['balance']:.2f}")
        return "\n".join(lines)

    return {
        "owner": owner,
        "deposit": deposit,
        "withdraw": withdraw,
        "freeze": freeze,
        "statement": statement,
        "balance": lambda: state["balance"],
    }


def transfer(src, dst, amount):
    src["withdraw"](amount)
    try:
        dst["deposit"](amount)
    except Exception:
        src["deposit"](amount)
        raise


bank = {name: make_account(name, bal, lim) for name, bal, lim in [("ann", 100, 50), ("bob", 20, 0), ("cy", 0, 200)]}
operations = [
    ("deposit", "ann", 250),
    ("withdraw", "bob", 30),
    ("transfer", ("ann", "bob"), 120),
    ("withdraw", "cy", 150),
    ("deposit", "cy", -5),
    ("freeze", "bob", None),
    ("transfer", ("ann", "bob"), 10),
    ("withdraw", "ann", 1000),
    ("deposit", "ann", 0.55),
]
for op, who, amount in operations:
    try:
        if op == "transfer":
            transfer(bank[who[0]], bank[who[1]], amount)
            result = f"{bank[who[0]]['balance']()} / {bank[who[1]]['balance']()}"
        elif op == "freeze":
            bank[who]["freeze"]()
            result = "frozen"
        else:
            result = bank[who][op](amount)
        print(f"{op:<9} {who!s:<16} {amount!s:>6} -> {result}")
    except (ValueError, RuntimeError) as e:
        print(f"{op:<9} {who!s:<16} {amount!s:>6} !! {type(e).__name__}: {e}")
for name in sorted(bank):
    print(bank[name]["statement"]())
total = sum(acct["balance"]() for acct in bank.values()) if False else sum([acct["balance"]() for acct in bank.values()])
print("bank total:", round(total, 2), "richest:", max(bank, key=lambda n: bank[n]["balance"]()))


def apply_interest(account, rate, months):
    balance = account["balance"]()
    earned = 0
    for month in range(1, months + 1):
        interest = round(balance * rate / 12, 2)
        if interest <= 0:
            break
        balance = account["deposit"](interest)
        earned += interest
    return round(earned, 2)


def audit(accounts):
    problems = []
    for name, acct in sorted(accounts.items()):
        bal = acct["balance"]()
        if bal < 0:
            problems.append(f"{name} overdrawn by {-bal:.2f}")
        elif bal == 0:
            problems.append(f"{name} empty")
    return problems or ["all accounts in credit"]


savings = make_account("savings", 1000)
print("interest earned:", apply_interest(savings, 0.05, 12), "balance:", round(savings["balance"](), 2))
print("audit:", audit(bank))
