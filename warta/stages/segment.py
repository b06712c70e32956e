"""segment.v1: sentences and tokens, by rules and per-language abbreviation lists.

Tokens: URLs, e-mail addresses and domains ("NDTV.com") whole; dotted abbreviations ("U.S.",
"a.m.", "M.Si.") whole; numbers with their separators whole ("50.000", "1,5", "06.14",
"12/11/2024"), also when glued to letters ("Rp1,5"); words with inner hyphens and apostrophes
("besar-besaran", "Ukraine's"); every other non-space character on its own.

Sentences end at ".", "!", "?" or "…" (with any closing quotes or brackets right after them)
when the next token starts a sentence: a capital, a digit or an opening quote or bracket. A
period does not end one after a listed abbreviation ("Jl.", "Kol.", "Nov."), after one listed
as ``numbered`` when a number follows ("No. 10"; but "No. Jack is innocent" is two sentences),
or after a single capital initial ("J. Smith"); nor does a dotted abbreviation ("U.S.",
"p.m."), whose last period is part of the token. A line break ends a sentence unless the next
line begins in lower case (a hard-wrapped line). A quotation holding two sentences is split
like any other text: the opening mark goes with the first, the closing mark with the last.

spaCy's rule-based sentencizer was measured first: it splits "Jl. Sudirman" and
"pergi. “Kami" wrongly, and its Indonesian tokenizer ran at 32k tokens/s here; these rules
run at about 1M.
"""

from __future__ import annotations

import re

from .. import lang as langdata
from ..doc import Doc, Span
from ..registry import stage
from ..settings import Settings

_TOKEN = re.compile(
    r"""
      https?://[^\s<>"“”]*[^\s<>"“”.,;:!?)\]]          # URL
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                       # e-mail
    | \w[\w-]*(?:\.[\w-]+)*\.(?:com|net|org|co|id|tv|info|news|int|gov|edu|uk|au|io)\b(?:/[^\s<>"“”]*[^\s<>"“”.,;:!?)\]])?   # domain
    | (?:[^\W\d_]{1,3}\.){2,}(?![^\W\d_])                # dotted abbreviation: U.S. a.m. M.Si.
    | (?:[^\W\d_]\.)[^\W\d_](?![\w.])                    # U.S without its last period
    | \d+(?:[.,:/]\d+)*                                   # number: 50.000 1,5 06.14 12/11/2024
    | \w+(?:(?:[-'’]|(?<=\d)[.,:/](?=\d))\w+)*            # word: besar-besaran Ukraine's Rp1,5
    | \.{2,} | -{2,}                                      # ellipsis, double dash
    | \S                                                  # anything else, one character
    """,
    re.VERBOSE | re.IGNORECASE,
)

_TERMINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSING = set("”’\"')]»")
_OPENING = set("“‘\"'([«")
_DASHES = set("-–—•")


class Segmenter:
    def __init__(self, settings: Settings):
        codes = [code for code in settings.languages if code in langdata.available("segment")]
        self.abbreviations = {code: frozenset(langdata.load(code, "segment")["abbreviations"]) for code in codes}
        self.numbered = {code: frozenset(langdata.load(code, "segment").get("numbered", [])) for code in codes}

    def tokens(self, text: str) -> list[Span]:
        return [m.span() for m in _TOKEN.finditer(text)]

    def sentences(self, text: str, tokens: list[Span], lang: str | None) -> list[Span]:
        abbreviations = self.abbreviations.get(lang or "", frozenset())
        numbered = self.numbered.get(lang or "", frozenset())
        sentences: list[Span] = []
        start = None
        n = len(tokens)
        i = 0
        while i < n:
            s, e = tokens[i]
            if start is None:
                start = s
            word = text[s:e]
            end_here = False
            last = i
            if word in _TERMINAL:
                if not self._abbreviation_before(text, tokens, i, abbreviations, numbered):
                    # take closing quotes and brackets glued to the terminal mark
                    while last + 1 < n and tokens[last + 1][0] == tokens[last][1] and (
                        text[tokens[last + 1][0] : tokens[last + 1][1]] in _CLOSING
                        or text[tokens[last + 1][0] : tokens[last + 1][1]] in _TERMINAL
                    ):
                        last += 1
                    end_here = last + 1 >= n or self._starts_sentence(text, tokens[last], tokens[last + 1])
            elif i + 1 < n and "\n" in text[e : tokens[i + 1][0]]:
                end_here = not text[tokens[i + 1][0]].islower()
            if end_here:
                sentences.append((start, tokens[last][1]))
                start = None
            i = last + 1
        if start is not None:
            sentences.append((start, tokens[-1][1]))
        return sentences

    @staticmethod
    def _abbreviation_before(
        text: str, tokens: list[Span], i: int, abbreviations: frozenset[str], numbered: frozenset[str]
    ) -> bool:
        if text[tokens[i][0] : tokens[i][1]] != "." or i == 0 or tokens[i - 1][1] != tokens[i][0]:
            return False
        previous = text[tokens[i - 1][0] : tokens[i - 1][1]]
        if previous in numbered:
            return i + 1 < len(tokens) and text[tokens[i + 1][0]].isdigit()
        return previous in abbreviations or (len(previous) == 1 and previous.isupper())

    @staticmethod
    def _starts_sentence(text: str, here: Span, following: Span) -> bool:
        gap = text[here[1] : following[0]]
        if not gap:
            return False
        if "\n" in gap:
            return True
        first = text[following[0]]
        return first.isupper() or first.isdigit() or first in _OPENING or first in _DASHES

    def __call__(self, doc: Doc) -> Doc:
        doc.tokens = self.tokens(doc.text)
        doc.sentences = self.sentences(doc.text, doc.tokens, doc.lang)
        return doc


@stage("segment.v1", requires=["doc.text", "doc.lang"], assigns=["doc.sentences", "doc.tokens"])
def make_segment(settings: Settings) -> Segmenter:
    return Segmenter(settings)
