"""langid.v1: the report's language (ISO 639-1) and a confidence, or a clear rejection.

py3langid ranks all of its 97 languages over the first ``langid_chars`` characters. The report
is read in the best supported language (``languages``), counting close relatives it stands for
(``language_relatives``: Malay for Indonesian); if an unsupported language outranks them, the
report is rejected as ``UnsupportedLanguage``. A language given by the caller or the record is
checked against ``languages`` and not second-guessed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import lang as langdata
from ..doc import Doc
from ..errors import UnsupportedLanguage
from ..registry import stage
from ..settings import Settings

_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _name(code: str) -> str:
    return langdata.load("xx", "languages")["names"].get(code, code)


class LangId:
    def __init__(self, settings: Settings):
        self.languages = tuple(settings.languages)
        self.relatives = dict(settings.language_relatives)
        self.chars = settings.langid_chars

    def supported(self) -> str:
        return ", ".join(f"{code} ({_name(code)})" for code in self.languages)

    def __call__(self, doc: Doc) -> Doc:
        name = doc.input.name or doc.id
        if doc.lang is not None:
            given = doc.lang.strip().lower()
            if given not in self.languages:
                raise UnsupportedLanguage(
                    name, f"the language given, {doc.lang!r}, is not one warta reads; it reads {self.supported()}"
                )
            doc.lang, doc.lang_confidence = given, None
            return doc
        sample = doc.text[: self.chars]
        if not _LETTER.search(sample):
            raise UnsupportedLanguage(
                name, "there are no words to tell the language by; give the language with --lang if this is a report"
            )
        ranked = _identifier().rank(sample)
        scores: dict[str, float] = {}
        for code, prob in ranked:
            target = code if code in self.languages else self.relatives.get(code)
            if target in self.languages:
                scores[target] = scores.get(target, 0.0) + float(prob)
        best = max(self.languages, key=lambda code: (scores.get(code, 0.0), -self.languages.index(code)))
        top_code, top_prob = ranked[0]
        if top_code not in self.languages and self.relatives.get(top_code) not in self.languages and top_prob > scores.get(best, 0.0):
            raise UnsupportedLanguage(
                name,
                f"the text reads as {_name(top_code)} ({top_code}, confidence {top_prob:.2f}); warta reads "
                f"{self.supported()}. If the language was misread, give it with --lang",
            )
        doc.lang, doc.lang_confidence = best, round(min(scores.get(best, 0.0), 1.0), 4)
        return doc


@stage("langid.v1", requires=["doc.text"], assigns=["doc.lang", "doc.lang_confidence"])
def make_langid(settings: Settings) -> LangId:
    return LangId(settings)
