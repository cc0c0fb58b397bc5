"""Throughput and memory of ``newsparse parse --format jsonl --jobs N`` over the bench corpus.

Run from the project root::

    python benchmarks/cli_scale.py                    # ../shared/bench/saudinewsnet.jsonl.gz
    python benchmarks/cli_scale.py --corpus other.jsonl.gz --jobs 1 2 4

For each job count it runs the command on the whole corpus, in alternating rounds
(other processes may share the CPUs), and checks that the output
has exactly one valid JSON line per input record, in input order (by ``id``). It then
runs ``--jobs 2`` on the first 5,000 records and on all of them and compares the peak
resident memory of the largest process, which must not grow with the input.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "saudinewsnet.jsonl.gz"


def _run(cmd: list[str], out: Path) -> tuple[float, int, float]:
    """Run *cmd* with stdout to *out*: (seconds, peak RSS in MiB of any process, CPU seconds).

    The CPU seconds (user + system, all processes) do not depend on other load.
    """
    wrapper = (
        "import resource, subprocess, sys\n"
        "with open(sys.argv[1], 'wb') as f:\n"
        "    rc = subprocess.run(sys.argv[2:], stdout=f).returncode\n"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(r.ru_maxrss, r.ru_utime + r.ru_stime)\n"
        "sys.exit(rc)\n"
    )
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", wrapper, str(out), *cmd], capture_output=True, text=True, check=True
    )
    rss, cpu = done.stdout.split()[-2:]
    return time.perf_counter() - t0, int(rss) // 1024, float(cpu)


def _ids(path: Path) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line)["id"] for line in f if line.strip()]


def _check(out: Path, ids: list[str]) -> None:
    got = []
    with out.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)  # raises on an invalid line
            assert "article" in record, "a line without its article"
            got.append(record["id"])
    assert got == ids, f"{len(got)} lines for {len(ids)} records, or out of order"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=BENCH)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--small", type=int, default=5000, help="records in the small memory run")
    ap.add_argument("--repeat", type=int, default=5, help="rounds of runs (best is kept)")
    args = ap.parse_args()
    cli = [sys.executable, "-m", "newsparse", "parse", "--format", "jsonl", "--quiet"]
    ids = _ids(args.corpus)
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        chars = sum(len(json.loads(line)["text"]) for line in f if line.strip())
    print(f"corpus: {len(ids):,} records, {chars / 1e6:.1f} M chars of text")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        # Rounds alternate the job counts, so that a change in the machine's load
        # (other processes share the CPUs) hits each of them alike.
        runs: dict[int, list[tuple[float, int, float]]] = {jobs: [] for jobs in args.jobs}
        ratios: list[float] = []
        for _ in range(args.repeat):
            for jobs in args.jobs:
                runs[jobs].append(_run([*cli, "--jobs", str(jobs), str(args.corpus)], out))
                _check(out, ids)
            base = runs[args.jobs[0]][-1][0]
            ratios.append(base / runs[args.jobs[-1]][-1][0])
        best = {jobs: min(r) for jobs, r in runs.items()}
        for jobs, (secs, peak, cpu) in best.items():
            print(
                f"--jobs {jobs}: best {secs:5.2f} s  {len(ids) / secs:7.0f} records/s  "
                f"{chars / secs / 1e6:5.2f} M chars/s  peak RSS {peak} MiB  "
                f"speed-up {best[args.jobs[0]][0] / secs:.2f}x  CPU {cpu:.2f} s  (output checked)"
            )
        cpu1 = min(r[2] for r in runs[args.jobs[0]])
        cpun = min(r[2] for r in runs[args.jobs[-1]])
        n = args.jobs[-1] / args.jobs[0]
        print(
            f"CPU cost of --jobs {args.jobs[-1]} over --jobs {args.jobs[0]}: "
            f"{cpun / cpu1:.2f}x, so at most {n * cpu1 / cpun:.2f}x faster on idle CPUs"
        )
        ratios.sort()
        print(
            f"--jobs {args.jobs[-1]} vs --jobs {args.jobs[0]}, per round: "
            + ", ".join(f"{r:.2f}x" for r in ratios)
            + f" (median {ratios[len(ratios) // 2]:.2f}x)"
        )
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        small = Path(tmp) / "small.jsonl"
        with gzip.open(args.corpus, "rt", encoding="utf-8") as f, small.open("w") as g:
            for _, line in zip(range(args.small), f, strict=False):
                g.write(line)
        for name, path, n in (("small", small, args.small), ("full", args.corpus, len(ids))):
            secs, peak, _ = _run([*cli, "--jobs", "2", str(path)], out)
            print(f"memory, --jobs 2, {name} ({n:,} records): peak RSS {peak} MiB")


if __name__ == "__main__":
    main()
