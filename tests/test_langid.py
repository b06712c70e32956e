"""langid: ISO 639-1 and a confidence, or a clear "unsupported language"."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import warta
from warta.errors import UnsupportedLanguage

from .conftest import DETIK, GUARDIAN


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Pasukan Ukraina berhasil menahan serangan besar-besaran dari pihak Rusia di wilayah Kursk.", "id"),
        ("Presiden menegaskan pentingnya pengendalian inflasi dalam sidang kabinet di Istana Negara.", "id"),
        ("Polisi mengamankan puluhan orang usai unjuk rasa di depan Gedung DPR, Jakarta.", "id"),
        ("Kerajaan Malaysia akan meneruskan usaha diplomasi bagi menyelesaikan pertikaian sempadan itu.", "id"),
        ("Ukrainian forces repelled a large-scale Russian assault in the Kursk region, officials said.", "en"),
        ("The prime minister confirmed the government is working with the Red Cross on the evacuation.", "en"),
        ("Protesters gathered outside parliament on Thursday as police fired tear gas.", "en"),
    ],
)
def test_langid_reads_supported_languages(text: str, lang: str) -> None:
    doc = warta.extract(text)
    assert doc.lang == lang
    assert 0.5 <= doc.lang_confidence <= 1.0


@pytest.mark.parametrize(
    "text, code",
    [
        ("Российские войска обстреляли Харьков ночью, сообщил губернатор области.", "ru"),
        ("Російські війська обстріляли Харків уночі, повідомив голова обласної адміністрації.", "uk"),
        ("Les forces russes ont bombardé Kharkiv dans la nuit, a annoncé le gouverneur régional.", "fr"),
        ("Die russischen Truppen haben Charkiw in der Nacht beschossen, teilte der Gouverneur mit.", "de"),
        ("قصفت القوات الروسية مدينة خاركيف ليلا، بحسب ما أعلنه حاكم المنطقة.", "ar"),
    ],
)
def test_langid_rejects_unsupported_languages_with_their_name(text: str, code: str) -> None:
    with pytest.raises(UnsupportedLanguage, match=rf"reads as .* \({code}, confidence"):
        warta.extract(text)


def test_langid_rejects_text_without_words() -> None:
    with pytest.raises(UnsupportedLanguage, match="no words to tell the language by"):
        warta.extract("12.345 -- 67/89 ... 2024")


def corpus_languages(path: Path) -> Counter:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    for record in records:
        record.pop("lang", None)  # identify, do not trust the field
    pipeline = warta.load({"stages": ["langid"]})
    return Counter(o.lang if isinstance(o, warta.Doc) else o.code for o in pipeline.pipe(records))


@pytest.mark.parametrize("path, lang", [(DETIK, "id"), (GUARDIAN, "en")])
def test_langid_on_real_corpora_is_right_for_99_percent(path: Path, lang: str) -> None:
    counts = corpus_languages(path)
    assert counts[lang] / sum(counts.values()) >= 0.99, counts
