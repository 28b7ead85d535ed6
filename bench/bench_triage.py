"""Local triage: start-up time and messages per second on one core.

Run: taskset -c 0 python3 bench/bench_triage.py [corpus/train] [--messages 1000]
Start-up is a fresh process that imports the engine and loads the model (and the language
models), as a worker does; throughput cycles the corpus, the MIME parse included.
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

STARTUP = """
import time
t = time.perf_counter()
from agent.mail.parse import parse_message
from agent.triage.local import LocalTriage
from agent.triage.language import warm_up
engine = LocalTriage()
warm_up()
print(time.perf_counter() - t)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path, nargs="?", default=REPO / "corpus" / "train")
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args()

    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", STARTUP], cwd=REPO, capture_output=True,
                             text=True, check=True)
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    print(f"start-up (fresh process, import + load model): best {min(runs):.2f} s, "
          f"runs {', '.join(f'{r:.2f}' for r in runs)}")

    from agent.mail.parse import parse_message
    from agent.triage.corpus import directory_from_csv, load_corpus
    from agent.triage.local import LocalTriage
    from agent.triage.train import ledger_path

    engine = LocalTriage()
    directory = directory_from_csv(ledger_path(args.corpus))
    raws = [m.raw for m in load_corpus(args.corpus)]
    if not raws:
        print(f"{args.corpus}: no labelled messages")
        return 1
    engine.triage(parse_message(raws[0]), directory)  # warm-up: lazy imports, language models
    sample = list(itertools.islice(itertools.cycle(raws), args.messages))
    start, cpu_start = time.perf_counter(), time.process_time()
    for raw in sample:
        engine.triage(parse_message(raw), directory)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    # Wall time counts whatever else runs on the core; CPU time is this process's own work, the
    # steadier figure on a shared machine. Both are printed.
    print(f"throughput: {len(sample)} messages in {elapsed:.2f} s wall, {cpu:.2f} s CPU = "
          f"{len(sample) / elapsed:.0f} messages/s wall, {len(sample) / cpu:.0f} per CPU second "
          f"(parse + triage, one process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
