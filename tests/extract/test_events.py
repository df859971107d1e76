import pytest

from .helpers import run

PAGE = """Prezident İlham Əliyev Gürcüstanın Baş nazirini qəbul edib

Tarix: 24-04-2025

Prezident İlham Əliyev aprelin 23-də Bakıda Gürcüstanın Baş naziri İrakli Kobaxidzeni qəbul edib.

Azərbaycan Prezidenti İlham Əliyev Türkiyə Prezidenti Rəcəb Tayyib Ərdoğanla telefonla danışıb.

Azərbaycanın xarici işlər naziri Ceyhun Bayramov Ankaraya işgüzar səfər edib.

Bakıda Azərbaycan ilə Özbəkistan arasında 10 sənəd imzalanıb.

Ermənistanın Baş naziri Nikol Paşinyan gələn həftə Moskvaya səfər edəcək.

Çin Azərbaycana 5 milyon dollar humanitar yardım göstərib.

Türkiyə Azərbaycanın ərazi bütövlüyünü dəstəkləyir.

Qazaxıstan Prezidenti Bakıya səfər etməyəcək.
"""


@pytest.fixture(scope="module")
def doc():
    return run(PAGE)


def _events(doc, negated=False):
    return {(e.type, e.mode, e.actor, e.recipient): e for e in doc.events if e.negated == negated}


@pytest.mark.parametrize("key, date, place", [
    (("CONSULT", "meet", "AZ", "GE"), "2025-04-23", "Bakı"),
    (("CONSULT", "phone", "AZ", "TR"), None, None),
    (("CONSULT", "visit", "AZ", "TR"), None, "Ankara"),
    (("AGREE", "sign", "AZ", "UZ"), None, "Bakı"),
    (("CONSULT", "visit", "AM", "RU"), None, "Moskva"),
    (("AID", "humanitarian", "CN", "AZ"), None, None),
    (("SUPPORT", "political", "TR", "AZ"), None, None),
])
def test_event_frames(doc, key, date, place):
    events = _events(doc)
    assert key in events, sorted(events)
    assert events[key].date == date
    assert events[key].place == place
    s, e = events[key].span
    assert doc.body[s:e] == events[key].trigger


def test_planned_visit_is_future_and_negated_one_is_marked(doc):
    assert _events(doc)[("CONSULT", "visit", "AM", "RU")].future
    assert ("CONSULT", "visit", "KZ", "AZ") in _events(doc, negated=True)


def test_habitual_visits_are_not_events():
    doc = run("Son illər dövlət başçılarının Azərbaycana səfərləri müntəzəm xarakter alıb.")
    assert not [e for e in doc.events if e.mode == "visit"]


def test_summit_participants_each_attend():
    doc = run("Şuşada Türk Dövlətləri Təşkilatının qeyri-rəsmi Zirvə görüşü keçirilib.\n"
              "Tədbirdə Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan və Qazaxıstan Prezidenti Kasım-Jomart Tokayev "
              "iştirak ediblər.")
    summits = {(e.actor, e.recipient, e.place) for e in doc.events if e.mode == "summit"}
    assert {("TR", "OTS", "Şuşa"), ("KZ", "OTS", "Şuşa")} <= summits


def test_a_decree_is_not_an_agreement():
    doc = run("Prezident İlham Əliyev Ukraynaya humanitar yardım göndərilməsi barədə sərəncam imzalayıb.")
    assert not [e for e in doc.events if e.type == "AGREE"]
    assert [e for e in doc.events if (e.type, e.actor, e.recipient) == ("AID", "AZ", "UA")]


def test_eu_institutions_act_as_the_eu():
    doc = run("Prezident İlham Əliyev Avropa İttifaqı Şurasının Prezidenti Şarl Mişeli qəbul edib.")
    assert {(e.mode, *sorted((e.actor, e.recipient))) for e in doc.events} == {("meet", "AZ", "EU")}


def test_aid_sent_without_a_named_giver_comes_from_the_home_country():
    doc = run("Ukraynaya 10 milyon dollarlıq humanitar yardım göndərilib.")
    assert [(e.actor, e.recipient) for e in doc.events if e.mode == "humanitarian"] == [("AZ", "UA")]


def test_a_visit_under_way_is_dated_by_the_report():
    doc = run("Bakıda görüş\n\n15.05.2025\n\nQazaxıstanın Baş naziri Olcas Bektenov Azərbaycanda işgüzar səfərdədir.")
    visits = [e for e in doc.events if e.mode == "visit"]
    assert [(v.actor, v.recipient, v.date) for v in visits] == [("KZ", "AZ", "2025-05-15")]


def test_the_working_state_shared_by_the_rules_stays_in_the_worker():
    doc = run("Qazaxıstan Prezidenti Kasım-Jomart Tokayev 2024-cü il mayın 5-də Azərbaycana səfər edib. "
              "Ticarət dövriyyəsi 500 milyon dollar olub.")
    assert doc.events and doc.figures
    assert not {"mentions", "quantities", "folded", "parties"} & set(doc.scratch)
