TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way - in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.
"""

STOP = {"the", "of", "it", "was", "we", "to", "in", "or", "for", "on", "its", "so", "that", "all", "had"}


def normalize(word):
    word = word.lower()
    out = ""
    for ch in word:
        if ch.isalpha() or ch == "'":
            out += ch
    return out


def tokenize(text):
    words = []
    for raw in text.split():
        w = normalize(raw)
        if w:
            words.append(w)
    return words


def frequencies(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def top(counts, n, skip=()):
    items = [(w, c) for w, c in counts.items() if w not in skip]
    items.sort(key=lambda wc: (-wc[1], wc[0]))
    return items[:n]


def histogram(pairs, width=30):
    if not pairs:
        return []
    peak = max(c for _, c in pairs)
    lines = []
    for word, count in pairs:
        bar = "#" * max(1, round(count / peak * width))
        lines.append(f"{word:>12} | {bar:<{width}} | {count:3d}")
    return lines


def sentence_lengths(text):
    sentences = []
    current = []
    for token in text.replace("\n", " ").split(" "):
        if not token:
            continue
        current.append(token)
        if token.endswith((".", "!", "?")):
            sentences.append(len(current))
            current = []
    if current:
        sentences.append(len(current))
    return sentences


def letter_profile(words):
    letters = {}
    total = 0
    for w in words:
        for ch in w:
            if ch.isalpha():
                letters[ch] = letters.get(ch, 0) + 1
                total += 1
    return {ch: round(100 * n / total, 2) for ch, n in sorted(letters.items())}, total


def bigrams(words):
    pairs = {}
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        pairs[key] = pairs.get(key, 0) + 1
    return pairs


def main():
    words = tokenize(TEXT)
    counts = frequencies(words)
    print(f"words: {len(words)}, distinct: {len(counts)}")
    print("top words:")
    for line in histogram(top(counts, 8)):
        print(line)
    print("top content words:")
    for line in histogram(top(counts, 6, STOP), 20):
        print(line)
    lengths = sentence_lengths(TEXT)
    print("sentences:", lengths, "average %.2f" % (sum(lengths) / len(lengths)))
    profile, total = letter_profile(words)
    common = sorted(profile.items(), key=lambda kv: -kv[1])[:5]
    print("letters:", total, common)
    print("vowel share: {:.1%}".format(sum(profile.get(v, 0) for v in "aeiou") / 100))
    grams = top(bigrams(words), 5)
    print("bigrams:", ", ".join(f"{g!r}x{n}" for g, n in grams))
    longest = max(counts, key=lambda w: (len(w), w))
    print("longest word:", longest, len(longest))
    by_length = {}
    for w in counts:
        by_length.setdefault(len(w), []).append(w)
    for n in sorted(by_length)[-3:]:
        print(n, sorted(by_length[n]))
    initials = {w[0] for w in counts}
    print("initials:", "".join(sorted(initials)), len(initials))
    print("palindromes:", sorted(w for w in counts if len(w) > 1 and w == w[::-1]) if False else sorted([w for w in counts if len(w) > 1 and w == w[::-1]]))


main()
