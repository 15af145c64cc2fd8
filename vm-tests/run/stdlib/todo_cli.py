# A realistic program: a to-do list CLI (argparse with subcommands, --help, errors) that keeps
# its items in a JSON file, with dataclasses-free plain classes, enum, datetime and logging-free
# output; the last command line is wrong on purpose, so argparse exits with status 2.
import argparse
import enum
import json
import os
import sys
import tempfile
from datetime import date, timedelta


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Store:
    def __init__(self, path):
        self.path = path
        self.items = []
        if os.path.exists(path):
            with open(path) as f:
                self.items = json.load(f)

    def save(self):
        with open(self.path, "w") as f:
            json.dump(self.items, f, indent=2)

    def add(self, text, priority, due):
        item = {"id": len(self.items) + 1, "text": text, "priority": priority.name, "due": due, "done": False}
        self.items.append(item)
        return item


def build_parser():
    parser = argparse.ArgumentParser(prog="todo", description="Keep a small to-do list.")
    parser.add_argument("--file", default="todo.json", help="where the list is kept")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="add an item")
    add.add_argument("text", nargs="+")
    add.add_argument("-p", "--priority", choices=[p.name.lower() for p in Priority], default="normal")
    add.add_argument("--in-days", type=int, metavar="N", help="due in N days")
    done = sub.add_parser("done", help="mark items done")
    done.add_argument("ids", type=int, nargs="+")
    ls = sub.add_parser("list", help="show the items")
    ls.add_argument("--all", action="store_true")
    return parser


def run(argv, today):
    args = build_parser().parse_args(argv)
    store = Store(args.file)
    if args.command == "add":
        due = (today + timedelta(days=args.in_days)).isoformat() if args.in_days is not None else None
        item = store.add(" ".join(args.text), Priority[args.priority.upper()], due)
        print(f"added #{item['id']}: {item['text']} ({item['priority']}{', due ' + due if due else ''})")
    elif args.command == "done":
        for i in args.ids:
            matches = [it for it in store.items if it["id"] == i]
            if not matches:
                print(f"no item #{i}", file=sys.stderr)
                continue
            matches[0]["done"] = True
            print(f"done #{i}")
    else:
        shown = [it for it in store.items if args.all or not it["done"]]
        shown.sort(key=lambda it: (-Priority[it["priority"]], it["due"] or "9999", it["id"]))
        for it in shown:
            mark = "x" if it["done"] else " "
            print(f"[{mark}] #{it['id']:<2} {it['priority']:<6} {it['due'] or '-':<10} {it['text']}")
        if args.verbose:
            print(f"{len(shown)} of {len(store.items)} shown")
    store.save()


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "todo.json")
    today = date(2024, 5, 17)
    for argv in [
        ["add", "write", "the", "report", "-p", "high", "--in-days", "3"],
        ["add", "buy milk", "--in-days", "0"],
        ["add", "read a book", "-p", "low"],
        ["done", "2", "9"],
        ["list", "-v"] if False else ["-v", "list", "--all"],
        ["list"],
        ["--help"],
        ["add", "--help"],
        ["add", "x", "-p", "urgent"],
        ["done", "two"],
    ]:
        print("$ todo", " ".join(argv))
        try:
            run(["--file", path] + argv, today)
        except SystemExit as e:
            print("exit status", e.code)
    with open(path) as f:
        print(len(json.load(f)), "items saved")
    run(["--file", path, "remove", "1"], today)
