"""Claim rows and grouping: periods, alignment by publication date, tolerance, units."""

import json

import pytest

from xronika.consolidate.claims import agreeing_sets, claim_rows, group_status


def figure(value, period=None, published=None, unit="USD", approx=False, metric="trade_turnover",
           parties=("KZ", "AZ"), doc="d", idx=0):
    """A figure as `figure_rows` reads it from the store: a tuple, the parties as JSON text (NULL when none)."""
    return (doc, idx, metric, json.dumps(list(parties)) if parties else None, value, unit, period, approx, published)


def claim_row(fig):
    return claim_rows([fig])[0]


@pytest.mark.parametrize("fig, period, basis", [
    (figure(1.0, "2023"), "2023", "stated"),
    (figure(1.0, None, "2024-05-02"), "2024", "published"),
    (figure(1.0, None, None), None, "unresolved"),
])
def test_period_basis(fig, period, basis):
    row = claim_row(fig)
    assert (row[7], row[8]) == (period, basis)


def test_parties_sorted_except_directed_metrics():
    assert claim_row(figure(1.0, "2023"))[3] == "AZ,KZ"
    assert claim_row(figure(1.0, "2023", metric="exports", parties=("KZ", "AZ")))[3] == "KZ,AZ"
    assert claim_row(figure(1.0, "2023", metric="exports", parties=("KZ", "AZ")))[4:6] == ("AZ", "KZ")


def test_units_and_unresolved_values_never_share_a_group():
    usd, azn = claim_row(figure(1.0, "2023")), claim_row(figure(1.0, "2023", unit="AZN"))
    assert usd[-1] != azn[-1]
    first, second = claim_row(figure(1.0, doc="a")), claim_row(figure(1.0, doc="b"))
    assert first[-1] != second[-1]
    aligned, stated = claim_row(figure(1.0, None, "2023-05-01")), claim_row(figure(1.0, "2023"))
    assert aligned[-1] != stated[-1]


def value(v, doc, approx=False):
    return {"value": v, "doc_id": doc, "approx": approx}


@pytest.mark.parametrize("values, basis, status", [
    ([value(598.47, "a")], "stated", "single"),
    ([value(598.47, "a"), value(598.5, "b")], "stated", "agree"),
    ([value(598.47, "a"), value(547.0, "b")], "stated", "conflict"),
    ([value(600, "a", approx=True), value(580, "b")], "stated", "agree"),
    ([value(547.0, "a")], "unresolved", "unresolved"),
])
def test_group_status(values, basis, status):
    assert group_status(values, basis) == status


def test_agreeing_sets_split_conflicting_values():
    sets = agreeing_sets([value(1.25, "a"), value(1.4, "b"), value(1.25, "c")])
    assert [[v["doc_id"] for v in s] for s in sets] == [["a", "c"], ["b"]]


def test_claim_rows_of_unusual_parties_units_and_approximations():
    rows = claim_rows([figure(3.0, None, None, parties=("AZ", "KZ", "TR"), idx=2), figure(4.0, "2023", parties=(), idx=3),
                       figure(5.0, "2023", unit=None, approx=True, parties=("GE",), idx=4)])
    assert rows == [
        ("d", 2, "trade_turnover", "AZ,KZ,TR", None, None, "USD", None, "unresolved", 3.0, 0,
         "trade_turnover|AZ,KZ,TR|USD|?|d:2"),
        ("d", 3, "trade_turnover", "", None, None, "USD", "2023", "stated", 4.0, 0, "trade_turnover||USD|2023|stated"),
        ("d", 4, "trade_turnover", "GE", "GE", None, "?", "2023", "stated", 5.0, 1, "trade_turnover|GE|?|2023|stated"),
    ]
