"""Relation inference on small realistic sentences: which relation, and which figure fills each role.

Each construction in `factlint.relations.infer`'s docstring gets a sentence in the style of the seed articles;
relations are read back with figure indexes turned into the figures' texts. Wording that is
ambiguous or unrelated must propose nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from factlint.relations.context import ProposedRelation
from factlint.relations.infer import infer_relations
from factlint.relations.lists import split_list
from factlint.text.extract import extract_figures


@dataclass(frozen=True)
class Read:
    """A proposed relation in words: roles name figure texts (a tuple for several figures)."""

    kind: str
    roles: dict[str, str | tuple[str, ...]]
    items: tuple[str, ...]
    open: bool
    direction: str | None
    tiers: tuple[tuple[str, str], ...]  # (the tier's count, the bound each member clears)
    population: tuple[str, ...]  # the counts of the population lists


def read(text: str) -> list[Read]:
    figures = extract_figures(text)
    relations = infer_relations(text, figures)

    def name(value: int | tuple[int, ...]) -> str | tuple[str, ...]:
        return tuple(figures[i].text for i in value) if isinstance(value, tuple) else figures[value].text

    def count_of(relation: ProposedRelation) -> str:
        value = name(relation.roles["count"])
        assert isinstance(value, str)
        return value

    return [Read(r.kind, {role: name(v) for role, v in r.roles.items()}, r.items, r.open, r.direction,
                 tuple((count_of(relations[n]), figures[each].text) for n, each in r.tiers),
                 tuple(count_of(relations[n]) for n in r.population))
            for r in relations]


def of_kind(text: str, kind: str) -> list[Read]:
    return [r for r in read(text) if r.kind == kind]


def one(text: str, kind: str) -> Read:
    found = of_kind(text, kind)
    assert len(found) == 1, f"{len(found)} {kind} relations in {text!r}: {read(text)}"
    return found[0]


# -- conversions -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "amount", "equivalent"), [
    ("Guangdong aims to develop a cluster with an output value of more than 1 trillion yuan ($140.82 billion) "
     "in 2027.", "1 trillion yuan", "$140.82 billion"),
    ("The shuttle, built at a cost of €450 million, or about $487 million, opened on Monday.",
     "€450 million", "$487 million"),
    ("Enterprises each with annual revenue reaching 20 million yuan (\\$2.81 million) were counted.",
     "20 million yuan", "$2.81 million"),
    ("Nordhaven agreed to spend £300 million — about €346 million — on shore power.",
     "£300 million", "€346 million"),
])
def test_conversion(text, amount, equivalent):
    assert one(text, "conversion").roles == {"amount": amount, "equivalent": equivalent}


@pytest.mark.parametrize("text", [
    "The budget was $2.5 million ($2.4 million after tax).",  # one currency: a second figure, not a conversion
    "The shuttle cost €450 million and the terminal $487 million.",
    "Revenue was 1.2 billion euros; in the US the unit earned $1.42 billion.",
])
def test_no_conversion(text):
    assert of_kind(text, "conversion") == []


# -- changes ---------------------------------------------------------------------------------------
def test_change_verb_percent_to_from():
    change = one("Its terminals handled more boxes as rail volumes rose 12.5 percent to 3.6 million from "
                 "3.2 million.", "change")
    assert change.roles == {"percent": "12.5 percent", "to": "3.6 million", "from": "3.2 million"}
    assert change.direction == "increase"


def test_change_verb_percent_to_from_decrease_in_money():
    change = one("Operating profit fell 9 percent to 182 million euros from 200 million euros.", "change")
    assert change.roles == {"percent": "9 percent", "to": "182 million euros", "from": "200 million euros"}
    assert change.direction == "decrease"


def test_change_verb_from_to():
    change = one("From 2018 to 2023, the number of SMEs in Guangdong increased from some 4.4 million to more "
                 "than 7.2 million.", "change")
    assert change.roles == {"from": "4.4 million", "to": "7.2 million"}
    assert change.direction == "increase"


def test_change_verb_from_to_with_its_percent():
    change = one("The number of ship calls increased from 1,740 to 1,914, a rise of 10 percent.", "change")
    assert change.roles == {"from": "1,740", "to": "1,914", "percent": "10 percent"}


def test_change_appositive_percent():
    change = one("The Guangzhou trade delegation saw participation of 336 enterprises representing new "
                 "quality productive forces, a 6.6 percent increase from the 135th session.", "change")
    assert change.roles == {"to": "336", "percent": "6.6 percent"}  # the 135th session is no count
    assert change.direction == "increase"


def test_change_appositive_up_from():
    change = one("The group handled 3.6 million units, up 12.5 percent from 3.2 million a year earlier.",
                 "change")
    assert change.roles == {"to": "3.6 million", "percent": "12.5 percent", "from": "3.2 million"}
    assert change.direction == "increase"


def test_change_appositive_more_than_a_year_earlier():
    change = one("Its research team has grown to 58 scientists, 22 percent more than a year earlier.", "change")
    assert change.roles == {"to": "58", "percent": "22 percent"}


def test_change_to_from_then_percent():
    change = one("It will invest to raise its annual capacity to 12 GWh from 7.5 GWh, a 60 percent increase.",
                 "change")
    assert change.roles == {"from": "7.5 GWh", "to": "12 GWh", "percent": "60 percent"}
    assert change.direction == "increase"


def test_change_to_from_keeps_the_direction_the_text_gives():
    """The text says "fell" although the figures rose: the relation records what the text says
    (CHG002 then reports the contradiction)."""
    change = one("Orders from China fell to 96.4 billion yen from 88.8 billion yen.", "change")
    assert change.roles == {"from": "88.8 billion yen", "to": "96.4 billion yen"}
    assert change.direction == "decrease"


def test_change_lone_percent():
    text = ("The 20 strategic industry clusters' added value achieved a year-on-year increase of 5.2 percent "
            "in 2023.")
    change = one(text, "change")
    assert change.roles == {"percent": "5.2 percent"}
    assert change.direction == "increase"
    assert of_kind(text, "share") == []


@pytest.mark.parametrize("text", [
    "Exports rose 5 percent, and the company expects them to double by 2027.",
    "Sales will rise 5 percent to 2027, the company said.",
    "Demand will grow 5 percent a year to 2027.",
    "Exports rose 5 percent. Output will climb to 2027 targets from 2020 levels.",
])
def test_a_later_year_is_no_endpoint_of_a_change(text):
    relations = read(text)
    assert not [r for r in relations if any(
        "2027" in (v if isinstance(v, str) else " ".join(v)) for v in r.roles.values())]
    assert not [r for r in relations if r.kind == "change" and "to" in r.roles]


def test_a_change_across_clauses_is_not_an_apposition():
    """ "336 enterprises while ..., a 6.6 percent increase": another clause, so 336 is not the new value."""
    text = "The fair drew 336 enterprises while visitor numbers rose, a 6.6 percent increase from spring."
    assert [r for r in of_kind(text, "change") if "to" in r.roles] == []


def test_appositive_percent_does_not_pick_a_count_inside_a_from_phrase():
    text = "The retailer reported revenue of $5.2 billion from its 30 stores, up 12.5 percent."
    assert [r.roles.get("to") for r in of_kind(text, "change") if r.roles.get("to") == "30"] == []


# -- counted lists ---------------------------------------------------------------------------------
def test_count_list_after_a_colon():
    count = one("Chief executive Pieter Halvorsen said the group had signed six shipping lines as anchor "
                "customers for the shuttle: Baltica Line, Orion Container, Westwind Shipping, Kestrel Feeder "
                "and Marlow Lines.", "count")
    assert count.roles == {"count": "six"}
    assert count.items == ("Baltica Line", "Orion Container", "Westwind Shipping", "Kestrel Feeder",
                           "Marlow Lines")
    assert not count.open


def test_count_list_between_dashes():
    count = one("The company's four plants — in Pune, Nashik, Hosur and Sanand — currently produce 7.5 GWh a "
                "year.", "count")
    assert count.roles == {"count": "four"}
    assert count.items == ("Pune", "Nashik", "Hosur", "Sanand")


def test_count_open_list_after_including():
    count = one("The shuttle can run up to 48 trains a week and serves 11 inland terminals, including "
                "Duisburg, Dortmund and Gelsenkirchen.", "count")
    assert count.roles == {"count": "11"}
    assert count.items == ("Duisburg", "Dortmund", "Gelsenkirchen")
    assert count.open


def test_count_list_in_the_next_sentence():
    count = one("The province has established eight industrial clusters. They encompass electronics, "
                "textiles, advanced materials, petrochemicals, agriculture, home appliances, software, and "
                "automobiles.", "count")
    assert count.roles == {"count": "eight"}
    assert count.items == ("electronics", "textiles", "advanced materials", "petrochemicals", "agriculture",
                           "home appliances", "software", "automobiles")


def test_count_list_in_the_next_sentence_after_an_each_clause():
    count = one("The province has established eight industrial clusters, each capable of generating over 1 "
                "trillion yuan in annual production output value. They encompass electronics, textiles, "
                "advanced materials, petrochemicals, agriculture, home appliances, software, and "
                "automobiles.", "count")
    assert count.roles == {"count": "eight"}
    assert len(count.items) == 8


def test_count_list_of_names_ends_where_the_names_do():
    count = one("Eleven guests from six countries including the United Kingdom, Italy, Pakistan, Peru and "
                "Thailand joined the tour and visited some of the advanced manufacturing enterprises in "
                "Guangzhou, capital of Guangdong province.", "count")
    assert count.roles == {"count": "six"}
    assert count.items == ("the United Kingdom", "Italy", "Pakistan", "Peru", "Thailand")
    assert count.open


@pytest.mark.parametrize(("count", "items"), [
    ("two", ("new energy", "food and beverage")),
    ("three", ("new energy", "food", "beverage")),
])
def test_count_chooses_the_reading_its_number_allows(count, items):
    relation = one(f"The fund backs {count} sectors: new energy, food and beverage.", "count")
    assert relation.roles == {"count": count}
    assert relation.items == items


def test_count_semicolon_list_after_of():
    text = ("In June 2020, Guangdong proposed developing 20 strategic industry clusters. Of them, 4 focus on "
            "the strategic pillar industries of electronics; petrochemicals; home appliances; and automobiles. "
            "The other 16 strategic emerging industries cover chips and robots.")
    count = one(text, "count")
    assert count.roles == {"count": "4"}
    assert count.items == ("electronics", "petrochemicals", "home appliances", "automobiles")


def test_count_list_stops_at_a_relative_clause():
    count = one("Kawabe introduced five new models this year: the Hayate welder, the Kasumi painter, the "
                "Tsubame collaborative arm, the Kumo mobile manipulator and the Iwa palletizer, which handles "
                "payloads exceeding 500 kg.", "count")
    assert count.items == ("the Hayate welder", "the Kasumi painter", "the Tsubame collaborative arm",
                           "the Kumo mobile manipulator", "the Iwa palletizer")


def test_kinds_after_a_large_count_are_no_enumeration():
    assert of_kind("The group employs 4,200 people: engineers, drivers and clerks.", "count") == []


def test_no_list_when_another_figure_comes_first():
    text = "The insurer has 40 branches, up from 35, including Pune, Nashik and Hosur."
    assert of_kind(text, "count") == []


def test_one_of_the_ten_proposes_nothing():
    assert read("The biopharmaceutical and healthcare sector is one of the 10 strategic pillar industry "
                "clusters that Guangdong is developing.") == []


# -- totals, breakdowns, tiers ---------------------------------------------------------------------
def test_total_of_them_and_the_other():
    text = ("In June 2020, Guangdong proposed developing 20 strategic industry clusters. Of them, 10 focus on "
            "pillar industries. The other 10 are emerging industries.")
    assert one(text, "total").roles == {"total": "20", "parts": ("10", "10")}


def test_total_breakdown_into_amounts_skips_their_conversions():
    text = ("Sahyadri will invest ₹3,600 crore ($421 million) over three years. The spending breaks down into "
            "₹1,900 crore for a line at Sanand, ₹950 crore to upgrade the Hosur factory and ₹850 crore "
            "($99.4 million) for a research centre in Pune.")
    assert one(text, "total").roles == {"total": "₹3,600 crore", "parts": ("₹1,900 crore", "₹950 crore",
                                                                           "₹850 crore")}


TIERED = ("Guangdong has five industrial clusters: new energy, display, digital creativity, smart robots and "
          "blockchain. Three industrial clusters — new energy, display and digital creativity — have output "
          "surpassing 500 billion yuan each. Two industrial clusters — smart robots, as well as blockchain — "
          "boast output of over 10 billion yuan each.")


def test_tiers_of_consecutive_lists_with_bounds():
    tiers = one(TIERED, "tiers")
    assert tiers.tiers == (("Three", "500 billion yuan"), ("Two", "10 billion yuan"))
    assert tiers.population == ("five",)
    counts = {r.roles["count"]: r.items for r in of_kind(TIERED, "count")}
    assert counts == {"five": ("new energy", "display", "digital creativity", "smart robots", "blockchain"),
                      "Three": ("new energy", "display", "digital creativity"),
                      "Two": ("smart robots", "blockchain")}


def test_no_tiers_when_the_bounds_rise():
    text = ("Three industrial clusters — new energy, display and digital creativity — have output of over 10 "
            "billion yuan each. Two industrial clusters — smart robots, as well as blockchain — boast output "
            "surpassing 500 billion yuan each.")
    assert len(of_kind(text, "count")) == 2
    assert of_kind(text, "tiers") == []


def test_tiers_of_them_and_the_other():
    text = ("The company's six factories — in Nagoya, Kariya, Toyohashi, Suzhou, Ostrava and Monterrey — built "
            "nearly 52,000 robots in the half. Three of them, Nagoya, Kariya and Suzhou, each built more than "
            "12,000, while the other three, Toyohashi, Ostrava and Monterrey, each built at least 6,000.")
    tiers = one(text, "tiers")
    assert tiers.roles == {"total": "six", "combined": "52,000"}
    assert tiers.tiers == (("Three", "12,000"), ("three", "6,000"))
    assert tiers.population == ("six",)


# -- shares, orderings, repeats --------------------------------------------------------------------
def test_share_accounting_for():
    text = ("Official data show that the 20 strategic industry clusters' added value achieved a year-on-year "
            "increase of 5.2 percent in 2023, accounting for 40 percent of Guangdong's GDP.")
    assert one(text, "share").roles == {"percent": "40 percent"}
    assert one(text, "change").roles == {"percent": "5.2 percent"}


def test_share_fraction_of():
    text = "The province's industrial scale accounts for about one-eighth of China's total."
    assert one(text, "share").roles == {"percent": "one-eighth"}


def test_share_with_part_and_whole_skips_the_old_value():
    text = ("Revenue for the year rose 24 percent to ₹4,960 crore from ₹4,000 crore. Exports brought in "
            "₹1,240 crore, or 28 percent of revenue.")
    assert one(text, "share").roles == {"percent": "28 percent", "part": "₹1,240 crore", "whole": "₹4,960 crore"}


def test_ordering_profit_added_value_revenue():
    text = ("In 2023, Guangdong's manufacturing enterprises achieved more than 18 trillion yuan in operating "
            "revenue, 4 trillion yuan in added value and 1 trillion yuan in profits.")
    assert one(text, "ordering").roles == {"claims": ("1 trillion yuan", "4 trillion yuan", "18 trillion yuan")}


def test_ordering_never_orders_figures_of_the_same_rank():
    text = ("In 2023, the enterprises reported 500 billion yuan in revenue, including 100 billion yuan in "
            "overseas sales, and 40 billion yuan in profits.")
    for relation in of_kind(text, "ordering"):
        chain = relation.roles["claims"]
        assert not ({"500 billion yuan", "100 billion yuan"} <= set(chain)), chain


def test_no_ordering_across_currencies():
    assert of_kind("Enterprises achieved 18 trillion yuan in operating revenue and $140 billion in profits.",
                   "ordering") == []


CALLOUT = ("The biomedical and healthcare industry cluster in Guangdong achieved {body} in operating revenue "
           "in 2023, putting the province at the forefront of the country.\n\n{callout}\n\noperating revenue "
           "generated by the biomedical and healthcare industry cluster in Guangdong in 2023\n\nGuangdong has "
           "also maintained its position for years.\n")


@pytest.mark.parametrize("callout", ["663.8 billion yuan", "636.8 billion yuan"])
def test_repeat_callout_restates_the_body_figure(callout):
    """Even a mistyped callout (digits transposed) is paired with its body figure, for REP001."""
    text = CALLOUT.format(body="663.8 billion yuan", callout=callout)
    assert one(text, "repeat").roles == {"claims": ("663.8 billion yuan", callout)}


def test_repeat_restated_in_the_same_words():
    text = ("Official data indicate that enterprises each with annual business revenue reaching 20 million yuan "
            "achieved more. The plan projects the scale of pharma enterprises, each with annual business revenue "
            "reaching 20 million yuan, to surpass 500 billion yuan.")
    assert one(text, "repeat").roles == {"claims": ("20 million yuan", "20 million yuan")}


def test_different_percents_after_the_same_words_are_no_repeat():
    text = ("Exports to Europe posted an increase of 5.2 percent, while exports to Asia posted an increase of "
            "9.2 percent.")
    assert of_kind(text, "repeat") == []
    assert [r.roles for r in of_kind(text, "change")] == [{"percent": "5.2 percent"}, {"percent": "9.2 percent"}]


# -- split_list ------------------------------------------------------------------------------------
def test_split_list_semicolons_keep_commas_inside_items():
    assert split_list("lasers and additive manufacturing; digital creativity; safety, emergency response and "
                      "environmental protection; and precision instruments and equipment") == [[
                          "lasers and additive manufacturing", "digital creativity",
                          "safety, emergency response and environmental protection",
                          "precision instruments and equipment"]]


def test_split_list_oxford_comma_is_one_reading():
    assert split_list("food, beverage, clothing, and household appliances") == [
        ["food", "beverage", "clothing", "household appliances"]]


def test_split_list_without_oxford_comma_has_two_readings():
    readings = split_list("automobiles, ships, petrochemicals and machinery")
    assert sorted(map(tuple, readings)) == [("automobiles", "ships", "petrochemicals", "machinery"),
                                            ("automobiles", "ships", "petrochemicals and machinery")]


def test_split_list_as_well_as():
    assert split_list("smart robots, as well as blockchain and quantum information") == [
        ["smart robots", "blockchain and quantum information"]]


def test_split_list_two_items_and_no_list():
    assert split_list("Germany and Poland") == [["Germany", "Poland"]]
    assert split_list("Germany") == []
    assert split_list("new energy, , display") == []
