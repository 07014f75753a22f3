"""Auditing an archive: `factlint check DIR` over a folder tree of real articles and claims files,
unreadable files set aside and listed at the end, never a stop halfway, and nothing written there.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REPO

from factlint.cli import main
from factlint.lint.discovery import walk

FIXTURES = REPO / "tests" / "fixtures"
# What `check archive` covers, in order: the recorded seed article goes through its claims file,
# the broken files are set aside, the site configuration and the hidden drafts are passed over.
CHECKED = ["archive/claims/001_nordhaven_ports.yaml", "archive/desk/b1_rheinfeld_deliveries.md",
           "archive/desk/h1/h1_calderbridge_budget.yaml", "archive/seeds/002_sahyadri_cells.txt"]
UNREADABLE = ["archive/broken/bad.yaml", "archive/broken/latin1.txt"]


def make_archive(root: Path) -> Path:
    """A newsroom folder: claims files with their articles, bare articles, noise and broken files."""
    archive = root / "archive"
    for folder in ("claims", "seeds", "desk/h1", "broken", ".drafts"):
        (archive / folder).mkdir(parents=True)
    shutil.copy(REPO / "claims/001_nordhaven_ports.yaml", archive / "claims")
    for name in ("001_nordhaven_ports.txt", "002_sahyadri_cells.txt"):
        shutil.copy(REPO / "seeds" / name, archive / "seeds")
    shutil.copy(FIXTURES / "holdout2/b1_rheinfeld_deliveries.txt", archive / "desk/b1_rheinfeld_deliveries.md")
    for suffix in (".yaml", ".txt"):
        shutil.copy(FIXTURES / f"holdout/h1_calderbridge_budget{suffix}", archive / "desk/h1")
    shutil.copy(REPO / "seeds/003_kawabe_robotics.txt", archive / ".drafts")
    (archive / "_config.yml").write_text("title: The Harbour Ledger archive\n", encoding="utf-8")
    (archive / "notes.csv").write_text("story,desk\n", encoding="utf-8")
    (archive / "broken/bad.yaml").write_text("article:\n  path: x.txt\nclaims: [\n", encoding="utf-8")
    (archive / "broken/latin1.txt").write_bytes("Caf\xe9 sales rose 5 percent to 21,000.\n".encode("latin-1"))
    return archive


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["check", "--isolated", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err
    return code, out, err


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return make_archive(tmp_path)


def test_walk_finds_claims_files_and_unrecorded_articles(archive):
    found = [p.as_posix() for p in walk(Path("archive"))]
    assert found == sorted(CHECKED + UNREADABLE)


def test_folder_is_checked_whole_with_unreadable_files_listed_last(capsys, archive):
    before = snapshot(archive)
    code, out, err = run(capsys, "archive", "--format", "json")
    report = json.loads(out)
    assert report["summary"]["files"] == len(CHECKED)
    assert [c["article"] for c in report["summary"]["coverage"]] == [
        "archive/seeds/001_nordhaven_ports.txt", "archive/desk/b1_rheinfeld_deliveries.md",
        "archive/desk/h1/h1_calderbridge_budget.txt", "archive/seeds/002_sahyadri_cells.txt"]
    # the same findings as naming the four files, so the walk changed what is read, not how
    _, named, _ = run(capsys, *CHECKED, "--format", "json")
    assert report["findings"] == json.loads(named)["findings"] != []
    lines = err.splitlines()
    assert [line.split(":", 1)[0] for line in lines[:-1]] == UNREADABLE
    assert "archive/broken/bad.yaml:4:1: invalid YAML" in lines[0]
    assert "UTF-8" in lines[1] or "utf-8" in lines[1]
    assert lines[-1] == "factlint: 2 file(s) could not be checked (listed above); 4 were"
    assert code == 1  # an unreadable file fails the run as an error would
    assert snapshot(archive) == before, "a check never writes into the folder it scans"


def test_only_unreadable_files_exit_2(capsys, archive):
    code, out, err = run(capsys, "archive/broken")
    assert (code, out) == (2, "")
    assert [line.split(":", 1)[0] for line in err.splitlines()] == UNREADABLE


def test_an_unreadable_file_does_not_stop_the_files_after_it(capsys, archive):
    """Named files too: the broken one first, the good one still checked and reported."""
    code, out, err = run(capsys, "archive/broken/bad.yaml", "archive/seeds/002_sahyadri_cells.txt",
                         "--format", "concise")
    assert code == 1
    assert out.startswith("archive/seeds/002_sahyadri_cells.txt:")
    assert err.startswith("archive/broken/bad.yaml:4:1: invalid YAML")


def test_clean_folder_exits_0(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clean" / "2024").mkdir(parents=True)
    (tmp_path / "clean" / "2024" / "fair.md").write_text(
        "The fair drew 336 enterprises, up from 300 last year.\n", encoding="utf-8")
    code, out, err = run(capsys, "clean", "--format", "concise")
    assert (code, out, err) == (0, "", "")


# --- all cores -----------------------------------------------------------------------------------


@pytest.fixture
def big_archive(archive: Path) -> Path:
    """The archive plus the three holdout sets (claims files beside their articles): 18 files."""
    for name in ("holdout", "holdout2", "holdout3"):
        shutil.copytree(FIXTURES / name, archive / "sets" / name, ignore=shutil.ignore_patterns("*.json"))
    return archive


@pytest.mark.parametrize("fmt", ["concise", "json", "text"])
def test_jobs_give_the_output_of_one_job(capsys, big_archive, fmt):
    outputs = {}
    for jobs in ("1", "2", "3"):
        code, out, err = run(capsys, "archive", "--format", fmt, "--jobs", jobs)
        outputs[jobs] = (code, out, err)
    assert outputs["1"][0] == 1 and outputs["1"][1].count("\n") > 100
    assert outputs["2"] == outputs["1"] == outputs["3"]


def test_spawned_workers_get_the_configuration(tmp_path, monkeypatch):
    """A worker started afresh (spawn: nothing inherited) installs the run's hedges itself: with
    'roughly' at ±10%, 'roughly 110 vessels' holds as the total of 60 and 40; at ±5% it is a warning."""
    from factlint.lint.batch import Job, run_local
    from factlint.lint.config import load_config
    from factlint.lint.runner import all_rules

    monkeypatch.chdir(tmp_path)
    claims = ("article:\n  text: \"The port handled 60 ships and 40 barges, roughly 110 vessels in all.\"\n"
              "claims:\n  - {id: ships, quote: \"60 ships\", value: 60, unit: count}\n"
              "  - {id: barges, quote: \"40 barges\", value: 40, unit: count}\n"
              "  - {id: vessels, quote: \"roughly 110 vessels\", value: 110, unit: count, hedge: roughly}\n"
              "relations:\n  - {kind: total, total: vessels, parts: [ships, barges]}\n")
    paths = []
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(claims, encoding="utf-8")
        paths.append(Path(name))
    config = tmp_path / "factlint.toml"
    config.write_text('[hedges]\n"roughly" = { direction = "around", strict = 0.10, loose = 0.25 }\n')
    hedges = load_config(config, ("text",), {r.code: r for r in all_rules()}).hedges

    def codes(job: Job) -> list[list[str]]:
        return [[f.code for f in c.report.findings] for c in run_local(paths, job, 2, start_method="spawn")]

    assert codes(Job()) == [["SUM001"], ["SUM001"]]
    assert codes(Job(hedges=hedges)) == [[], []]


def test_in_order_keeps_a_bounded_window():
    """Results come back in the order submitted, with never more than `window` outstanding."""
    from factlint.lint.batch import Checked, in_order

    outstanding: list[int] = []
    peak = 0

    class Done:
        def __init__(self, item: list[Path]) -> None:
            self.item = item

        def result(self) -> list[Checked]:
            outstanding.remove(id(self))
            return [Checked(p, None) for p in self.item]

    def submit(item: list[Path]) -> Done:
        nonlocal peak
        done = Done(item)
        outstanding.append(id(done))
        peak = max(peak, len(outstanding))
        return done

    items = [[Path(f"{i}.txt")] for i in range(50)]
    results = [c.path.name for batch in in_order(items, submit, window=4) for c in batch]
    assert results == [f"{i}.txt" for i in range(50)]
    assert peak == 4 and outstanding == []
