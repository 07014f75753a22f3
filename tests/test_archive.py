"""Auditing an archive: `factlint check DIR` over a folder tree of real articles and claims files,
unreadable files set aside and listed at the end, never a stop halfway, and nothing written there.
"""

from __future__ import annotations

import json
import re
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


def untimed(out: str) -> str:
    """A report without what varies from run to run: the time taken, the speed, the jobs."""
    out = re.sub(r" in [\d.]+ s \([\d.]+ articles/s, \w+, \d+ job\(s\)\)", " in … s", out)
    return re.sub(r'"(seconds|articles_per_second|jobs)":[\d.]+', r'"\1":…', out)


@pytest.mark.parametrize("fmt", ["concise", "json", "text", "jsonl"])
def test_jobs_give_the_output_of_one_job(capsys, big_archive, fmt):
    outputs = {}
    for jobs in ("1", "2", "3"):
        code, out, err = run(capsys, "archive", "--format", fmt, "--jobs", jobs)
        outputs[jobs] = (code, untimed(out), err)
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


# --- streaming results ---------------------------------------------------------------------------


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_jsonl_streams_one_record_per_finding_then_the_article(capsys, archive):
    code, out, err = run(capsys, "archive", "--format", "jsonl")
    assert code == 1 and err.splitlines()[-1].startswith("factlint: 2 file(s) could not be checked")
    lines = records(out)
    kinds = [r["record"] for r in lines]
    assert kinds[-1] == "summary" and kinds.count("article") == 4 and kinds.count("error") == 2
    # the finding fields of --format json, plus the file checked and the article
    _, named, _ = run(capsys, *CHECKED, "--format", "json")
    expected = json.loads(named)["findings"]
    findings = [r for r in lines if r["record"] == "finding"]
    assert [{k: v for k, v in r.items() if k not in ("record", "path", "article_file")} for r in findings] \
        == sorted(expected, key=lambda f: CHECKED.index(next(p for p in CHECKED if f["file"].startswith(p[:-5]))))
    # each checked file: its findings, then its article record with their counts
    per_file: dict[str, list[dict]] = {}
    for record in lines[:-1]:
        per_file.setdefault(record["path"], []).append(record)
    assert list(per_file) == sorted(CHECKED + UNREADABLE)
    for path in CHECKED:
        *found, article = per_file[path]
        assert article["record"] == "article" and {r["record"] for r in found} <= {"finding"}
        assert article["findings"] == len(found) == article["error"] + article["warning"] + article["info"]
        assert sum(article["codes"].values()) == len(found)
        assert {r["article_file"] for r in found} <= {article["article_file"]}
    error = per_file["archive/broken/latin1.txt"][0]
    assert error["problems"][0].startswith("archive/broken/latin1.txt:1:4: not valid UTF-8")
    summary = lines[-1]
    assert (summary["articles"], summary["unreadable"], summary["with_findings"]) == (4, 2, 4)
    assert summary["findings"] == len(findings) == sum(summary["by_code"].values())
    assert summary["coverage"]["found"] == sum(a["coverage"][0]["found"] for a in lines if a["record"] == "article")
    assert summary["articles_per_second"] > 0


def test_jsonl_is_flushed_after_each_article(capsys, archive, monkeypatch):
    """Nothing waits for the end of the run: each article's lines reach the stream, flushed,
    before the next article is written."""
    import io
    import sys

    class Recording(io.StringIO):
        def __init__(self) -> None:
            super().__init__()
            self.flushed_at: list[int] = []

        def flush(self) -> None:
            self.flushed_at.append(self.getvalue().count("\n"))

    stream = Recording()
    monkeypatch.setattr(sys, "stdout", stream)
    assert main(["check", "--isolated", "archive", "--format", "jsonl", "--jobs", "1"]) == 1
    lines = records(stream.getvalue())
    ends = [i + 1 for i, r in enumerate(lines) if r["record"] in ("article", "error")]
    assert stream.flushed_at[:len(ends)] == ends


def test_text_report_of_several_files_ends_with_the_run_summary(capsys, archive):
    code, out, _ = run(capsys, "archive")
    assert code == 1
    summary = out[out.index("\nrun: "):].splitlines()[1:]
    assert re.fullmatch(r"run: 4 of 6 file\(s\) checked in [\d.]+ s \([\d.]+ articles/s, local, \d job\(s\)\); "
                        r"2 could not be checked", summary[0])
    assert summary[1] == "  with findings: 4 (100.0%)"
    assert summary[2].startswith("  findings by code: COV001 ")
    assert re.fullmatch(r"  coverage: \d+/\d+ figures recorded \([\d.]+%\), \d+ cross-checked in a relation",
                        summary[3])
    _, one, _ = run(capsys, CHECKED[0])
    assert "\nrun: " not in one  # one file: its report says it all


def test_resume_checks_only_what_an_interrupted_run_left(capsys, archive):
    """A run cut short in the middle of a line, resumed into the same file: every file ends up
    recorded once, the half line is skipped, and only the missing files were checked again."""
    run(capsys, "archive", "--format", "jsonl", "--output", "results.jsonl")
    full = Path("results.jsonl").read_text(encoding="utf-8")
    lines = full.splitlines(keepends=True)
    second_article = [i for i, line in enumerate(lines) if '"record":"article"' in line][1]
    cut = "".join(lines[:second_article + 2]) + lines[second_article + 2][:40]
    Path("results.jsonl").write_text(cut, encoding="utf-8")

    code, out, err = run(capsys, "archive", "--format", "jsonl", "--output", "results.jsonl",
                         "--resume", "results.jsonl")
    assert (code, out) == (1, "")
    assert err.startswith(f"results.jsonl:{len(cut.splitlines())}: 1 line(s) that are not results passed over")
    resumed = Path("results.jsonl").read_text(encoding="utf-8").splitlines()
    assert resumed[len(cut.splitlines()) - 1] == lines[second_article + 2][:40]  # kept, on its own line
    parsed = [json.loads(line) for line in resumed if not line.startswith(lines[second_article + 2][:40])]
    articles = [r["path"] for r in parsed if r["record"] == "article"]
    assert sorted(articles) == sorted(CHECKED) and len(set(articles)) == 4
    summary = parsed[-1]
    assert (summary["skipped"], summary["articles"], summary["unreadable"]) == (2, 2, 2)

    from factlint.lint.results import read_results

    assert read_results(Path("results.jsonl")).bad_lines == [len(cut.splitlines())]


def test_resume_of_a_finished_run_checks_nothing(capsys, archive):
    shutil.rmtree(archive / "broken")
    run(capsys, "archive", "--format", "jsonl", "--output", "done.jsonl")
    code, out, _ = run(capsys, "archive", "--format", "jsonl", "--resume", "done.jsonl")
    assert code == 0
    assert [r["record"] for r in records(out)] == ["summary"]
    assert records(out)[0]["skipped"] == 4


@pytest.mark.parametrize(("argv", "message"), [
    (["--format", "jsonl,json"], "--format: jsonl is streamed as files are checked"),
    (["--format", "jsonl", "--out-dir", "out"], "--out-dir: jsonl is one stream for the whole run"),
    (["--resume", "r.jsonl"], "--resume: --resume reads and continues a --format jsonl run"),
])
def test_jsonl_misuse_exits_2(capsys, archive, argv, message):
    code, out, err = run(capsys, "archive", *argv)
    assert (code, out) == (2, "") and err.startswith(message)


def test_resume_from_a_file_that_is_not_results_exits_2(capsys, archive):
    Path("notes.jsonl").write_text('{"a": 1}\nnot json\n', encoding="utf-8")
    code, out, err = run(capsys, "archive", "--format", "jsonl", "--resume", "notes.jsonl")
    assert (code, out) == (2, "")
    assert err == "notes.jsonl: no factlint results in it: expected the lines `factlint check --format jsonl` writes\n"


# --- prevalence ----------------------------------------------------------------------------------


def report(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["report", "summary", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err
    return code, out, err


def test_prevalence_table_counts_articles_as_checking_each_alone_does(capsys, archive):
    import csv

    run(capsys, "archive", "--format", "jsonl", "--output", "results.jsonl")
    code, out, err = report(capsys, "results.jsonl", "--csv", "prevalence.csv")
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(Path("prevalence.csv").read_text(encoding="utf-8").splitlines()))
    # the expected table, from each article checked on its own
    per_article = [json.loads(run(capsys, path, "--format", "json")[1])["findings"] for path in CHECKED]
    expected = {("any", ""): (sum(1 for f in per_article if f), sum(map(len, per_article)))}
    for level in ("error", "warning", "info"):
        hits = [[x for x in f if x["severity"] == level] for f in per_article]
        expected["severity", level] = (sum(1 for h in hits if h), sum(map(len, hits)))
    for code_ in {x["code"] for f in per_article for x in f}:
        hits = [[x for x in f if x["code"] == code_] for f in per_article]
        expected["check", code_] = (sum(1 for h in hits if h), sum(map(len, hits)))
    assert {(r["kind"], r["code"]): (int(r["articles"]), int(r["findings"])) for r in rows} == expected
    assert {r["of"] for r in rows} == {"4"}
    any_row = rows[0]
    assert (any_row["kind"], any_row["share"]) == ("any", f"{expected['any', ''][0] / 4:.6f}")
    checks = [int(r["articles"]) for r in rows if r["kind"] == "check"]
    assert checks == sorted(checks, reverse=True)  # most widespread first
    # the text table: the same numbers, and the files that could not be checked
    assert out.startswith("results.jsonl: 4 article(s) checked, 2 could not be checked\n")
    cov = next(r for r in rows if r["code"] == "COV001")
    assert re.search(rf"\nCOV001 unrecorded-figure +{cov['articles']} +{100 * float(cov['share']):.1f}% +"
                     rf"{cov['findings']}\n", out)


def test_prevalence_of_a_resumed_run_is_that_of_one_run(capsys, archive):
    run(capsys, "archive", "--format", "jsonl", "--output", "whole.jsonl")
    whole = Path("whole.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    first_article = next(i for i, line in enumerate(whole) if '"record":"article"' in line)
    Path("cut.jsonl").write_text("".join(whole[:first_article + 2]) + whole[first_article + 2][:25])
    run(capsys, "archive", "--format", "jsonl", "--output", "cut.jsonl", "--resume", "cut.jsonl")
    code, one, _ = report(capsys, "whole.jsonl")
    code2, resumed, err = report(capsys, "cut.jsonl")
    assert code == code2 == 0
    assert resumed.replace("cut.jsonl", "whole.jsonl") == one
    assert "1 line(s) that are not results passed over" in err


@pytest.mark.parametrize(("setup", "expected"), [
    (None, "missing.jsonl: results file not found"),
    ("[1, 2]\n", "missing.jsonl: no factlint results in it"),
    (b"\xff\xfe{}\n", "missing.jsonl: not UTF-8 text"),
])
def test_report_on_bad_input_exits_2(capsys, tmp_path, monkeypatch, setup, expected):
    monkeypatch.chdir(tmp_path)
    if isinstance(setup, str):
        Path("missing.jsonl").write_text(setup, encoding="utf-8")
    elif isinstance(setup, bytes):
        Path("missing.jsonl").write_bytes(setup)
    code, out, err = report(capsys, "missing.jsonl")
    assert (code, out) == (2, "") and err.startswith(expected)


# --- Dask ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_scheduler() -> str:
    """A LocalCluster of two workers reached over TCP as a remote one would be (threads in this
    process, so that it starts in a fraction of a second)."""
    distributed = pytest.importorskip("distributed")
    import logging

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp://",
                                  dashboard_address=":0", silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_dask_cluster_gives_the_local_findings_in_the_local_order(capsys, big_archive, dask_scheduler, fmt):
    local = run(capsys, "archive", "--format", fmt, "--jobs", "1")
    dask = run(capsys, "archive", "--format", fmt, "--engine", "dask", "--scheduler", dask_scheduler)
    assert dask[0] == local[0] == 1
    assert untimed(dask[1]).replace(f'"engine":"dask {dask_scheduler}"', '"engine":"local"') == untimed(local[1])
    assert dask[2] == local[2]  # the unreadable files, listed the same way


def test_dask_local_cluster_of_processes(capsys, archive):
    """Without --scheduler, factlint starts its own LocalCluster: --jobs worker processes."""
    pytest.importorskip("distributed")
    local = run(capsys, "archive", "--format", "jsonl", "--jobs", "1")
    dask = run(capsys, "archive", "--format", "jsonl", "--engine", "dask", "--jobs", "2")
    assert untimed(dask[1]).replace('"engine":"dask"', '"engine":"local"') == untimed(local[1])
    assert records(dask[1])[-1]["engine"] == "dask"


def test_dask_unreachable_scheduler_exits_2(capsys, archive, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr("factlint.lint.cluster.CONNECT_TIMEOUT", "1s")
    code, out, err = run(capsys, "archive", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert (code, out) == (2, "")
    assert err.startswith("--scheduler: cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'")


def test_dask_not_installed_exits_2(capsys, archive, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)  # what an install without the extra sees
    code, out, err = run(capsys, "archive", "--engine", "dask")
    assert (code, out) == (2, "")
    assert err == "--engine: --engine dask needs Dask: pip install 'factlint[dask]'\n"


def test_scheduler_without_dask_engine_exits_2(capsys, archive):
    code, _, err = run(capsys, "archive", "--scheduler", "tcp://127.0.0.1:8786")
    assert code == 2 and err.startswith("--scheduler: --scheduler names a Dask scheduler: add --engine dask")


def _check_folder_in_a_daemon(folder: str) -> int:
    from factlint.cli import main as factlint

    return factlint(["check", folder, "--jobs", "2", "--format", "jsonl", "--output", f"{folder}/out.jsonl"])


def test_jobs_inside_a_daemon_process_run_in_that_process(tmp_path: Path) -> None:
    """A multiprocessing or Dask worker may call factlint; it cannot start processes of its own."""
    import multiprocessing

    for name in ("000_feb5f9032e01b09c.txt", "001_nordhaven_ports.txt"):
        shutil.copy(REPO / "seeds" / name, tmp_path / name)
    with multiprocessing.get_context("fork").Pool(1) as pool:  # pool workers are daemonic
        code = pool.apply(_check_folder_in_a_daemon, (str(tmp_path),))
    assert code == 1
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert records[-1]["record"] == "summary" and records[-1]["articles"] == 2
