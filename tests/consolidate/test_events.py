"""Clustering of mentions into consolidated events, without a store."""

import random

import pytest

from xronika.consolidate import Mention, cluster_mentions
from xronika.consolidate.events import add_copies
from xronika.store.consolidated import CEVENT_FIELDS


def visit(doc, date=None, place=None, names=(), entities=(), future=False, idx=0):
    return Mention(doc_id=doc, idx=idx, type="CONSULT", mode="visit", actor="GE", recipient="AZ", date=date,
                   place=place, future=future, file=f"{doc}.txt", names=frozenset(names),
                   key_entities=tuple((e, e) for e in entities), focus_entities=frozenset(entities))


def partition(clusters):
    return sorted(sorted(m.doc_id for m in c.mentions) for c in clusters)


@pytest.mark.parametrize("mentions, expected", [
    # a day inside a reported month, and a day inside the year, are one event
    ([visit("a", "2025-05-14"), visit("b", "2025-05"), visit("c", "2025")], [["a", "b", "c"]]),
    # days one apart (yesterday/today) merge; days far apart do not
    ([visit("a", "2025-05-14"), visit("b", "2025-05-15")], [["a", "b"]]),
    ([visit("a", "2025-05-14"), visit("b", "2025-09-20")], [["a"], ["b"]]),
    # different places are different visits
    ([visit("a", "2025-05-14", "Bakı"), visit("b", "2025-05-14", "Gəncə")], [["a"], ["b"]]),
    ([visit("a", "2025-05-14", "Bakı"), visit("b", "2025-05-14", "AZ")], [["a", "b"]]),
    # an undated mention needs a shared story: without it, it stays apart
    ([visit("a", "2025-05-14"), visit("b")], [["a"], ["b"]]),
    ([visit("a", "2025-05-14", names={"uluqbəy"}), visit("b", names={"uluqbəy"})], [["a", "b"]]),
    ([visit("a", "2025-05-14", entities={"fac:x"}), visit("b", entities={"fac:x"})], [["a", "b"]]),
    # planned without a date versus done: not the same story on a name alone
    ([visit("a", names={"uluqbəy"}), visit("b", names={"uluqbəy"}, future=True)], [["a"], ["b"]]),
    # a page's two mentions are two events
    ([visit("a", "2025-05-14", idx=0), visit("a", "2025-05", idx=1)], [["a"], ["a"]]),
])
def test_clusters(mentions, expected):
    assert partition(cluster_mentions(mentions)) == expected


def test_undated_near_duplicates_merge_with_reason():
    clusters = cluster_mentions([visit("a"), visit("b")], {frozenset(("a", "b")): ("near", 0.8)})
    assert partition(clusters) == [["a", "b"]]
    assert any("near-duplicate" in r for r in clusters[0].reasons[1])


def test_copies_kept_by_the_caller_cluster_as_the_duplicates_do():
    duplicates = {frozenset(("a", "b")): ("near", 0.8), frozenset(("x", "y")): ("exact", 1.0)}
    copies: dict[str, set[str]] = {}
    add_copies(copies, duplicates)
    assert copies == {"a": {"b"}, "b": {"a"}, "x": {"y"}, "y": {"x"}}
    mentions = [visit("a"), visit("b"), visit("c")]
    assert partition(cluster_mentions(mentions, duplicates, copies)) == partition(
        cluster_mentions(mentions, duplicates)) == [["a", "b"], ["c"]]


def test_undated_mention_between_two_dated_events_is_left_apart():
    mentions = [visit("a", "2025-05-14"), visit("b", "2025-09-20"), visit("c", "2025")]
    clusters = cluster_mentions(mentions)
    assert partition(clusters) == [["a"], ["b"], ["c"]]
    alone = next(c for c in clusters if c.first.doc_id == "c")
    assert any("equally compatible" in r for r in alone.reasons[0])


def test_result_does_not_depend_on_arrival_order():
    mentions = [visit("a", "2025-05-14", names={"x"}), visit("b", "2025-05"), visit("c", names={"x"}),
                visit("d", "2025-09-20"), visit("e", "2025-09"), visit("f")]
    expected = partition(cluster_mentions(mentions))
    ids = sorted(c.id for c in cluster_mentions(mentions))
    for seed in range(5):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert partition(cluster_mentions(shuffled)) == expected
        assert sorted(c.id for c in cluster_mentions(shuffled)) == ids


def test_cluster_takes_the_most_precise_date_and_place():
    clusters = cluster_mentions([visit("a", "2025-05", "AZ"), visit("b", "2025-05-14", "Bakı")])
    row = dict(zip(CEVENT_FIELDS, clusters[0].values(), strict=True))
    assert (row["date"], row["place"], row["n_sources"]) == ("2025-05-14", "Bakı", 2)


@pytest.mark.parametrize("mentions, values", [
    ([visit("a", "2025-05", "AZ"), visit("b", "2025-05-14", "Bakı")],
     ("CONSULT", "visit", "GE", "AZ", "AZ", "GE", "2025-05-14", "Bakı", 2, 2, False)),
    ([visit("a", future=True)], ("CONSULT", "visit", "GE", "AZ", "AZ", "GE", None, None, 1, 1, True)),
    ([visit("a", "2025-05-14", future=True), visit("b", "2025-05-14")],
     ("CONSULT", "visit", "GE", "AZ", "AZ", "GE", "2025-05-14", None, 2, 2, False)),
])
def test_cluster_values_are_its_row_in_the_store_order(mentions, values):
    [cluster] = cluster_mentions(mentions)
    assert cluster.values() == (cluster.id, *values)


def test_a_single_mention_is_an_event_of_its_own():
    [cluster] = cluster_mentions([visit("a", "2025-05-14", entities=["Q1"], names=["Ləyaqət"])])
    assert cluster.reasons == [["first mention of this event"]] and cluster.date == "2025-05-14"
    assert cluster.entities == {"Q1": "Q1"} and cluster.names == {"Ləyaqət"}


def _exhaustive(mentions, duplicates):
    """What `cluster_mentions` must find, assessing every cluster instead of those its indexes offer."""
    from xronika.consolidate.events import Cluster, _assess

    copies: dict[str, set[str]] = {}
    add_copies(copies, duplicates)
    files = {m.doc_id: m.file for m in mentions}
    clusters: list[Cluster] = []
    for mention in sorted(mentions, key=Mention.sort_key):
        scored = sorted((-a[0], i, a[1]) for i, c in enumerate(clusters)
                        if (a := _assess(mention, c, duplicates, copies, files)))
        if scored and not (len(scored) > 1 and scored[1][0] == scored[0][0] and not scored[0][2]):
            clusters[scored[0][1]].add(mention, [])
        else:
            clusters.append(Cluster())
            clusters[-1].add(mention, [])
    return partition(clusters)


_DATES = [None, None, "2024", "2024-H2", "2024-Q4", "2024-12", "2024-12-31", "2025-01-01", "2025-01-02",
          "2025-01", "2025", "2025-01-15", "2025-02-28", "2025-03-01", "2025-Q1"]


def _random_mention(rng, doc):
    def some(values, k):
        return frozenset(rng.sample(values, rng.randint(0, k)))

    names = some(["əli", "vəli", "rza", "bakı"], 2)
    entities = some(["fac:x", "fac:y", "org:z"], 2)
    focus = frozenset(e for e in entities if rng.random() < 0.5)
    return Mention(doc_id=doc, idx=rng.randint(0, 1), type="CONSULT", mode="visit", actor="GE", recipient="AZ",
                   date=rng.choice(_DATES), place=rng.choice([None, None, "AZ", "Bakı", "Gəncə"]),
                   future=rng.random() < 0.2, file=f"{doc}.txt", names=names,
                   nearby_names=names | some(["əli", "vəli", "rza", "bakı", "ordu"], 2),
                   key_entities=tuple(sorted((e, e) for e in entities)), focus_entities=focus)


@pytest.mark.parametrize("seed", range(40))
def test_indexes_offer_every_cluster_a_mention_can_join(seed):
    rng = random.Random(seed)
    mentions = {}
    for _ in range(60):
        mention = _random_mention(rng, f"p{rng.randint(0, 40)}")
        mentions[mention.doc_id, mention.idx] = mention
    mentions = list(mentions.values())
    docs = sorted({m.doc_id for m in mentions})
    duplicates = {frozenset(rng.sample(docs, 2)): ("near", 0.7) for _ in range(8)}
    assert partition(cluster_mentions(mentions, duplicates)) == _exhaustive(mentions, duplicates)


def test_a_year_shared_by_many_events_names_the_first_two_it_could_join():
    # no shared story: the mention dated to the year ties between the events of that year, so it is an
    # event of its own, naming the first two started (the later ones are not assessed at all)
    days = [visit(f"d{n}", f"2025-0{n}-10") for n in range(1, 8)]
    clusters = cluster_mentions([*days, visit("y", "2025")])
    assert partition(clusters) == [[d.doc_id] for d in days] + [["y"]]
    assert clusters[-1].reasons[0][1] == "not merged: equally compatible with d1.txt and d2.txt, no shared story"
    # with a place, only the events at that place score the most
    placed = [visit(f"d{n}", f"2025-0{n}-10", place="Gəncə" if n in (4, 6, 7) else None) for n in range(1, 8)]
    clusters = cluster_mentions([*placed, visit("y", "2025", place="Gəncə")])
    assert clusters[-1].reasons[0][1] == "not merged: equally compatible with d4.txt and d6.txt, no shared story"
    # a shared story outscores every date and place: the year then joins the event that shares it
    storied = [*placed[:5], visit("d6", "2025-06-10", names={"uluqbəy", "nizami"})]
    clusters = cluster_mentions([*storied, visit("y", "2025", place="Gəncə", names={"uluqbəy", "nizami"})])
    assert partition(clusters) == [["d1"], ["d2"], ["d3"], ["d4"], ["d5"], ["d6", "y"]]


@pytest.mark.parametrize("date, decides", [("2025-05-14", False), ("2025-05", True), ("2025-Q2", True),
                                           ("2025-H1", True), ("2025", True), (None, False)])
def test_a_shared_story_decides_only_for_dates_coarser_than_a_day(date, decides):
    # a day's best cluster without a shared story can score as much as one with it (the same day and
    # place, 3.5, against the day beside it and a shared name, 3.5): every cluster of its days is assessed
    from xronika.consolidate.events import _evidence_decides

    assert _evidence_decides(date) is decides
