# A realistic program: an access-log report (stdin; re, datetime, collections, statistics, argparse, json, textwrap).
"""A web-server log report: reads access-log lines on stdin, parses them with re, groups them
with collections, does date arithmetic with datetime, and prints a summary (text or JSON)
chosen on the command line with argparse."""
import argparse
import json
import re
import sys
import textwrap
from collections import Counter, defaultdict, namedtuple
from datetime import datetime, timedelta
from statistics import mean, median

LINE = re.compile(
    r'(?P<ip>\d+\.\d+\.\d+\.\d+) - (?P<user>\S+) \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<version>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+|-)'
)
Hit = namedtuple("Hit", "ip user when method path status size")


def parse(lines):
    hits, bad = [], []
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        m = LINE.match(line)
        if m is None:
            bad.append(number)
            continue
        when = datetime.strptime(m["when"], "%d/%b/%Y:%H:%M:%S %z")
        size = 0 if m["size"] == "-" else int(m["size"])
        hits.append(Hit(m["ip"], m["user"], when, m["method"], m["path"], int(m["status"]), size))
    return hits, bad


def summarise(hits, top):
    by_status = Counter(h.status // 100 * 100 for h in hits)
    by_path = Counter(h.path.split("?")[0] for h in hits)
    per_ip = defaultdict(list)
    for h in hits:
        per_ip[h.ip].append(h)
    first = min(h.when for h in hits)
    last = max(h.when for h in hits)
    sizes = [h.size for h in hits if h.size]
    busiest = max(per_ip.items(), key=lambda kv: (len(kv[1]), kv[0]))
    hours = Counter(h.when.strftime("%H:00") for h in hits)
    return {
        "requests": len(hits),
        "span": str(last - first),
        "first": first.isoformat(),
        "last": last.isoformat(),
        "status": {str(k): v for k, v in sorted(by_status.items())},
        "top_paths": by_path.most_common(top),
        "busiest_ip": [busiest[0], len(busiest[1])],
        "bytes": {"total": sum(sizes), "mean": round(mean(sizes), 1), "median": median(sizes)},
        "hours": dict(sorted(hours.items())),
        "error_rate": round(sum(1 for h in hits if h.status >= 400) / len(hits), 3),
    }


def report_text(summary, bad):
    out = [f"{summary['requests']} requests over {summary['span']} ({summary['first']} .. {summary['last']})"]
    out.append("status classes: " + ", ".join(f"{k}: {v}" for k, v in summary["status"].items()))
    out.append("top paths:")
    width = max(len(p) for p, _ in summary["top_paths"])
    for path, count in summary["top_paths"]:
        out.append(f"  {path:<{width}}  {count:>3}  {'#' * count}")
    ip, n = summary["busiest_ip"]
    out.append(f"busiest client: {ip} ({n} requests)")
    b = summary["bytes"]
    out.append(f"bytes: total {b['total']:,}, mean {b['mean']}, median {b['median']}")
    out.append("by hour: " + " ".join(f"{h}={c}" for h, c in summary["hours"].items()))
    out.append(f"error rate: {summary['error_rate']:.1%}")
    if bad:
        note = f"skipped {len(bad)} malformed line(s): " + ", ".join(map(str, bad))
        out.extend(textwrap.wrap(note, width=60, subsequent_indent="    "))
    return "\n".join(out)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="log_report", description="Summarise an access log read from stdin.")
    parser.add_argument("--top", type=int, default=3, help="how many paths to list (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--since", help="only requests at or after this date (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    hits, bad = parse(sys.stdin)
    if args.since:
        since = datetime.strptime(args.since, "%Y-%m-%d").replace(tzinfo=hits[0].when.tzinfo)
        hits = [h for h in hits if h.when >= since]
    if not hits:
        print("no requests", file=sys.stderr)
        return 1
    summary = summarise(hits, args.top)
    if args.json:
        print(json.dumps(summary, indent=2, sort_keys=True))
    else:
        print(report_text(summary, bad))
    late = max(h.when for h in hits) + timedelta(days=1, hours=2)
    print("next rotation:", late.strftime("%A %d %B %Y, %H:%M"))
    return 0


if __name__ == "__main__":
    main(["--top", "4"])
    sys.exit(0)
