"""warta.numbers: numbers in digits and words, Indonesian and English."""

from __future__ import annotations

from decimal import Decimal

import pytest

from warta import lang as langdata
from warta import numbers
from warta.settings import Settings
from warta.stages.segment import Segmenter


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    return Segmenter(Settings())


def read(segmenter: Segmenter, text: str, lang: str, i: int = 0) -> tuple[str, int | float] | None:
    """The words ``match`` took from token ``i``, and their value."""
    tokens = segmenter.tokens(text)
    found = numbers.match(text, tokens, i, lang)
    if found is None:
        return None
    j, value = found
    return text[tokens[i][0] : tokens[j - 1][1]], value


@pytest.mark.parametrize(
    "text, words, value",
    [
        # digits with Indonesian separators: "." groups thousands, "," marks decimals
        ("50.000 orang", "50.000", 50000),
        ("1,5 persen", "1,5", 1.5),
        ("1.250.000 jiwa", "1.250.000", 1250000),
        ("1.250.000,75 rupiah", "1.250.000,75", 1250000.75),
        ("0,5 persen", "0,5", 0.5),
        ("12 orang", "12", 12),
        # digits and a multiplier
        ("50 ribu pasukan", "50 ribu", 50000),
        ("1,5 juta jiwa", "1,5 juta", 1500000),
        ("2 miliar rupiah", "2 miliar", 2000000000),
        ("3 triliun", "3 triliun", 3000000000000),
        ("2,4 milyar", "2,4 milyar", 2400000000),
        ("50 rb", "50 rb", 50000),
        ("50rb", "50rb", 50000),
        ("2 juta 500 ribu", "2 juta 500 ribu", 2500000),
        # words
        ("lima puluh ribu tentara", "lima puluh ribu", 50000),
        ("dua juta warga", "dua juta", 2000000),
        ("sebelas orang", "sebelas", 11),
        ("dua belas prajurit", "dua belas", 12),
        ("seratus", "seratus", 100),
        ("seribu", "seribu", 1000),
        ("sejuta", "sejuta", 1000000),
        ("setengah", "setengah", 0.5),
        ("setengah juta", "setengah juta", 500000),
        ("satu setengah juta", "satu setengah juta", 1500000),
        ("tiga ratus lima puluh", "tiga ratus lima puluh", 350),
        ("dua ratus lima puluh ribu", "dua ratus lima puluh ribu", 250000),
        ("dua juta lima ratus ribu", "dua juta lima ratus ribu", 2500000),
        ("seribu lima ratus", "seribu lima ratus", 1500),
        ("sepuluh ribu", "sepuluh ribu", 10000),
        ("dua puluh lima", "dua puluh lima", 25),
        ("Tiga orang", "Tiga", 3),
        # two numbers side by side are two numbers
        ("dua tiga", "dua", 2),
    ],
)
def test_numbers_indonesian(segmenter: Segmenter, text: str, words: str, value: float) -> None:
    assert read(segmenter, text, "id") == (words, value)


@pytest.mark.parametrize(
    "text, words, value",
    [
        ("50,000 troops", "50,000", 50000),
        ("1.5 percent", "1.5", 1.5),
        ("1,250,000.75 dollars", "1,250,000.75", 1250000.75),
        ("10 million", "10 million", 10000000),
        ("1.2 billion", "1.2 billion", 1200000000),
        ("2.5bn", "2.5bn", 2500000000),
        ("3 trillion", "3 trillion", 3000000000000),
        ("fifty thousand", "fifty thousand", 50000),
        ("two hundred and fifty soldiers", "two hundred and fifty", 250),
        ("one hundred and twenty thousand", "one hundred and twenty thousand", 120000),
        ("a hundred and fifty", "a hundred and fifty", 150),
        ("twenty-five people", "twenty-five", 25),
        ("Twenty-five people", "Twenty-five", 25),
        ("twenty five", "twenty five", 25),
        ("twenty-five thousand", "twenty-five thousand", 25000),
        ("a dozen soldiers", "a dozen", 12),
        ("two dozen", "two dozen", 24),
        ("half a dozen", "half a dozen", 6),
        ("a million people", "a million", 1000000),
        ("half a million", "half a million", 500000),
        ("one and a half million", "one and a half million", 1500000),
        ("two and a half", "two and a half", 2.5),
        ("one", "one", 1),
        ("eleven", "eleven", 11),
        # "and" joins only what follows a hundred or a thousand
        ("five and six", "five", 5),
        ("nineteen ninety", "nineteen", 19),
    ],
)
def test_numbers_english(segmenter: Segmenter, text: str, words: str, value: float) -> None:
    assert read(segmenter, text, "en") == (words, value)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("a man", "en"),           # "a" alone is not a number
        ("a", "en"),
        ("thousand", "en"),        # a multiplier needs something to multiply
        ("ribu", "id"),
        ("10.30", "id"),           # a clock time, not 10.3: "." groups thousands in Indonesian
        ("06.14", "id"),
        ("06.14", "en"),           # a group starting with 0
        ("1,5", "en"),             # "," groups thousands in English
        ("12/11", "id"),           # a date
        ("10:30", "en"),           # a time
        ("well-known", "en"),
        ("two-thirds", "en"),
        ("MH17", "id"),
        ("kata", "id"),
    ],
)
def test_numbers_no_number(segmenter: Segmenter, text: str, lang: str) -> None:
    assert read(segmenter, text, lang) is None


def test_numbers_match_starts_at_the_given_token(segmenter: Segmenter) -> None:
    text = "Rusia mengerahkan 50 ribu pasukan"
    tokens = segmenter.tokens(text)
    assert numbers.match(text, tokens, 0, "id") is None
    assert numbers.match(text, tokens, 2, "id") == (4, 50000)
    assert numbers.match(text, tokens, 3, "id") is None  # "ribu" alone
    assert numbers.match(text, tokens, len(tokens), "id") is None


def test_numbers_never_cross_a_line_or_punctuation(segmenter: Segmenter) -> None:
    for text, lang in [("50\nribu", "id"), ("50, ribu", "id"), ("two\nhundred", "en"), ("fifty. thousand", "en")]:
        tokens = segmenter.tokens(text)
        assert numbers.match(text, tokens, 0, lang)[0] == 1, text


def test_numbers_values_are_exact(segmenter: Segmenter) -> None:
    # Decimal arithmetic: 1.2 x 10^9 is exactly 1200000000, an int
    text = "1.2 billion"
    value = numbers.match(text, segmenter.tokens(text), 0, "en")[1]
    assert value == 1200000000 and isinstance(value, int)
    text = "1,5"
    value = numbers.match(text, segmenter.tokens(text), 0, "id")[1]
    assert value == 1.5 and isinstance(value, float)


@pytest.mark.parametrize(
    "word, lang, value",
    [
        ("1,250,000", "id", Decimal(1250000)),  # marks that can only group thousands
        ("1.250.000", "en", Decimal(1250000)),
        ("50.000", "id", Decimal(50000)),
        ("50,000", "en", Decimal(50000)),
        ("1,250,5", "id", None),
        ("1..5", "en", None),
        ("1.", "en", None),
        ("01.250", "id", None),
    ],
)
def test_numbers_digits(word: str, lang: str, value: Decimal | None) -> None:
    assert numbers.digits(word, lang) == value


def test_numbers_parse_reports_the_multiplier_and_words(segmenter: Segmenter) -> None:
    text = "15 ribu"
    found = numbers.parse(text, segmenter.tokens(text), 0, "id")
    assert (found.end, found.value, found.scale, found.words) == (2, Decimal(15000), 1000, True)
    text = "15"
    found = numbers.parse(text, segmenter.tokens(text), 0, "id")
    assert (found.scale, found.words) == (None, False)


def test_numbers_extra_multipliers_glued_after_a_currency(segmenter: Segmenter) -> None:
    text = "10m"
    tokens = segmenter.tokens(text)
    assert numbers.match(text, tokens, 0, "en") == (1, 10)  # "m" alone could be metres
    found = numbers.parse(text, tokens, 0, "en", glued={"m": Decimal(1000000)})
    assert (found.end, found.number) == (2, 10000000)


@pytest.mark.parametrize("code", ["id", "en"])
def test_numbers_data_is_well_formed(code: str) -> None:
    assert code in langdata.available("numbers")
    data = langdata.load(code, "numbers")
    assert {data["thousands"], data["decimal"]} == {".", ","}
    table = numbers.words(code)
    for word, (kind, value) in table.items():
        assert word == word.lower() and " " not in word, word
        assert value >= 0, word
