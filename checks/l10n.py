"""LOC: every figure of a source text survives its translation (see factlint/l10n/)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from factlint.findings import Hit, Severity
from factlint.registry import rule

if TYPE_CHECKING:  # the l10n engine is imported only when a translation is checked
    from factlint.l10n.segments import Segment


def issue_hits(segment: Segment, kind: str) -> Iterator[Hit]:
    from factlint.l10n.segments import issue_hits as hits

    yield from hits(segment, kind)


@rule("LOC001", "missing-figure", Severity.ERROR, stage="l10n")
def missing_figure(segment: Segment, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""A figure of the source is not in the translation.

    What it checks:
        Every figure of the source (value, unit and kind, read in the source's locale) must have a
        counterpart in the target, read in the target's locale.

    Why it matters:
        A dropped figure changes what the story says, and digit-by-digit QA cannot see it when the
        remaining digits happen to match.

    Example:
        ```yaml
        source_locale: en
        target_locale: de
        source: "TSMC's revenue rose 33.9% to NT$2.89 trillion in 2024."
        target: "Der Umsatz von TSMC stieg 2024 auf 2,89 Billionen NT-Dollar."
        ```

    Use instead:
        ```yaml
        source_locale: en
        target_locale: de
        source: "TSMC's revenue rose 33.9% to NT$2.89 trillion in 2024."
        target: "Der Umsatz von TSMC stieg 2024 um 33,9 % auf 2,89 Billionen NT-Dollar."
        ```

    Options:
        None.
    """
    yield from issue_hits(segment, "missing")


@rule("LOC002", "extra-figure", Severity.ERROR, stage="l10n")
def extra_figure(segment: Segment, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""The translation has a figure the source does not.

    What it checks:
        Every figure of the target must come from the source.

    Why it matters:
        An added figure is an unchecked claim published under the masthead.

    Example:
        ```yaml
        source_locale: en
        target_locale: fr
        source: "The start-up raised €35 million."
        target: "La start-up a levé 35 M€ en 2024."
        ```

    Use instead:
        ```yaml
        source_locale: en
        target_locale: fr
        source: "The start-up raised €35 million in 2024."
        target: "La start-up a levé 35 M€ en 2024."
        ```

    Options:
        None.
    """
    yield from issue_hits(segment, "extra")


@rule("LOC003", "value-mismatch", Severity.ERROR, stage="l10n")
def value_mismatch(segment: Segment, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""A figure has a different value in the translation.

    What it checks:
        A source figure and the target figure in its place have the same kind and unit but values
        that no rounding reconciles, and neither a separator nor a scale word explains it.

    Why it matters:
        "6.6 percent" that becomes "66 %" is a different fact.

    Example:
        ```yaml
        source_locale: en
        target_locale: it
        source: "Exports grew 6.6% last year."
        target: "Le esportazioni sono cresciute del 66% l'anno scorso."
        ```

    Use instead:
        ```yaml
        source_locale: en
        target_locale: it
        source: "Exports grew 6.6% last year."
        target: "Le esportazioni sono cresciute del 6,6% l'anno scorso."
        ```

    Options:
        None.
    """
    yield from issue_hits(segment, "value")


@rule("LOC004", "scale-error", Severity.ERROR, stage="l10n")
def scale_error(segment: Segment, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""A figure is off by a power of ten because of a scale word.

    What it checks:
        The values differ by a factor of 10, 100, 1,000 or 10,000 and a scale word is involved. The
        message names the likely cause: English billion is German Milliarde and French milliard;
        English trillion is German Billion; 万 is 10^4 and 亿 10^8; lakh is 10^5 and crore 10^7.

    Why it matters:
        Long and short scales and East Asian myriads are the classic translation error that looks right.

    Example:
        ```yaml
        source_locale: en
        target_locale: de
        source: "The plan costs $140.82 billion."
        target: "Der Plan kostet 140,82 Billionen US-Dollar."
        ```

    Use instead:
        ```yaml
        source_locale: en
        target_locale: de
        source: "The plan costs $140.82 billion."
        target: "Der Plan kostet 140,82 Milliarden US-Dollar."
        ```

    Options:
        None.
    """
    yield from issue_hits(segment, "scale")


@rule("LOC005", "separator-misread", Severity.ERROR, stage="l10n")
def separator_misread(segment: Segment, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""A decimal or thousands separator was copied from the source and means something else in the target.

    What it checks:
        Digits copied with the source's separators ("27,339" into Spanish, where it reads 27.339,
        or "140.82" into French, where the decimal mark is a comma).

    Why it matters:
        The reader of the translation reads the number their own way: a thousandfold error, or a
        figure that is not a number at all in their convention.

    Example:
        ```yaml
        source_locale: en
        target_locale: es
        source: "The company has 27,339 employees."
        target: "La empresa tiene 27,339 empleados."
        ```

    Use instead:
        ```yaml
        source_locale: en
        target_locale: es
        source: "The company has 27,339 employees."
        target: "La empresa tiene 27.339 empleados."
        ```

    Options:
        None.
    """
    yield from issue_hits(segment, "separator")


@rule("LOC006", "currency-mismatch", Severity.ERROR, stage="l10n")
def currency_mismatch(segment: Segment, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""A money figure is in a different currency in the translation, or lost its currency.

    What it checks:
        A source amount and its counterpart have the same value but different currencies (yuan
        rendered as dollars, $ as €, US$ dropped).

    Why it matters:
        The number survives and the money does not.

    Example:
        ```yaml
        source_locale: en
        target_locale: hi
        source: "Tata will invest $11 billion in the chip plant."
        target: "टाटा चिप संयंत्र में 11 अरब रुपये का निवेश करेगी।"
        ```

    Use instead:
        ```yaml
        source_locale: en
        target_locale: hi
        source: "Tata will invest $11 billion in the chip plant."
        target: "टाटा चिप संयंत्र में 11 अरब डॉलर का निवेश करेगी।"
        ```

    Options:
        None.
    """
    yield from issue_hits(segment, "currency")


@rule("LOC007", "percent-vs-points", Severity.ERROR, stage="l10n")
def percent_vs_points(segment: Segment, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""Percent and percentage points are confused.

    What it checks:
        A change in percentage points must stay in points (Prozentpunkte, points de pourcentage,
        个百分点, 포인트) and a percent must stay a percent.

    Why it matters:
        A rise of 2 points from 7.5% is a rise of 27 percent: not the same news.

    Example:
        ```yaml
        source_locale: en
        target_locale: de
        source: "Inflation rose 2 percentage points to 7.5 percent."
        target: "Die Inflation stieg um 2 Prozent auf 7,5 Prozent."
        ```

    Use instead:
        ```yaml
        source_locale: en
        target_locale: de
        source: "Inflation rose 2 percentage points to 7.5 percent."
        target: "Die Inflation stieg um 2 Prozentpunkte auf 7,5 Prozent."
        ```

    Options:
        None.
    """
    yield from issue_hits(segment, "percent_points")


@rule("LOC008", "hedge-changed", Severity.WARNING, stage="l10n")
def hedge_changed(segment: Segment, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""A hedge was lost, added or changed in meaning.

    What it checks:
        "more than", "nearly", "about", "at least", "up to" and their equivalents (über, plus de,
        超过/逾/以上, 約, 이상, से अधिक ...) must keep their direction.

    Why it matters:
        "more than 18 trillion" and "18 trillion" are different statements; the second may be false.

    Example:
        ```yaml
        source_locale: en
        target_locale: de
        source: "Revenue was more than 18 trillion yuan."
        target: "Der Umsatz betrug 18 Billionen Yuan."
        ```

    Use instead:
        ```yaml
        source_locale: en
        target_locale: de
        source: "Revenue was more than 18 trillion yuan."
        target: "Der Umsatz betrug mehr als 18 Billionen Yuan."
        ```

    Options:
        None.
    """
    yield from issue_hits(segment, "hedge")


@rule("LOC009", "rounded-away", Severity.WARNING, stage="l10n")
def rounded_away(segment: Segment, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""The translation rounds a figure more coarsely than the source wrote it.

    What it checks:
        The target figure can be the same number, but it keeps fewer significant digits than the
        source ("140.82" -> "141"). Restating the same value in other units is not rounding
        ("1408亿2000万"), and trailing zeros are not taken as significant ("250,000" = "2.5 lakh").

    Why it matters:
        Rounding is an editorial decision; a translator who makes it silently changes the record.

    Example:
        ```yaml
        source_locale: en
        target_locale: fr
        source: "The group earned €47.23 billion."
        target: "Le groupe a gagné 47 milliards d'euros."
        ```

    Use instead:
        ```yaml
        source_locale: en
        target_locale: fr
        source: "The group earned €47.23 billion."
        target: "Le groupe a gagné 47,23 milliards d'euros."
        ```

    Options:
        None.
    """
    yield from issue_hits(segment, "rounding")


@rule("LOC010", "figures-swapped", Severity.ERROR, stage="l10n")
def figures_swapped(segment: Segment, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""Two figures of the source trade places in the translation.

    What it checks:
        Two figures of one kind that the source coordinates ("A and B", "A, B", "respectively") come
        in reverse order in the translation, so each is attached to the other's noun.

    Why it matters:
        Both numbers survive, so digit comparison passes, and both facts are now wrong.

    Example:
        ```yaml
        source_locale: en
        target_locale: pt_BR
        source: "Petrobras will invest $73 billion in exploration and $11.5 billion in refining."
        target: "A Petrobras vai investir US$ 11,5 bilhões em exploração e US$ 73 bilhões em refino."
        ```

    Use instead:
        ```yaml
        source_locale: en
        target_locale: pt_BR
        source: "Petrobras will invest $73 billion in exploration and $11.5 billion in refining."
        target: "A Petrobras vai investir US$ 73 bilhões em exploração e US$ 11,5 bilhões em refino."
        ```

    Options:
        None.
    """
    yield from issue_hits(segment, "swap")


RULES = (
    missing_figure,
    extra_figure,
    value_mismatch,
    scale_error,
    separator_misread,
    currency_mismatch,
    percent_vs_points,
    hedge_changed,
    rounded_away,
    figures_swapped,
)
