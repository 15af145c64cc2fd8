"""Text: build a document from a seeded word generator, then split, count words in dicts,
normalise case, replace, join and format a report; dict- and str-heavy. Prints a checksum."""
# bench: 200000
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "so", "ta", "vi", "ze", "qu", "ar", "en"]


def words(count, seed):
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + state % 3
        word = ""
        for k in range(length):
            word += SYLLABLES[(state >> (4 * k + 3)) % len(SYLLABLES)]
        if state % 7 == 0:
            word = word.capitalize()
        yield word


def document(count):
    lines = []
    line = []
    for i, word in enumerate(words(count, 42)):
        line.append(word)
        if len(line) == 12:
            lines.append(" ".join(line) + ("." if i % 5 else ","))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def frequencies(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(".,").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def report(counts):
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    rows = [f"{word:>8} {count:5d}" for word, count in ranked[:10]]
    by_initial = {}
    for word, count in counts.items():
        by_initial.setdefault(word[0], []).append(count)
    summary = ", ".join(f"{k}={sum(v)}" for k, v in sorted(by_initial.items()))
    return "\n".join(rows), summary


def main(count):
    text = document(count)
    counts = frequencies(text)
    rows, summary = report(counts)
    print(rows)
    print(summary)
    replaced = text.replace("ka", "KA").upper().count("KA")
    vowels = sum(text.count(v) for v in "aeiou")
    print(len(text), len(counts), replaced, vowels, hash(text[:0]) == 0)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
