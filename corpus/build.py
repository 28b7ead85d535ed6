"""Rebuild the labelled corpus from its sources: python3 corpus/build.py

Runs the ledger script and each writer's script, then assembles the training folder in the
format of DESIGN.md (ledger.csv, mail/*.eml, labels.jsonl). The held-out folders are written by
their own scripts, by writers who never saw the training part: heldout/ by one writer,
heldout2/ by two more. Prints counts per intent and language for each folder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["make_ledger.py", "src/train_a.py", "src/train_b.py", "src/train_c.py", "src/train_d.py", "src/train_e.py",
           "src/train_f.py", "src/train_g.py", "src/train_h.py", "src/train_i.py",
           "src/heldout.py", "src/heldout_x.py", "src/heldout_y.py"]


def merge_labels(folder: Path) -> None:
    """Merge a folder's per-writer labels.*.jsonl into its labels.jsonl and copy the ledger."""
    rows = []
    for part in sorted(folder.glob("labels.*.jsonl")):
        rows += [json.loads(line) for line in part.read_text().splitlines() if line.strip()]
    rows.sort(key=lambda r: r["file"])
    (folder / "labels.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    shutil.copy(HERE / "ledger.csv", folder / "ledger.csv")


def counts(folder: Path) -> str:
    rows = [json.loads(line) for line in (folder / "labels.jsonl").read_text().splitlines() if line.strip()]
    intents = Counter(r["intent"] for r in rows)
    languages = Counter(r["language"] for r in rows)
    injections = sum(bool(r.get("injection")) for r in rows)
    return (f"{folder.name}: {len(rows)} messages; intents {dict(intents.most_common())}; "
            f"languages {dict(languages.most_common())}; injection attempts {injections}")


def main() -> None:
    # The email package draws MIME boundaries from `random`: seed it so rebuilds are byte for byte.
    runner = "import random, runpy, sys; random.seed(20261120); runpy.run_path(sys.argv[1], run_name='__main__')"
    for script in SCRIPTS:
        subprocess.run([sys.executable, "-c", runner, str(HERE / script)], check=True, stdout=subprocess.DEVNULL)
    merge_labels(HERE / "train")
    merge_labels(HERE / "heldout2")
    for folder in (HERE / "train", HERE / "heldout", HERE / "heldout2"):
        print(counts(folder))


if __name__ == "__main__":
    main()
