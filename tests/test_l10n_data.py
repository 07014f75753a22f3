"""The l10n data files derived from CLDR stay equal to what babel gives (regenerate with
`python -c "import json; from factlint.l10n.locales import HOME_SIGNS, home_signs_from_cldr;
HOME_SIGNS.write_text(json.dumps(home_signs_from_cldr(), ensure_ascii=False, indent=0, sort_keys=True),
encoding='utf-8')"` after upgrading babel)."""

from __future__ import annotations

import json

from factlint.l10n.locales import HOME_SIGNS, _home_sign, home_signs_from_cldr


def test_home_signs_are_cldrs() -> None:
    assert json.loads(HOME_SIGNS.read_text(encoding="utf-8")) == home_signs_from_cldr()


def test_home_signs_read_from_the_file() -> None:
    assert (_home_sign("BDT"), _home_sign("NGN"), _home_sign("VND"), _home_sign("USD")) == ("৳", "₦", "₫", None)
    assert _home_sign("CVE") is None  # CLDR writes a zero-width space: no sign a text can show
