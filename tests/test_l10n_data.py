"""The l10n data files derived from CLDR stay equal to what babel gives (regenerate with
`python -c "import json; from factlint.l10n.locales import HOME_SIGNS, home_signs_from_cldr;
HOME_SIGNS.write_text(json.dumps(home_signs_from_cldr(), ensure_ascii=False, indent=0, sort_keys=True),
encoding='utf-8')"` after upgrading babel)."""

from __future__ import annotations

import json

from factlint.l10n.locales import (
    HOME_SIGNS,
    LETTER_SIGNS,
    NUMBER_WORDS,
    _home_sign,
    _spelled_numbers,
    home_signs_from_cldr,
    letter_signs_from_cldr,
    number_words_from_num2words,
    spelled_ordinals,
)


def test_home_signs_are_cldrs() -> None:
    assert json.loads(HOME_SIGNS.read_text(encoding="utf-8")) == home_signs_from_cldr()


def test_letter_signs_are_cldrs() -> None:
    """Regenerate with `LETTER_SIGNS.write_text(json.dumps(letter_signs_from_cldr(), ensure_ascii=False,
    indent=0, sort_keys=True), encoding="utf-8")` after upgrading babel."""
    assert json.loads(LETTER_SIGNS.read_text(encoding="utf-8")) == letter_signs_from_cldr()


def test_home_signs_read_from_the_file() -> None:
    assert (_home_sign("BDT"), _home_sign("NGN"), _home_sign("VND"), _home_sign("USD")) == ("৳", "₦", "₫", None)
    assert _home_sign("CVE") is None  # CLDR writes a zero-width space: no sign a text can show


def test_number_words_are_num2words() -> None:
    """Regenerate with `NUMBER_WORDS.write_text(json.dumps(number_words_from_num2words(),
    ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")` after upgrading num2words."""
    assert json.loads(NUMBER_WORDS.read_text(encoding="utf-8")) == number_words_from_num2words()


def test_number_words_read_from_the_file() -> None:
    assert spelled_ordinals("it")["trentesima"] == 30 and spelled_ordinals("de")["einundzwanzigsten"] == 21
    assert _spelled_numbers("ru")["семнадцать"] == 17 and _spelled_numbers("xx") == {}
