from xronika.lang.memo import MemoTable


def test_memo_table_computes_each_key_once_and_starts_afresh_when_full():
    calls = []
    table = MemoTable(lambda k: calls.append(k) or k.upper(), size=3)
    assert list(map(table.__getitem__, ["a", "b", "a", "c"])) == ["A", "B", "A", "C"]
    assert calls == ["a", "b", "c"]
    assert table["d"] == "D" and len(table) == 1  # full at 3: emptied before the fourth key
    assert table.get("zz") is None and "zz" not in table  # .get does not compute
