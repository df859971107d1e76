"""Tests of the knowledge base: data integrity, lookups, dated role holders, adjectives, titles."""

from __future__ import annotations

from collections import Counter

import pytest

from xronika.kb import KBEntry, KnowledgeBase, Role, load_kb, normalize_name
from xronika.kb.loader import DATA_DIR, DATA_FILES

ISO_DATE_PREFIX = ("19", "20")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def test_load_kb_is_a_cached_singleton() -> None:
    assert load_kb() is load_kb()


@pytest.mark.parametrize("file_name", DATA_FILES)
def test_every_data_file_names_its_source(file_name: str) -> None:
    first_line = (DATA_DIR / file_name).read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith("# Source: ") and len(first_line) > 30


def test_counts(kb: KnowledgeBase) -> None:
    countries = [entry for entry in kb.entries.values() if entry.code]
    assert len(countries) >= 240
    persons = [entry for entry in kb.entries.values() if entry.type == "PER"]
    role_count = sum(len(person.roles) for person in persons)
    assert role_count >= 300
    iso_countries_with_officials = {role.country for person in persons for role in person.roles
                                    if role.country and kb.country(role.country)}
    assert len(iso_countries_with_officials) >= 45


def test_ids_are_unique_and_prefixed(kb: KnowledgeBase) -> None:
    prefixes = {"country", "city", "region", "loc", "org", "fac", "per"}
    for entry_id, entry in kb.entries.items():
        assert entry.id == entry_id
        assert entry_id.split(":", 1)[0] in prefixes
        assert entry_id.isascii()
        assert entry.type in {"PER", "GPE", "LOC", "ORG", "FAC"}


def test_every_country_reference_is_known(kb: KnowledgeBase) -> None:
    for entry in kb.entries.values():
        if entry.country:
            assert kb.country(entry.country) is not None, entry.id
        if entry.capital:
            capital = kb.get(entry.capital)
            assert capital is not None and capital.type == "GPE", entry.id


def test_role_dates_are_iso_and_ordered(kb: KnowledgeBase) -> None:
    for entry in kb.entries.values():
        for role in entry.roles:
            for date in (role.start, role.end):
                assert date is None or date.startswith(ISO_DATE_PREFIX), entry.id
            if role.start and role.end:
                assert role.start <= role.end, entry.id


@pytest.mark.parametrize(("name", "entry_id"), [
    ("Qazaxıstan", "country:KZ"), ("Qazaxıstan Respublikası", "country:KZ"), ("Казахстан", "country:KZ"),
    ("ABŞ", "country:US"), ("Amerika Birləşmiş Ştatları", "country:US"), ("Böyük Britaniya", "country:GB"),
    ("Rusiya Federasiyası", "country:RU"), ("Türkiyə", "country:TR"), ("Çin Xalq Respublikası", "country:CN"),
    ("İran İslam Respublikası", "country:IR"), ("Pakistan İslam Respublikası", "country:PK"),
    ("Azərbaycan Respublikası", "country:AZ"), ("Macarıstan", "country:HU"), ("Fələstin", "country:PS"),
    ("TDT", "org:OTS"), ("Türk Şurası", "org:OTS"), ("Türkdilli Dövlətlərin Əməkdaşlıq Şurası", "org:OTS"),
    ("MDB", "org:CIS"), ("Aİ", "org:EU"), ("BMT", "org:UN"), ("İƏT", "org:OIC"), ("ŞƏT", "org:SCO"),
    ("ATƏT", "org:OSCE"), ("Aİİ", "org:EAEU"), ("AŞPA", "org:PACE"), ("BVF", "org:IMF"), ("AYİB", "org:EBRD"),
    ("XİN", "org:az_mfa"), ("ADY", "org:ady"), ("Akorda", "org:kz_akorda"),
    ("Tokayev", "per:tokayev"), ("Kasım-Jomart Kemeleviç", "per:tokayev"), ("Касым-Жомарт Токаев", "per:tokayev"),
    ("Kassym-Jomart Tokayev", "per:tokayev"), ("İlham Əliyev", "per:ilham_aliyev"),
    ("Sadır Japarov", "per:japarov"), ("Qurbanqulu Berdiməmmədov", "per:g_berdimuhamedov"),
    ("Şahbaz Şərif", "per:shehbaz_sharif"), ("Ursula fon der Leyen", "per:von_der_leyen"),
    ("Antonio Quterreş", "per:guterres"),
    ("Bakı", "city:baki"), ("BAKI", "city:baki"), ("Astana", "city:astana"), ("Nur-Sultan", "city:astana"),
    ("Sankt-Peterburq", "city:sanktpeterburq"), ("Xəzər", "loc:xezer_denizi"), ("Mərkəzi Asiya", "loc:merkezi_asiya"),
    ("TBNM", "fac:tbnm"), ("Orta Dəhliz", "fac:tbnm"), ("Trans-Xəzər dəhlizi", "fac:tbnm"), ("BTC", "fac:btc"),
    ("Aktau Dəniz Ticarət Limanı", "fac:aktau_port"), ("Bir kəmər, bir yol", "fac:bri"),
])
def test_lookup_first_hit(kb: KnowledgeBase, name: str, entry_id: str) -> None:
    hits = kb.lookup(name)
    assert hits and hits[0].id == entry_id, [hit.id for hit in hits]


def test_lookup_prefers_the_azerbaijani_namesake(kb: KnowledgeBase) -> None:
    hits = kb.lookup("Astara")
    assert [hit.country for hit in hits] == ["AZ", "IR"]


def test_lookup_unknown_is_empty(kb: KnowledgeBase) -> None:
    assert kb.lookup("Heç bir belə ad yoxdur") == []


@pytest.mark.parametrize(("country", "role", "on", "entry_id"), [
    ("KZ", "president", "2024-03-11", "per:tokayev"), ("KZ", "president", "2015-01-01", "per:nazarbayev"),
    ("KZ", "president", "2019-03-20", "per:tokayev"), ("AZ", "president", "2000-01-01", "per:heydar_aliyev"),
    ("AZ", "president", "2010-05-05", "per:ilham_aliyev"), ("AZ", "foreign_minister", "2015-06-01", "per:mammadyarov"),
    ("AZ", "foreign_minister", "2023", "per:bayramov"), ("TR", "president", "2020-01-01", "per:erdogan"),
    ("TR", "prime_minister", "2010-01-01", "per:erdogan"), ("RU", "president", "2010-01-01", "per:medvedev"),
    ("KG", "president", "2019-06-01", "per:jeenbekov"), ("TM", "president", "2023-01-01", "per:s_berdimuhamedov"),
    ("IR", "president", "2016-01-01", "per:rouhani"), ("UN", "secretary_general", "2020-01-01", "per:guterres"),
    ("OTS", "secretary_general", "2020-01-01", "per:amreyev"), ("EU", "commission_president", "2022", "per:von_der_leyen"),
])
def test_holder_on_date(kb: KnowledgeBase, country: str, role: str, on: str, entry_id: str) -> None:
    holder = kb.holder(country, role, on)
    assert holder is not None and holder.id == entry_id


def test_holder_latest_and_missing(kb: KnowledgeBase) -> None:
    assert kb.holder("KZ", "president", None).id == "per:tokayev"
    assert kb.holder("AZ", "president", "1950-01-01") is None
    assert kb.holder("ZZ", "president", None) is None


def test_roles_of(kb: KnowledgeBase) -> None:
    assert [role.role for role in kb.roles_of("per:tokayev", "2000-01-01")] == ["prime_minister"]
    assert Role("president", "KZ", "2019-03-20", None) in kb.roles_of("per:tokayev", None)
    assert kb.roles_of("per:nobody", None) == []


@pytest.mark.parametrize(("word", "code"), [
    ("qazax", "KZ"), ("qazaxıstanlı", "KZ"), ("azərbaycanlı", "AZ"), ("türk", "TR"), ("rus", "RU"),
    ("gürcü", "GE"), ("erməni", "AM"), ("özbək", "UZ"), ("türkmən", "TM"), ("qırğız", "KG"), ("tacik", "TJ"),
    ("macar", "HU"), ("italyan", "IT"), ("alman", "DE"), ("fransız", "FR"), ("ingilis", "GB"),
    ("amerikan", "US"), ("çinli", "CN"), ("iranlı", "IR"), ("pakistanlı", "PK"), ("Qazax", "KZ"),
])
def test_country_of_adjective(kb: KnowledgeBase, word: str, code: str) -> None:
    assert kb.country_of_adjective(word) == code


def test_at_least_sixty_countries_have_adjectives(kb: KnowledgeBase) -> None:
    assert sum(1 for entry in kb.entries.values() if entry.adjectives) >= 60
    assert kb.country_of_adjective("masa") is None


@pytest.mark.parametrize(("phrase", "role"), [
    ("Prezident", "president"), ("prezidenti", "president"), ("dövlət başçısı", "president"), ("Sədr", "president"),
    ("Baş nazir", "prime_minister"), ("Baş nazirin müavini", "deputy_prime_minister"),
    ("xarici işlər naziri", "foreign_minister"), ("Xarici İşlər Naziri", "foreign_minister"),
    ("müdafiə naziri", "defence_minister"), ("Daxili İşlər naziri", "interior_minister"),
    ("səfir", "ambassador"), ("Baş katib", "secretary_general"), ("Kral", "monarch"), ("Əmir", "monarch"),
])
def test_role_of_title(kb: KnowledgeBase, phrase: str, role: str) -> None:
    assert kb.role_of_title(phrase) == role


def test_title_phrases_longest_first(kb: KnowledgeBase) -> None:
    phrases = kb.title_phrases()
    assert phrases.index("Baş nazirin müavini") < phrases.index("Baş nazir")
    assert kb.role_of_title("aşpaz") is None


def test_names_cover_every_entry(kb: KnowledgeBase) -> None:
    named = {entry_id for _, entry_id in kb.names()}
    assert named == set(kb.entries)
    assert ("TDT", "org:OTS") in set(kb.names())


# Same-type namesakes that are real: a city named like its country, a town in two countries.
INTENDED_COLLISIONS = {"astara", "culfa"}


def test_same_type_collisions_are_only_the_intended_ones(kb: KnowledgeBase) -> None:
    owners: dict[tuple[str, str], set[str]] = {}
    for surface, entry_id in kb.names():
        entry = kb.entries[entry_id]
        kind = "country" if entry.code else entry.type
        owners.setdefault((normalize_name(surface), kind), set()).add(entry_id)
    collisions = {key for key, ids in owners.items() if len(ids) > 1}
    assert {name for name, _ in collisions} <= INTENDED_COLLISIONS, sorted(collisions)


def test_entries_are_frozen_records() -> None:
    entry = KBEntry(id="city:test", name="Test", type="GPE")
    with pytest.raises(AttributeError):
        entry.name = "Other"  # type: ignore[misc]
    assert Counter(entry.aliases) == Counter()


@pytest.mark.parametrize(("raw", "normalized"), [
    ("İlham Əliyev", "ilham əliyev"), ("IŞIQ", "ışıq"), ("Kasım-Jomart", "kasımjomart"),
    ("Bir kəmər - bir yol", "bir kəmər bir yol"), ("  Aİ  ", "ai"), ("Metbuat.az", "metbuataz"),
])
def test_normalize_name(raw: str, normalized: str) -> None:
    assert normalize_name(raw) == normalized
