"""quotes.v1: direct quotes and claims, with speaker or claimant, stance, evidence and status."""

from __future__ import annotations

import pickle

import pytest

import warta

STAGES = {"stages": ["langid", "segment", "provenance", "entities", "places", "times", "quantities", "events", "quotes"]}


@pytest.fixture(scope="module")
def pipeline() -> warta.Pipeline:
    return warta.load(STAGES)


def read(pipeline: warta.Pipeline, text: str, lang: str) -> warta.Doc:
    return pipeline(pipeline.make_doc(text, lang=lang, published="2024-11-13"))


def who(doc: warta.Doc, person) -> str:
    """The words and the entity's name of a speaker or claimant, for matching."""
    if person is None:
        return ""
    words = doc.text[person.span[0] : person.span[1]] if person.span else ""
    entity = next((e.name for e in doc.entities if e.id == person.entity), "")
    return f"{words} | {entity}"


def items(doc: warta.Doc, kind: str) -> list[tuple[str, str, object]]:
    if kind == "quote":
        return [(doc.text[q.span[0] : q.span[1]], who(doc, q.speaker), q) for q in doc.quotes]
    return [(doc.text[c.content[0] : c.content[1]], who(doc, c.claimant), c) for c in doc.claims]


# (text, kind, words in the content, words in the speaker/claimant or their entity's name); written
# from Indonesian news patterns
INDONESIAN = [
    ("Kapolri Listyo Sigit Prabowo berkata: “Kami akan menindak tegas setiap pelaku kerusuhan.”", "quote", "menindak tegas", "Listyo Sigit"),
    ("“Situasi di perbatasan sudah kondusif,” ujar Panglima TNI Agus Subiyanto di Jakarta.", "quote", "sudah kondusif", "Agus Subiyanto"),
    ("“Kami tidak akan mundur sejengkal pun,” kata Presiden Ukraina Volodymyr Zelenskyy.", "quote", "tidak akan mundur", "Zelenskyy"),
    ("Menteri Luar Negeri Retno Marsudi tiba di Kairo pada Senin. “Bantuan harus segera masuk ke Gaza,” ujarnya.", "quote", "segera masuk", "Retno Marsudi"),
    ("Joko Widodo meninjau lokasi banjir di Demak. Ia berbicara dengan para pengungsi. “Pemerintah akan membangun tanggul baru,” katanya.", "quote", "tanggul baru", "Joko Widodo"),
    ("“Harga beras akan turun bulan depan,” tutur Menteri Perdagangan Zulkifli Hasan. “Stok kita cukup sampai akhir tahun.”", "quote", "Stok kita cukup", "Zulkifli Hasan"),
    ("Juru bicara Kremlin Dmitry Peskov mengatakan: “Operasi militer akan berlanjut.”", "quote", "akan berlanjut", "Peskov"),
    ("“Kami menemukan tiga korban di bawah reruntuhan,” kata seorang petugas SAR.", "quote", "tiga korban", "petugas SAR"),
    ("Sekretaris Jenderal PBB Antonio Guterres menyatakan bahwa gencatan senjata harus segera diberlakukan di Gaza.", "claim", "gencatan senjata", "Guterres"),
    ("Kementerian Pertahanan Rusia mengklaim bahwa pasukannya telah merebut desa Novomykhailivka.", "claim", "merebut desa", "Kementerian Pertahanan Rusia"),
    ("Pihak Israel membantah bahwa serangan itu menyasar rumah sakit.", "claim", "menyasar rumah sakit", "Israel"),
    ("Polisi mengatakan, pelaku penembakan sudah ditangkap di Bekasi.", "claim", "sudah ditangkap", "Polisi"),
    ("Menurut juru bicara militer Thailand, bentrokan di perbatasan menewaskan dua tentara.", "claim", "menewaskan dua tentara", "juru bicara militer Thailand"),
    ("Dua warga tewas dalam longsor di Cianjur, kata Kepala BPBD setempat.", "claim", "Dua warga tewas", "Kepala BPBD"),
    ("Rekaman video menunjukkan tentara Myanmar membakar rumah warga di Sagaing.", "claim", "membakar rumah", "Rekaman video"),
    ("Citra satelit memperlihatkan bahwa Korea Utara memperluas fasilitas nuklir Yongbyon.", "claim", "memperluas fasilitas", "Citra satelit"),
    ("Badan Meteorologi memperingatkan bahwa hujan lebat dapat memicu banjir di Jakarta.", "claim", "memicu banjir", "Badan Meteorologi"),
    ("Seorang pejabat Filipina mengungkapkan bahwa kapal China menembakkan meriam air ke kapal patroli.", "claim", "meriam air", "pejabat Filipina"),
    ("Gubernur Papua menegaskan bahwa situasi keamanan di Wamena sudah pulih.", "claim", "sudah pulih", "Gubernur Papua"),
    ("Kementerian Kesehatan Gaza melaporkan bahwa korban tewas mencapai 40 ribu orang.", "claim", "korban tewas", "Kementerian Kesehatan Gaza"),
    ("Presiden Prabowo Subianto mengatakan bahwa Indonesia siap mengirim pasukan perdamaian.", "claim", "siap mengirim", "Prabowo"),
    ("Dokumen yang bocor menunjukkan bahwa militer merencanakan operasi di Rakhine.", "claim", "merencanakan operasi", "Dokumen"),
    ("Panglima militer Sudan mengonfirmasi bahwa pasukannya menguasai istana presiden.", "claim", "menguasai istana", "militer Sudan"),
    ("Wali Kota Kharkiv mengatakan bahwa drone Rusia menghantam gedung apartemen.", "claim", "menghantam gedung", "Wali Kota Kharkiv"),
    ("Juru bicara Hamas menyatakan bahwa perundingan di Doha menemui jalan buntu.", "claim", "jalan buntu", "Juru bicara Hamas"),
    ("Warga setempat menuturkan bahwa suara tembakan terdengar sepanjang malam.", "claim", "suara tembakan", "Warga setempat"),
    ("Kepala Staf Angkatan Darat menjelaskan bahwa prajurit itu gugur saat patroli.", "claim", "gugur saat patroli", "Kepala Staf Angkatan Darat"),
    ("Kelompok pemberontak mengklaim bahwa mereka menembak jatuh helikopter militer.", "claim", "menembak jatuh", "Kelompok pemberontak"),
    ("Pemerintah Australia menyebutkan bahwa kapal itu memasuki perairan Indonesia secara ilegal.", "claim", "memasuki perairan", "Pemerintah Australia"),
    ("Saksi mata mengatakan bahwa ledakan terjadi tak lama setelah salat Jumat.", "claim", "ledakan terjadi", "Saksi mata"),
    ("Sementara itu, Deputi Statistik Sosial BPS, Ateng Hartono, mengatakan, angka kemiskinan turun menjadi 8 persen.", "claim", "angka kemiskinan turun", "Ateng Hartono"),
    # a quote inside a quote: the outer speaker's
    ("“Ayah saya selalu berpesan, ‘jangan pernah tinggalkan kampung ini’, dan saya akan bertahan,” kata Yohanes Wenda, warga Nduga.",
     "quote", "jangan pernah tinggalkan", "Yohanes Wenda"),
]


ENGLISH = [
    ('"We will not retreat," Zelenskyy said on Tuesday.', "quote", "will not retreat", "Zelenskyy"),
    ("“The situation is critical,” said Jens Stoltenberg, NATO's secretary general.", "quote", "is critical", "Stoltenberg"),
    ('Defence Minister Richard Marles said: "Australia stands with its partners."', "quote", "stands with its partners", "Marles"),
    ("Antony Blinken arrived in Cairo on Monday. He met the foreign minister. “A ceasefire is within reach,” he said.", "quote", "within reach", "Blinken"),
    ('"We need more air defence," Zelenskyy told reporters. "Every day without it costs lives."', "quote", "costs lives", "Zelenskyy"),
    ("“I have never seen anything like this,” a Ukrainian commander said.", "quote", "never seen anything", "Ukrainian commander"),
    ("“We ask for peace and nothing else.” ― Maria Lopez", "quote", "ask for peace", "Maria Lopez"),
    ('"The strike killed at least 12 people," the regional governor said in a statement.', "quote", "killed at least 12", "regional governor"),
    ("Ukrainian officials said that Russian forces shelled Kherson overnight.", "claim", "shelled Kherson", "Ukrainian officials"),
    ("The Pentagon confirmed that two U.S. service members were wounded in the attack.", "claim", "were wounded", "Pentagon"),
    ("Moscow denied that its troops had targeted civilians in Kharkiv.", "claim", "targeted civilians", "Moscow"),
    ("The army said it had killed 20 militants in the operation.", "claim", "killed 20 militants", "army"),
    ("Russian forces shelled Kherson overnight, Ukrainian officials said.", "claim", "shelled Kherson", "Ukrainian officials"),
    ("According to the United Nations, more than 1.5 million people have fled Rafah.", "claim", "have fled Rafah", "United Nations"),
    ("More than 1.5 million people have fled Rafah, according to the United Nations.", "claim", "have fled Rafah", "United Nations"),
    ("Satellite images show that the airbase was badly damaged.", "claim", "badly damaged", "Satellite images"),
    ("Video footage showed soldiers beating detainees in Bucha.", "claim", "beating detainees", "Video footage"),
    ("The Kremlin warned that any attack on Russian soil would be met with force.", "claim", "met with force", "Kremlin"),
    ("Health officials estimated that 300 people were injured.", "claim", "300 people", "Health officials"),
    ("Hamas claimed that it had fired rockets at Tel Aviv.", "claim", "fired rockets", "Hamas"),
    ("Johnnie Wilson, of Springfield, Virginia, said he had fought in Vietnam.", "claim", "fought in Vietnam", "Johnnie Wilson"),
    ("Clinton said Trump had never paid federal income taxes.", "claim", "never paid", "Clinton"),
    ("The ministry reported that the dam had been breached.", "claim", "been breached", "ministry"),
    ("Witnesses told reporters that the blast shook the whole district.", "claim", "blast shook", "Witnesses"),
    ("The governor acknowledged that the evacuation had started too late.", "claim", "started too late", "governor"),
    ("Israel's military said it struck Hezbollah targets in southern Lebanon.", "claim", "struck Hezbollah targets", "military"),
    ("Police said the suspect was arrested near the border.", "claim", "was arrested", "Police"),
    ("A leaked document shows that the plan was approved in March.", "claim", "was approved", "document"),
    ("The UN envoy insisted that talks would resume next week.", "claim", "talks would resume", "UN envoy"),
    ("Residents say the water supply was cut off three days ago.", "claim", "water supply", "Residents"),
    ("Ted Cruz urged delegates to vote their conscience and said he was standing on principle.", "claim", "standing on principle", "Cruz"),
    ("Clinton pledged to push for a constitutional amendment on campaign finance.", "claim", "push for a constitutional amendment", "Clinton"),
    # a quote inside a quote: the outer speaker's
    ("“The commander told us, ‘Hold the bridge until dawn,’ and we did,” said Oleksandr Hrytsenko, a platoon sergeant.",
     "quote", "Hold the bridge", "Oleksandr Hrytsenko"),
    # typewriter quotes, as wire archives write them
    ("''The ceasefire is holding for now,'' said Ahmed Yusuf, a spokesman for the council.", "quote", "ceasefire is holding", "Ahmed Yusuf"),
    # a question in quotes does not end the sentence; a long speaker; marks that do not match
    ("“Who will pay for the reconstruction of Mariupol?” the mayor asked.", "quote", "pay for the reconstruction", "mayor"),
    ('"The shelling went on all night," the head of the regional military administration said.', "quote",
     "shelling went on all night", "regional military administration"),
    ('"We have no water and no power,” said Olena Kovalenko, a teacher in Kherson.', "quote", "no water and no power",
     "Olena Kovalenko"),
    # a party label in brackets belongs to the name; a day between the cue and what is said
    ("Senator Lindsey Graham (R-S.C.) said the sanctions had failed to change Moscow's course.", "claim",
     "sanctions had failed", "Lindsey Graham"),
    ("The defence ministry said Tuesday its forces had shot down 12 drones over the Black Sea.", "claim",
     "shot down 12 drones", "defence ministry"),
    # whom, where and when it was said stand between the cue and its "that"
    ("The senator told a crowd in Cleveland on Friday that the ceasefire would not hold.", "claim",
     "ceasefire would not hold", "senator"),
    # an inserted attribution with its source
    ("Exports fell by a third, the ministry said in a report on Monday, and imports doubled.", "claim",
     "Exports fell by a third", "ministry"),
    # whom one speaks to is not what is said
    ("The minister told the BBC the talks would resume on Monday.", "claim", "the talks would resume", "minister"),
    # a name and its apposition open the sentence: the content follows the cue
    ("Maria Santos, a researcher at the Institute for Security Studies in Pretoria, said the attacks were likely to spread.",
     "claim", "attacks were likely to spread", "Maria Santos"),
    # a name and a colon open the paragraph: a headline's or a transcript's attribution
    ("Zelenskyy: Ukraine will not give up a single village in the east\n\nKyiv is preparing for winter.", "claim",
     "will not give up", "Zelenskyy"),
    # the claimant and the cue set off by commas inside what is said
    ("The new museum, the governor said, would open to visitors next spring.", "claim", "would open to visitors", "governor"),
    # "that" of a relative clause is not the cue's
    ("She says the governor represents the same system that he promised to dismantle.", "claim", "governor represents", "She"),
]


CASES = [("id", *case) for case in INDONESIAN] + [("en", *case) for case in ENGLISH]


@pytest.mark.parametrize("lang, text, kind, content, person", CASES, ids=[f"{c[0]}-{c[1][:40]}" for c in CASES])
def test_quotes_news_sentences(pipeline: warta.Pipeline, lang: str, text: str, kind: str, content: str, person: str) -> None:
    doc = read(pipeline, text, lang)
    found = [(words, speaker) for words, speaker, _ in items(doc, kind) if content in words]
    assert found, f"no {kind} with {content!r}: {[w for w, _, _ in items(doc, kind)]}"
    assert any(person in speaker for _, speaker in found), found


@pytest.mark.parametrize(
    "text, lang, stance, status, evidence",
    [
        ("Pihak Israel membantah bahwa serangan itu menyasar rumah sakit.", "id", "denies", "denied", None),
        ("Gubernur Donetsk menyatakan bahwa kerusakan bendungan dapat membahayakan penduduk.", "id", "asserts", "hypothetical", None),
        ("Rekaman audio menunjukkan bahwa pasukan itu menerima perintah mundur.", "id", "shows", "asserted", "recording"),
        ("The Pentagon confirmed that two soldiers were wounded.", "en", "confirms", "asserted", None),
        ("Satellite images show that the airbase was damaged.", "en", "shows", "asserted", "satellite image"),
        ("Officials warned that the dam could collapse.", "en", "warns", "hypothetical", None),
    ],
)
def test_quotes_claim_stance_status_evidence(pipeline: warta.Pipeline, text: str, lang: str, stance: str, status: str, evidence: str | None) -> None:
    claim = read(pipeline, text, lang).claims[0]
    assert (claim.stance, claim.status, claim.evidence) == (stance, status, evidence)


def test_quotes_scare_quotes_and_names_are_not_quotes(pipeline: warta.Pipeline) -> None:
    doc = read(pipeline, "Pasukan yang dikenal dengan kode “Batalion K” tiba di Kursk. The so-called “special operation” began.", "id")
    assert doc.quotes == []


def test_quotes_events_inside_a_claim_are_claimed_and_linked(pipeline: warta.Pipeline) -> None:
    doc = read(pipeline, "Pihak Ukraina mengonfirmasi bahwa Rusia telah mengerahkan 50 ribu pasukan di Kursk.", "id")
    claim = doc.claims[0]
    mobilize = next(e for e in doc.events if e.type == "MOBILIZE")
    assert (mobilize.status, mobilize.claim) == ("claimed", claim.id)


def test_quotes_hedged_event_inside_a_claim_stays_hypothetical(pipeline: warta.Pipeline) -> None:
    doc = read(pipeline, "Pejabat Ukraina mengatakan bahwa Rusia dapat menyerang Kyiv pekan depan.", "id")
    attack = next(e for e in doc.events if e.type == "ASSAULT")
    assert attack.status == "hypothetical" and attack.claim == doc.claims[0].id


def test_quotes_not_knowing_is_no_assertion(pipeline: warta.Pipeline) -> None:
    doc = read(pipeline, "Officials do not know who attacked the convoy near Gao.", "en")
    assert [c.status for c in doc.claims] == ["hypothetical"]
    [attack] = [e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "attacked"]
    assert attack.status not in ("asserted", "claimed")


def test_quotes_a_denial_denies_the_event_inside(pipeline: warta.Pipeline) -> None:
    doc = read(pipeline, "Moscow denied that its forces attacked the hospital in Kyiv.", "en")
    assert [e.status for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "attacked"] == ["denied"]


@pytest.mark.parametrize(
    "text, stance",
    [
        ("The European Union urged both sides to halt the shelling of the power plant.", "demands"),
        ("Several Republican senators backed the strikes on militia bases in Syria.", "supports"),
        ("The prime minister pledged to rebuild every school destroyed in the fighting.", "intends"),
    ],
)
def test_quotes_a_position_taken_is_a_claim_whose_events_are_not_claimed(pipeline: warta.Pipeline, text: str, stance: str) -> None:
    """PolNeAR-style positions ("urged", "backed", "pledged") are claims with their own stance, but
    what they name is wanted, backed or promised: an event inside is not marked as claimed."""
    doc = read(pipeline, text, "en")
    assert [c.stance for c in doc.claims] == [stance]
    content = doc.claims[0].content
    inside = [e for e in doc.events if e.trigger and content[0] <= e.trigger[0] < content[1]]
    assert inside, [doc.text[e.trigger[0] : e.trigger[1]] for e in doc.events]
    assert all(e.claim is None and e.status != "claimed" for e in inside)


def test_quotes_ids_json_and_pickle(pipeline: warta.Pipeline) -> None:
    text = '"We will hold the line," Zelenskyy said. Officials said that Russian forces shelled Kherson.'
    doc = read(pipeline, text, "en")
    assert [q.id for q in doc.quotes] == ["U1"] and [c.id for c in doc.claims] == ["C1"]
    again = warta.Doc.from_json(doc.to_json())
    assert (again.quotes, again.claims) == (doc.quotes, doc.claims)
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone(clone.make_doc(text, lang="en", published="2024-11-13")).claims == doc.claims


def test_quotes_nothing_in_plain_text(pipeline: warta.Pipeline) -> None:
    doc = read(pipeline, "Cuaca di Bandung cerah sepanjang hari.", "id")
    assert doc.quotes == [] and doc.claims == []
