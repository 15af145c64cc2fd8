"""minivm's `_tokenize` (CPython's is its C tokenizer). `tokenize`'s pure-Python parts (`open`,
`detect_encoding`, `untokenize`) work over it; `TokenizerIter`, which `tokenize.tokenize` and
`generate_tokens` read tokens from, is not written yet and says so when used."""


class TokenizerIter:
    def __init__(self, readline, *, extra_tokens=False, encoding=None):
        raise NotImplementedError("minivm has no tokenizer yet: tokenize.tokenize() and generate_tokens() are not supported")
