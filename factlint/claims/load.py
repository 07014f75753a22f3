"""Loading a claims file: what an article says, figure by figure, and how its figures relate.

Loading validates everything up front and reports every problem with file:line:column and what
was expected, so that checks can trust the model. See README "Claims format".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from factlint.claims.model import (
    WEEKDAYS,
    ArticleRef,
    Claim,
    ClaimsFile,
    IgnoredFigure,
    Location,
    Relation,
    Suppression,
    TierSpec,
)
from factlint.claims.yamlnodes import compose, position
from factlint.errors import InputError, Problem
from factlint.figures.figure import FigureSyntaxError, parse_figure
from factlint.figures.hedges import HEDGES, lookup_hedge
from factlint.figures.units import Unit, UnknownUnitError, parse_unit
from factlint.limits import CLAIMS, CLAIMS_BYTES, read_limited, refuse

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
CODE_RE = re.compile(r"^[A-Z]{3}\d{3}$")
RATE_KEY_RE = re.compile(r"^([A-Z]{3})/([A-Z]{3})$")
DATE_VALUE_RE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
YEAR_RANGE_RE = re.compile(r"^(\d{4})\s*[-–]\s*(\d{4})$|^(\d{3})0s$")
PERIOD_VALUE_RE = re.compile(r"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$")

CLAIM_KEYS = {"id", "quote", "value", "unit", "hedge", "occurrence", "weekday", "noun", "exact",
              "note", "ignore"}
ARTICLE_KEYS = {"path", "text", "title", "published", "locale", "source"}
TOP_KEYS = {"factlint", "article", "rates", "claims", "relations", "ignored_figures"}
IGNORED_KEYS = {"quote", "reason", "occurrence"}


# Relation kinds: role -> (how many claims: "one", "opt", "many"); other keys are listed apart.
RELATION_ROLES: dict[str, dict[str, str]] = {
    "conversion": {"amount": "one", "equivalent": "one"},
    "count": {"count": "one"},
    "total": {"total": "one", "parts": "many"},
    "tiers": {"total": "opt", "combined": "opt"},
    "share": {"percent": "one", "part": "opt", "whole": "opt"},
    "shares": {"parts": "many", "percents": "many"},  # shares of one unstated whole, paired in order
    "change": {"from": "opt", "to": "opt", "percent": "opt", "amount": "opt"},  # amount: the size of the change
    "ordering": {"claims": "many"},
    "repeat": {"claims": "many"},
}
RELATION_EXTRA_KEYS: dict[str, set[str]] = {
    "count": {"items", "open"},
    "tiers": {"population", "tiers"},
    "change": {"direction"},
}


class _Loader:
    """Walks the composed YAML, collecting problems instead of stopping at the first."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.declared: set[str] = set()  # every claim id written, valid claim or not
        self.ignored: list[IgnoredFigure] = []

    def problem(self, node: Any, message: str) -> None:
        line, column = position(node) if node is not None else (None, None)
        self.problems.append(Problem(self.path, line, column, message))

    # -- node helpers ----------------------------------------------------------------------------
    def mapping(self, node: Any, what: str) -> dict[str, tuple[Any, Any]] | None:
        if node is None or node.id != "mapping":
            self.problem(node, f"{what} must be a mapping (key: value)")
            return None
        result: dict[str, tuple[Any, Any]] = {}
        for key, value in node.value:
            if key.id != "scalar":
                self.problem(key, f"keys in {what} must be plain words")
                continue
            if key.value in result:
                self.problem(key, f"duplicate key {key.value!r} in {what}")
            result[key.value] = (key, value)
        return result

    def sequence(self, node: Any, what: str) -> list[Any]:
        if node.id != "sequence":
            self.problem(node, f"{what} must be a list")
            return []
        return list(node.value)

    def string(self, node: Any, what: str) -> str | None:
        if node.id != "scalar":
            self.problem(node, f"{what} must be a single value, not a list or mapping")
            return None
        return str(node.value)

    def unknown_keys(self, entries: dict[str, tuple[Any, Any]], allowed: set[str], what: str) -> None:
        for name, (key, _) in entries.items():
            if name not in allowed:
                expected = ", ".join(sorted(allowed))
                self.problem(key, f"unknown key {name!r} in {what}: expected one of {expected}")

    # -- sections --------------------------------------------------------------------------------
    def load(self, root: Any, base: Path,
             roots: Sequence[Path] | None) -> tuple[ArticleRef | None, dict, list[Claim], list[Relation]]:
        top = self.mapping(root, "the claims file")
        if top is None:
            return None, {}, [], []
        self.ignored = self.ignored_figures(top["ignored_figures"][1]) if "ignored_figures" in top else []
        self.unknown_keys(top, TOP_KEYS, "the claims file")
        article = self.article(top["article"][1], base, roots) if "article" in top else None
        if "article" not in top:
            self.problem(root, "missing 'article' (the article these claims are about)")
        rates = self.rates(top["rates"][1]) if "rates" in top else {}
        claims = self.claims(top["claims"][1]) if "claims" in top else []
        if "claims" not in top:
            self.problem(root, "missing 'claims' (a list of claims)")
        relations = self.relations(top["relations"][1]) if "relations" in top else []
        return article, rates, claims, relations

    def article(self, node: Any, base: Path, roots: Sequence[Path] | None) -> ArticleRef | None:
        entries = self.mapping(node, "article")
        if entries is None:
            return None
        self.unknown_keys(entries, ARTICLE_KEYS, "article")
        fields = {name: self.string(value, f"article.{name}") for name, (_, value) in entries.items()}
        path_text, text = fields.get("path"), fields.get("text")
        if (path_text is None) == (text is None):
            self.problem(node, "article needs exactly one of 'path' (a file) or 'text' (inline)")
            return None
        published = None
        if fields.get("published"):
            try:
                published = dt.date.fromisoformat(fields["published"])
            except ValueError:
                self.problem(entries["published"][1], "published must be a date: YYYY-MM-DD")
        if path_text and "\x00" in path_text:
            self.problem(entries["path"][1], "article.path contains a NUL character: no file has that name")
            path_text = None
        path = (base / path_text) if path_text else None
        if path is not None and roots is not None and not inside(path, roots):
            # Checked before the file is even looked at: a claims file from a pull request must not
            # make a report quote (or a message confirm) any file of the machine.
            self.problem(entries["path"][1], f"article file {path_text!r} is outside the project "
                                             f"({', '.join(map(str, roots))}); articles are read only from "
                                             f"there, or from a folder allowed with --article-root or "
                                             f"article-roots in the configuration")
        elif path is not None and not _is_file(path):
            self.problem(entries["path"][1], f"article file {str(path)!r} not found (article.path is "
                                             f"relative to the claims file's folder)")
        return ArticleRef(path, text, path_text or "<inline article>", fields.get("title"),
                          published, fields.get("locale") or "en")

    def rates(self, node: Any) -> dict[tuple[str, str], Decimal]:
        entries = self.mapping(node, "rates") or {}
        rates: dict[tuple[str, str], Decimal] = {}
        for name, (key, value) in entries.items():
            match = RATE_KEY_RE.match(name)
            text = self.string(value, f"rate {name}")
            if not match:
                self.problem(key, f"rate key {name!r} must be BASE/QUOTE, e.g. USD/CNY")
                continue
            try:
                rate = Decimal(text or "")
            except InvalidOperation:
                self.problem(value, f"rate {name} must be a number (QUOTE per 1 BASE), got {text!r}")
                continue
            if rate <= 0:
                self.problem(value, f"rate {name} must be positive")
                continue
            rates[(match.group(1), match.group(2))] = rate
        return rates

    def claims(self, node: Any) -> list[Claim]:
        claims: list[Claim] = []
        seen: dict[str, Any] = {}
        items = self.sequence(node, "claims")
        if len(items) > CLAIMS.value:
            line, column = position(node)
            raise refuse(CLAIMS, self.path, line, column, f"{len(items):,} claims")
        for item in items:
            if item.id == "mapping":
                self.declared.update(str(v.value) for k, v in item.value if k.value == "id" and v.id == "scalar")
            claim = self.claim(item)
            if claim is None:
                continue
            if claim.id in seen:
                self.problem(item, f"duplicate claim id {claim.id!r} (first at line "
                                   f"{position(seen[claim.id])[0]})")
                continue
            seen[claim.id] = item
            claims.append(claim)
        return claims

    def claim(self, node: Any) -> Claim | None:
        entries = self.mapping(node, "a claim")
        if entries is None:
            return None
        self.unknown_keys(entries, CLAIM_KEYS, "a claim")
        missing = [k for k in ("id", "quote", "value", "unit") if k not in entries]
        if missing:
            self.problem(node, f"claim is missing {', '.join(missing)}")
            return None
        fields = {k: self.string(v, k) for k, (_, v) in entries.items() if k not in ("ignore",)}
        if any(fields.get(k) is None for k in ("id", "quote", "value", "unit")):
            return None
        claim_id = fields["id"]
        assert claim_id is not None
        if not ID_RE.match(claim_id):
            self.problem(entries["id"][1], f"claim id {claim_id!r} must be letters, digits, "
                                           f"'-', '_' or '.'")
        try:
            unit = parse_unit(fields["unit"] or "")
        except UnknownUnitError as error:
            self.problem(entries["unit"][1], str(error))
            return None
        hedge = fields.get("hedge")
        if hedge is not None and lookup_hedge(hedge) is None:
            self.problem(entries["hedge"][1], f"unknown hedge {hedge!r}: expected one of the "
                                              f"hedge table ({', '.join(sorted(HEDGES)[:6])}, ...)")
        value_node = entries["value"][1]
        parsed = self.value(fields["value"] or "", unit, value_node)
        if parsed is None:
            return None
        figure, date, years, period = parsed
        weekday = fields.get("weekday")
        if weekday is not None and weekday.lower() not in WEEKDAYS:
            self.problem(entries["weekday"][1], f"weekday must be a day name, got {weekday!r}")
        return Claim(
            id=claim_id, quote=fields["quote"] or "", value=fields["value"] or "", unit=unit,
            location=Location(*position(node)), value_location=Location(*position(value_node)),
            hedge=hedge, occurrence=self.positive_int(entries.get("occurrence")),
            weekday=weekday, noun=fields.get("noun"), exact=self.boolean(entries.get("exact")),
            figure=figure, date=date, years=years, period=period,
            suppressions=self.suppressions(entries["ignore"][1]) if "ignore" in entries else (),
        )

    def value(self, text: str, unit: Unit, node: Any) -> tuple[Any, Any, Any, Any] | None:
        if unit.kind == "date":
            match = DATE_VALUE_RE.match(text.strip())
            if not match:
                self.problem(node, f"a date value must be YYYY-MM-DD or YYYY-MM, got {text!r}")
                return None
            year, month, day = int(match[1]), int(match[2]), int(match[3]) if match[3] else None
            return None, (year, month, day), None, None
        if unit.kind == "weekday":
            if text.lower() not in WEEKDAYS:
                self.problem(node, f"a weekday value must be a day name, got {text!r}")
                return None
            return None, None, None, None
        if unit.kind == "year_range":
            match = YEAR_RANGE_RE.match(text.strip())
            if not match:
                self.problem(node, f"a year range must be YYYY-YYYY or a decade (1990s), got {text!r}")
                return None
            if match[3]:
                first = int(match[3]) * 10
                return None, None, (first, first + 9), None
            return None, None, (int(match[1]), int(match[2])), None
        if unit.kind == "period":
            match = PERIOD_VALUE_RE.match(text.strip())
            if not match or not (1 <= int(match[2]) <= 12 and 1 <= int(match[4]) <= 12):
                self.problem(node, f"a period must be YYYY-MM/YYYY-MM (first and last month), got {text!r}")
                return None
            return None, None, None, (int(match[1]), int(match[2]), int(match[3]), int(match[4]))
        try:
            return parse_figure(text), None, None, None
        except FigureSyntaxError as error:
            self.problem(node, str(error))
            return None

    def positive_int(self, entry: tuple[Any, Any] | None) -> int | None:
        if entry is None:
            return None
        text = self.string(entry[1], entry[0].value)
        if text is None or not text.isdigit() or int(text) < 1:
            self.problem(entry[1], f"{entry[0].value} must be a whole number ≥ 1, got {text!r}")
            return None
        return int(text)

    def boolean(self, entry: tuple[Any, Any] | None) -> bool | None:
        if entry is None:
            return None
        text = (self.string(entry[1], entry[0].value) or "").lower()
        if text not in ("true", "false", "yes", "no"):
            self.problem(entry[1], f"{entry[0].value} must be true or false, got {text!r}")
            return None
        return text in ("true", "yes")

    def suppressions(self, node: Any) -> tuple[Suppression, ...]:
        """`ignore: [{code: CUR001, reason: ..., until: 2026-12-31}]`; a bare code has no reason."""
        found: list[Suppression] = []
        for item in self.sequence(node, "ignore"):
            if item.id == "scalar":
                self.problem(item, f"ignore {item.value!r} needs a reason: write "
                                   f"{{code: {item.value}, reason: why this finding is acceptable}}")
                continue
            entries = self.mapping(item, "an ignore entry")
            if entries is None:
                continue
            self.unknown_keys(entries, {"code", "reason", "until"}, "an ignore entry")
            code = self.string(entries["code"][1], "code") if "code" in entries else None
            reason = self.string(entries["reason"][1], "reason") if "reason" in entries else None
            if not code or not CODE_RE.match(code.upper()) or not (reason or "").strip():
                self.problem(item, "an ignore entry needs 'code' (a check code such as CUR001) and "
                                   "'reason' (why the finding is acceptable)")
                continue
            until = None
            if "until" in entries:
                try:
                    until = dt.date.fromisoformat(self.string(entries["until"][1], "until") or "")
                except ValueError:
                    self.problem(entries["until"][1], "until must be a date: YYYY-MM-DD")
                    continue
            found.append(Suppression(code.upper(), str(reason), Location(*position(item)), until))
        return tuple(found)

    def ignored_figures(self, node: Any) -> list[IgnoredFigure]:
        ignored: list[IgnoredFigure] = []
        for item in self.sequence(node, "ignored_figures"):
            entries = self.mapping(item, "an ignored figure")
            if entries is None:
                continue
            self.unknown_keys(entries, IGNORED_KEYS, "an ignored figure")
            quote = self.string(entries["quote"][1], "quote") if "quote" in entries else None
            reason = self.string(entries["reason"][1], "reason") if "reason" in entries else None
            if not quote or not (reason or "").strip():
                self.problem(item, "an ignored figure needs 'quote' (the text around it) and "
                                   "'reason' (why it needs no claim)")
                continue
            occurrence = self.positive_int(entries.get("occurrence"))
            ignored.append(IgnoredFigure(quote, str(reason), Location(*position(item)), occurrence))
        return ignored

    def relations(self, node: Any) -> list[Relation]:
        return [r for r in (self.relation(item) for item in self.sequence(node, "relations")) if r]

    def relation(self, node: Any) -> Relation | None:
        entries = self.mapping(node, "a relation")
        if entries is None:
            return None
        if "kind" not in entries:
            self.problem(node, f"relation is missing 'kind': one of {', '.join(RELATION_ROLES)}")
            return None
        kind = self.string(entries["kind"][1], "kind")
        if kind not in RELATION_ROLES:
            self.problem(entries["kind"][1], f"unknown relation kind {kind!r}: expected one of "
                                             f"{', '.join(RELATION_ROLES)}")
            return None
        roles = RELATION_ROLES[kind]
        allowed = {"kind", "id", "note", *roles, *RELATION_EXTRA_KEYS.get(kind, set())}
        self.unknown_keys(entries, allowed, f"a {kind} relation")
        refs: dict[str, tuple[str, ...]] = {}
        for role, arity in roles.items():
            if role not in entries:
                if arity != "opt":
                    self.problem(node, f"{kind} relation is missing {role!r}")
                continue
            value = entries[role][1]
            if arity == "many":
                ids = tuple(s for s in (self.string(v, role) for v in self.sequence(value, role)) if s)
                if len(ids) < (2 if role == "claims" else 1):
                    self.problem(value, f"{role!r} needs at least two claim ids" if role == "claims"
                                 else f"{role!r} needs at least one claim id")
            else:
                ids = tuple(s for s in [self.string(value, role)] if s)
                if not ids and arity == "one" and value.id == "scalar":  # `amount: ''` names no claim
                    self.problem(value, f"{kind} relation: {role!r} needs a claim id")
            refs[role] = ids
        if kind == "shares" and len(refs.get("parts", ())) != len(refs.get("percents", ())):
            self.problem(node, f"a shares relation pairs 'parts' and 'percents' in order: "
                               f"{len(refs.get('parts', ()))} parts, {len(refs.get('percents', ()))} percents")
            return None
        loc = Location(*position(node))
        rel_id = self.string(entries["id"][1], "id") if "id" in entries else None
        extra = self.relation_extra(kind, entries, node)
        if extra is None:
            return None
        return Relation(kind=kind, location=loc, id=rel_id, refs=refs, **extra)

    def relation_extra(self, kind: str, entries: dict, node: Any) -> dict[str, Any] | None:
        if kind == "count":
            if "items" not in entries:
                self.problem(node, "count relation is missing 'items' (the things the text lists)")
                return None
            items = tuple(s for s in (self.string(v, "item")
                                      for v in self.sequence(entries["items"][1], "items")) if s)
            return {"items": items, "open": bool(self.boolean(entries.get("open")))}
        if kind == "change":
            direction = None
            if "direction" in entries:
                direction = self.string(entries["direction"][1], "direction")
                if direction not in ("increase", "decrease"):
                    self.problem(entries["direction"][1], "direction must be increase or decrease")
            return {"direction": direction}
        if kind == "tiers":
            return self.tiers_extra(entries, node)
        return {}

    def tiers_extra(self, entries: dict, node: Any) -> dict[str, Any] | None:
        if "tiers" not in entries:
            self.problem(node, "tiers relation is missing 'tiers' (a list of {list, each})")
            return None
        specs: list[TierSpec] = []
        for item in self.sequence(entries["tiers"][1], "tiers"):
            tier = self.mapping(item, "a tier")
            if tier is None:
                continue
            self.unknown_keys(tier, {"list", "each"}, "a tier")
            if "list" not in tier or "each" not in tier:
                self.problem(item, "a tier needs 'list' (a count relation id) and 'each' (a claim id)")
                continue
            list_id = self.string(tier["list"][1], "list")
            each = self.string(tier["each"][1], "each")
            if list_id and each:
                specs.append(TierSpec(list_id, each, Location(*position(item))))
        population: tuple[str, ...] = ()
        if "population" in entries:
            population = tuple(s for s in (self.string(v, "population") for v in
                                           self.sequence(entries["population"][1], "population")) if s)
        return {"tiers": tuple(specs), "population": population}


def inside(path: Path, roots: Sequence[Path]) -> bool:
    """Whether `path`, symlinks followed, lies in one of `roots` (themselves resolved)."""
    try:
        resolved = path.resolve()
    except (OSError, ValueError):  # a symlink loop, a name the system cannot hold: refused
        return False
    return any(resolved.is_relative_to(root.resolve()) for root in roots)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # a name too long for the file system names no file
        return False


def _check_references(loader: _Loader, claims: list[Claim], relations: list[Relation]) -> None:
    known = {c.id for c in claims} | loader.declared  # a claim with errors is reported itself
    relation_ids: dict[str, Relation] = {}
    for relation in relations:
        if relation.id:
            if relation.id in relation_ids:
                loader.problems.append(Problem(loader.path, relation.location.line,
                                               relation.location.column,
                                               f"duplicate relation id {relation.id!r}"))
            relation_ids[relation.id] = relation
    for relation in relations:
        where = (loader.path, relation.location.line, relation.location.column)
        for role, ids in relation.refs.items():
            for claim_id in ids:
                if claim_id not in known:
                    loader.problems.append(Problem(
                        *where, f"{relation.kind} relation: {role} {claim_id!r} is not a claim id"))
        lists = [t.list_id for t in relation.tiers] + list(relation.population)
        for list_id in lists:
            target = relation_ids.get(list_id)
            if target is None or target.kind != "count":
                loader.problems.append(Problem(
                    *where, f"tiers relation: {list_id!r} is not the id of a count relation"))
        for tier in relation.tiers:
            if tier.each not in known:
                loader.problems.append(Problem(loader.path, tier.location.line, tier.location.column,
                                               f"tier: each {tier.each!r} is not a claim id"))


def load_claims(path: Path, display: str | None = None, article_roots: Sequence[Path] | None = None) -> ClaimsFile:
    """Read and validate a claims file; raises InputError listing every problem found.

    With `article_roots`, `article.path` must resolve (symlinks followed) inside one of them.
    """
    from factlint.text.article import decode_utf8

    shown = display or str(path)
    try:
        data = read_limited(path, CLAIMS_BYTES, shown)
    except FileNotFoundError:
        raise InputError.at(shown, None, None, "claims file not found") from None
    except IsADirectoryError:
        raise InputError.at(shown, None, None, "is a directory, expected a claims file") from None
    except OSError as error:
        raise InputError.at(shown, None, None, f"cannot read: {error.strerror}") from None
    return parse_claims(decode_utf8(data, shown), shown, path.parent,
                        digest=hashlib.sha256(data).hexdigest(), article_roots=article_roots)


def parse_claims(text: str, shown: str, base: Path, digest: str = "",
                 article_roots: Sequence[Path] | None = None, drafted: bool = False) -> ClaimsFile:
    root = compose(text, shown, bounded=drafted)
    loader = _Loader(shown)
    if root is None:
        raise InputError.at(shown, 1, 1, "empty claims file: expected 'article' and 'claims'")
    article, rates, claims, relations = loader.load(root, base, article_roots)
    _check_references(loader, claims, relations)
    if loader.problems or article is None:
        raise InputError(loader.problems or [Problem(shown, 1, 1, "invalid claims file")])
    return ClaimsFile(shown, digest or hashlib.sha256(text.encode()).hexdigest(), article, rates,
                      tuple(claims), tuple(relations), tuple(loader.ignored))
