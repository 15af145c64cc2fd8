ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def caesar(text, shift):
    out = []
    for ch in text:
        lower = ch.lower()
        if lower in ALPHABET:
            c = ALPHABET[(ALPHABET.index(lower) + shift) % 26]
            out.append(c.upper() if ch.isupper() else c)
        else:
            out.append(ch)
    return "".join(out)


def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.lower() in ALPHABET:
            shift = ALPHABET.index(key[k % len(key)])
            out.append(caesar(ch, -shift if decrypt else shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def rle_encode(s):
    if not s:
        return ""
    out, prev, count = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


def letter_freq(text):
    counts = {}
    for ch in text.lower():
        if ch in ALPHABET:
            counts[ch] = counts.get(ch, 0) + 1
    return counts


def crack_caesar(cipher):
    english = "etaoinshrdlu"
    best = None
    for shift in range(26):
        plain = caesar(cipher, -shift)
        freq = letter_freq(plain)
        score = sum(freq.get(c, 0) * (12 - i) for i, c in enumerate(english)) if False else sum([freq.get(c, 0) * (12 - i) for i, c in enumerate(english)])
        if best is None or score > best[0]:
            best = (score, shift, plain)
    return best[1], best[2]


def anagram_groups(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return sorted([sorted(g) for g in groups.values() if len(g) > 1])


def is_palindrome(s):
    clean = [c.lower() for c in s if c.isalnum()]
    return clean == clean[::-1]


def atbash(text):
    table = {a: b for a, b in zip(ALPHABET, ALPHABET[::-1])}
    return "".join(table.get(c, table.get(c.lower(), c).upper() if c.isupper() else c) for c in text) if False else "".join([table[c] if c in table else (table[c.lower()].upper() if c.lower() in table else c) for c in text])


message = "Attack at Dawn! The eagle lands at 0600, bring 3 maps."
for shift in (1, 13, 25):
    enc = caesar(message, shift)
    print(f"caesar {shift:2d}: {enc}  roundtrip={caesar(enc, -shift) == message}")
enc = vigenere(message, "lemon")
print("vigenere:", enc)
print("decrypted:", vigenere(enc, "lemon", decrypt=True))
print("atbash:", atbash(message), "twice:", atbash(atbash(message)) == message)
secret = caesar("the quick brown fox jumps over the lazy dog and keeps running", 7)
print("cracked:", crack_caesar(secret))
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc", ""]:
    enc = rle_encode(s)
    print(f"rle {s[:12]!r:<16} -> {enc!r} ok={rle_decode(enc) == s}")
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "inlets"]
print("anagrams:", anagram_groups(words))
for p in ["A man, a plan, a canal: Panama", "race a car", "No 'x' in Nixon", ""]:
    print(repr(p), is_palindrome(p))
print(sorted(letter_freq(message).items(), key=lambda kv: (-kv[1], kv[0]))[:6])
