"""ANC: every claim quotes the article as it stands, and records the figure the quote writes."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from factlint.claims.anchoring import closest_text, mention_matches
from factlint.claims.graph import Graph
from factlint.figures.hedges import lookup_hedge, same_meaning
from factlint.findings import Hit, Severity
from factlint.registry import rule


@rule("ANC001", "stale-quote", Severity.ERROR)
def stale_quote(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A claim's quote is no longer in the article (a stale claim).

    What it checks:
        Each claim's quote must occur in the article. Runs of whitespace, page-break gaps,
        non-breaking spaces, curly quotes and an escaped `\\$` are forgiven; words are not.
        When the quote is gone, the finding shows the closest text the article now has.

    Why it matters:
        The text is the source of truth. A quote that is gone means the article was edited
        after the claims were recorded, and every check on that claim reads an old figure.

    Example:
        ```yaml
        article:
          text: "The delegation saw participation of 340 enterprises."
        claims:
          - {id: firms, quote: "participation of 336 enterprises", value: "336", unit: count}
        ```

    Use instead:
        ```yaml
        article:
          text: "The delegation saw participation of 340 enterprises."
        claims:
          - {id: firms, quote: "participation of 340 enterprises", value: "340", unit: count}
        ```

    Options:
        None. `factlint sync --write` re-anchors stale quotes and updates their figures.
    """
    for node in graph.nodes.values():
        anchor = node.anchor
        if anchor.found:
            continue
        if node.claim.occurrence and anchor.occurrences:
            yield Hit(f"quote occurs {anchor.occurrences} time(s) but the claim asks for "
                      f"occurrence {node.claim.occurrence}", (node.id,),
                      fix="Correct `occurrence`, or run `factlint sync --write`")
            continue
        closest = closest_text(node.claim.quote, graph.article)
        if closest is None:
            yield Hit(f"quote not found in the article: {node.claim.quote!r}", (node.id,),
                      fix="Update the quote, or remove the claim if the figure was cut")
            continue
        span, score = closest
        now = " ".join(graph.article.text[span.start:span.end].split())
        yield Hit(f"stale claim: quote {node.claim.quote!r} not found; the article now reads "
                  f"{now!r} ({score:.0f}% similar)", (node.id,),
                  fix="Run `factlint sync --write` to re-anchor it",
                  article_span=(span.start, span.end))


@rule("ANC002", "figure-mismatch", Severity.ERROR)
def figure_mismatch(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The recorded figure is not the one the quoted text writes.

    What it checks:
        Inside the quote, factlint reads the figures the text writes (digits, scale words,
        number words, fractions, percents, currencies, dates) and requires one of them to equal
        the recorded value ("eight" equals 8; "1,528" equals 1528; "1 trillion" equals 10^12),
        in the recorded currency for money.

    Why it matters:
        Checks reason with the text's figure. A claim that records something else hides an
        edit or a typo in the claims file.

    Example:
        ```yaml
        article:
          text: "The group hosted Eleven guests from six countries."
        claims:
          - {id: guests, quote: "Eleven guests", value: "12", unit: count}
        ```

    Use instead:
        ```yaml
        article:
          text: "The group hosted Eleven guests from six countries."
        claims:
          - {id: guests, quote: "Eleven guests", value: "11", unit: count}
        ```

    Options:
        None.
    """
    for node in graph.nodes.values():
        anchor = node.anchor
        if not anchor.found:
            continue
        claim = node.claim
        if anchor.mention is None:
            yield Hit(f"the quote {claim.quote!r} writes no {claim.unit.kind} figure; the claim "
                      f"records {claim.value} {claim.unit.text}", (node.id,),
                      fix="Quote the words that carry the figure")
            continue
        if mention_matches(claim, anchor.mention):
            continue
        written = anchor.mention.text.replace("\\$", "$")
        currency = anchor.mention.unit if claim.unit.kind == "currency" else None
        if currency and currency != claim.unit.code and anchor.mention.figure and claim.figure \
                and anchor.mention.figure.value == claim.figure.value:
            message = f"the text writes {written!r} ({currency}); the claim records {claim.unit.code}"
        else:
            message = (f"the text writes {written!r}; the claim records {claim.value} "
                       f"{claim.unit.text}")
        yield Hit(message, (node.id,), fix=f"Record the figure as the text writes it: {written}")


@rule("ANC003", "ambiguous-quote", Severity.WARNING)
def ambiguous_quote(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A quote occurs more than once, so the claim could be about either place.

    What it checks:
        A quote that occurs several times in the article must say which occurrence it means
        (`occurrence: 2`), or be lengthened until it is unique.

    Why it matters:
        Findings point at the figure; with two candidates they may point at the wrong one, and
        `sync` cannot tell which one an edit touched.

    Example:
        ```yaml
        article:
          text: "Sales rose 5 percent. Costs rose 5 percent."
        claims:
          - {id: costs, quote: "rose 5 percent", value: "5", unit: percent}
        ```

    Use instead:
        ```yaml
        article:
          text: "Sales rose 5 percent. Costs rose 5 percent."
        claims:
          - {id: costs, quote: "Costs rose 5 percent", value: "5", unit: percent}
        ```

    Options:
        None.
    """
    for node in graph.nodes.values():
        if node.anchor.status == "ambiguous":
            yield Hit(f"quote {node.claim.quote!r} occurs {node.anchor.occurrences} times; "
                      f"the first is used", (node.id,),
                      fix="Lengthen the quote or add `occurrence: N`")


@rule("ANC004", "hedge-mismatch", Severity.ERROR)
def hedge_mismatch(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The claim records a hedge the text does not write (or writes a different one).

    What it checks:
        When a claim records `hedge`, the text must hedge the figure with a phrase of the same
        meaning: "more than" and "over" are synonyms, "nearly" and "more than" are not.

    Why it matters:
        A hedge turns a figure into a bound. "More than 7.2 million" edited to "nearly 7.2
        million" flips what the figure says while leaving its digits alone.

    Example:
        ```yaml
        article:
          text: "The number of SMEs rose to nearly 7.2 million."
        claims:
          - {id: smes, quote: "7.2 million", value: 7.2 million, unit: count, hedge: more than}
        ```

    Use instead:
        ```yaml
        article:
          text: "The number of SMEs rose to over 7.2 million."
        claims:
          - {id: smes, quote: "7.2 million", value: 7.2 million, unit: count, hedge: more than}
        ```

    Options:
        None.
    """
    from factlint.claims.anchoring import text_hedge

    for node in graph.nodes.values():
        recorded = node.claim.hedge
        if recorded is None or node.anchor.mention is None:
            continue
        written = text_hedge(node.anchor, graph.article)
        if same_meaning(lookup_hedge(recorded), lookup_hedge(written)):
            continue
        says = f"writes {written!r}" if written else "writes no hedge"
        yield Hit(f"the claim records hedge {recorded!r} but the text {says} before "
                  f"{node.written!r}", (node.id,),
                  fix="Record the hedge as the text writes it")


@rule("ANC005", "list-item-missing", Severity.ERROR)
def list_item_missing(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """An item of a count relation's list is not in the article.

    What it checks:
        The items a count relation lists ("eight clusters: ...") are quotes too: each must occur
        in the article, layout forgiven.

    Why it matters:
        Count and tier checks compare these names; a name that is no longer in the text makes
        them compare an old list.

    Example:
        ```yaml
        article:
          text: "Two clusters: smart robots and blockchain."
        claims:
          - {id: two, quote: "Two clusters", value: "2", unit: count}
        relations:
          - {kind: count, count: two, items: [smart robots, quantum information]}
        ```

    Use instead:
        ```yaml
        article:
          text: "Two clusters: smart robots and blockchain."
        claims:
          - {id: two, quote: "Two clusters", value: "2", unit: count}
        relations:
          - {kind: count, count: two, items: [smart robots, blockchain]}
        ```

    Options:
        None.
    """
    for relation in graph.of_kind("count"):
        count_id = relation.ref("count")
        assert count_id is not None
        listing = graph.list_of(relation)
        missing = listing.missing if listing is not None else [
            item for item in relation.items if not graph.article.find_all(item)]
        for item in missing:
            elsewhere = listing is not None and graph.article.find_all(item)
            where = ("is not in the list after the count (the article names it elsewhere)" if elsewhere
                     else "is not in the article")
            yield Hit(f"listed item {item!r} {where}", (count_id,),
                      fix="Copy the item as the text writes it, or remove it from the list")


RULES = (stale_quote, figure_mismatch, ambiguous_quote, hedge_mismatch, list_item_missing)
