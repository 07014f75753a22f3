"""Relations: what an article's wording says about how its figures relate, with no claims file.

Here: `infer.py` (`infer_relations`: every finder in order), one module per relation kind
(`conversions.py`, `changes.py`, `lists.py`, `totals.py`, `shares.py`, `orderings.py`,
`repeats.py`), `context.py` (`Context`, `ProposedRelation`: what the finders share), and
`draft.py` (a claims file drafted from an article's figures and relations, for `init` and the
zero-config `check`).

May import `text`, `figures` and the shared vocabulary. Produces claims-file text, which is
loaded like a hand-made file; never judges whether a relation holds (that is the checks' work).
"""
