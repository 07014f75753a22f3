"""Match two lists of names one-to-one, as an editor would ("biomedicine and health" is the
"biopharmaceuticals and health" cluster; "cutting-edge new materials" is not "advanced materials").

Exact matches (after normalizing case, punctuation and filler words) are taken first, then the
remaining pairs greedily by rapidfuzz token-sort similarity, best first, above a threshold.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

FILLER = frozenset({"the", "and", "of", "a", "an", "as", "well", "&"})
THRESHOLD = 65.0


@dataclass(frozen=True, slots=True)
class Pairing:
    left: int
    right: int
    score: float  # 100 for an exact match


def normalize_name(name: str) -> str:
    """Lower case, accents folded ("Łódź" = "Lodz", "Querétaro" = "Queretaro"), filler dropped."""
    words = re.findall(r"[a-z0-9]+", fold_accents(name).lower().replace("-", " "))
    return " ".join(w for w in words if w not in FILLER)


# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSABLE = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                                 "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})


def fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def match_names(left: list[str], right: list[str], threshold: float = THRESHOLD) -> list[Pairing]:
    """One-to-one pairs between the two lists; unpaired names are simply absent."""
    norm_left = [normalize_name(n) for n in left]
    norm_right = [normalize_name(n) for n in right]
    pairs: list[Pairing] = []
    used_left: set[int] = set()
    used_right: set[int] = set()
    for i, name in enumerate(norm_left):
        for j, other in enumerate(norm_right):
            if j not in used_right and name == other:
                pairs.append(Pairing(i, j, 100.0))
                used_left.add(i)
                used_right.add(j)
                break
    rest = [(i, j) for i in range(len(left)) if i not in used_left
            for j in range(len(right)) if j not in used_right]
    if rest:
        from rapidfuzz import fuzz

        scored = sorted(((fuzz.token_sort_ratio(norm_left[i], norm_right[j]), i, j)
                         for i, j in rest), reverse=True)
        for score, i, j in scored:
            if score < threshold:
                break
            if i in used_left or j in used_right:
                continue
            pairs.append(Pairing(i, j, score))
            used_left.add(i)
            used_right.add(j)
    return sorted(pairs, key=lambda p: p.left)


def closest_name(name: str, candidates: list[str]) -> tuple[str, float] | None:
    if not candidates:
        return None
    from rapidfuzz import fuzz

    scored = [(fuzz.token_sort_ratio(normalize_name(name), normalize_name(c)), c) for c in candidates]
    score, best = max(scored)
    return best, score
