"""Claims: the claims file and the relation graph built from it and its article.

Here: `yamlnodes.py` (safe YAML with line and column of every node), `model.py` (`Claim`,
`Relation`, `ClaimsFile`), `load.py` (`load_claims`: validate everything, report every problem at
file:line:column), `anchoring.py` (where each quote stands in the article and which figure it
writes), `graph.py` (`Graph`: claims anchored and read as intervals, the checks' input),
`coverage.py` (which figures the claims account for), `suppressions.py` (`ignore:` on claims),
`names.py` (list items matched one-to-one), `sync.py` (re-anchor quotes after an edit, write
atomically).

May import `text`, `figures` and the shared `errors`, `findings`. Never runs a rule or formats a
report.
"""
