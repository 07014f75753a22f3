"""Beyond one machine: batches of files checked on a Dask distributed cluster, results streamed
back in the order of the files, exactly as `run_local` yields them.

Workers need factlint installed (`pip install 'factlint[dask]'`, the same version as the client)
and read the files themselves, at the paths the client gives, from the client's working folder:
the archive must be on a filesystem every worker mounts at the same place. Only the paths and the
`Job` travel to the workers; findings and coverage travel back (`Job.lean` for jsonl).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from factlint.errors import InputError
from factlint.lint.batch import WINDOW, Checked, Job, batches, check_batch, in_order, prepare

CONNECT_TIMEOUT = "10s"  # a wrong scheduler address fails quickly, with the address named
_ONE_AT_A_TIME = threading.Lock()


def run_dask(paths: Sequence[Path], job: Job, *, scheduler: str | None, workers: int,
             processes: bool = True) -> Iterator[Checked]:
    """Every file's outcome in the order of `paths`, checked on the cluster at `scheduler`, or on
    a LocalCluster of `workers` single-threaded workers (processes, unless `processes` is False)."""
    with _client(scheduler, workers, processes) as client:
        slots = max(1, sum(client.nthreads().values()))

        def submit(batch: list[Path]) -> Any:
            return client.submit(check_on_worker, batch, job, pure=False)  # pure=False: never a cached result

        for results in in_order(batches(paths, slots), submit, window=WINDOW * slots):
            yield from results


def check_on_worker(paths: list[Path], job: Job) -> list[Checked]:
    """A batch on a Dask worker, put in the run's state first (idempotent). One batch at a time per
    process: the engine keeps process-wide state (the YAML composer, the hedge table), so a worker
    with several threads checks no faster, only safely; start workers with `--nthreads 1`."""
    with _ONE_AT_A_TIME:
        prepare(job)
        return check_batch(paths, job)


@contextmanager
def _client(scheduler: str | None, workers: int, processes: bool) -> Iterator[Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError.at("--engine", None, None, "--engine dask needs Dask: pip install 'factlint[dask]'") from None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                               dashboard_address=":0", silence_logs=logging.ERROR)
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        raise InputError.at("--scheduler", None, None,
                            f"cannot reach the Dask scheduler at {scheduler!r}: {error}") from None
    with client:
        try:  # an adaptive cluster may still be starting its workers
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except TimeoutError:
            raise InputError.at("--scheduler", None, None,
                                f"the Dask cluster at {scheduler!r} has no workers") from None
        yield client
