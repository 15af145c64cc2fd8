# A realistic program: builds a word index of text files it writes to a temporary directory
# (tempfile, pathlib, open), with re, collections, heapq, textwrap, json and functools.
import heapq
import json
import re
import tempfile
import textwrap
from collections import Counter, OrderedDict, defaultdict
from functools import lru_cache, reduce
from pathlib import Path

DOCS = {
    "intro.txt": """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away quickly!
Foxes and dogs: an old story, told again and again.""",
    "notes/minivm.md": """# minivm
minivm runs CPython bytecode. The eval loop reads code units,
and the specialiser rewrites hot instructions in place.
Bytecode, bytecode everywhere!""",
    "notes/empty.txt": "",
    "data/numbers.txt": "one two three two three three\nfour four four four",
}
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
STOP = frozenset("the and an a of in is to".split())


@lru_cache(maxsize=None)
def stem(word):
    for suffix in ("ing", "ly", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def write_corpus(root):
    for name, text in DOCS.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def index(root):
    postings = defaultdict(lambda: defaultdict(list))
    totals = Counter()
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        with path.open(encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                for m in WORD.finditer(line.lower()):
                    w = m.group()
                    if w in STOP:
                        continue
                    key = stem(w)
                    postings[key][rel].append(lineno)
                    totals[key] += 1
    return postings, totals


def main():
    with tempfile.TemporaryDirectory(prefix="word-index-") as tmp:
        root = Path(tmp)
        write_corpus(root)
        postings, totals = index(root)
        sizes = {p.relative_to(root).as_posix(): p.stat().st_size for p in sorted(root.rglob("*.*"))}
    print("files:", json.dumps(sizes, sort_keys=True))
    print("distinct stems:", len(postings), "occurrences:", sum(totals.values()))
    top = heapq.nlargest(5, totals.items(), key=lambda kv: (kv[1], kv[0]))
    for word, n in top:
        where = "; ".join(f"{f}:{','.join(map(str, lines))}" for f, lines in sorted(postings[word].items()))
        print(f"{word:>10} {n:2d}  {where}")
    rare = sorted(w for w, n in totals.items() if n == 1)
    print(textwrap.fill("hapax: " + ", ".join(rare), width=64, subsequent_indent="       "))
    by_file = OrderedDict()
    for word, files in sorted(postings.items()):
        for f in files:
            by_file.setdefault(f, set()).add(word)
    shared = reduce(lambda a, b: a & b, (s for f, s in by_file.items() if f.startswith("notes") or f == "intro.txt"))
    print("in every text file:", sorted(shared) or "nothing")
    print("cache:", stem.cache_info().hits > 0, stem("running"), stem("quickly"), stem("is"))
    report = {w: {"count": totals[w], "files": sorted(postings[w])} for w, _ in top[:3]}
    print(json.dumps(report, indent=1))


main()
