"""Date expressions in news text, resolved to ISO values with a granularity.

One combined regex per language finds every candidate in a single pass; the alternatives are
ordered from the fullest form to the barest, so `2023-cü il noyabrın 2-də` is one day and the
year inside it is never reported on its own. Word lists live in the per-language data modules
(`xronika/lang/<lang>/...`); this package holds the grammar templates (`rules_az`,
`rules_ru_en_tr_kk`, built from the pieces in `common`) and the engine (`find`).

Relative expressions and dates without a year are resolved against `anchor` (the publication
date); without an anchor they are kept as mentions with `value=None`, never guessed.
"""

from xronika.lang.dates.find import SUPPORTED_LANGS, find_dates, gold_values, parse_date_line

__all__ = ["find_dates", "parse_date_line", "gold_values", "SUPPORTED_LANGS"]
