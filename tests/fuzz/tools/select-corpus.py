#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Adds to a checked-in corpus the fewest fuzzer-found inputs that cover what they add.

Measures the coverage (PC table entries) of every file of CORPUS and WORK, each in its own libFuzzer
merge step (a merge control file lists only the PCs new to its process, so one process per file gives
per-file coverage), keeps every CORPUS file, then greedily adds WORK files by the number of new PCs
(ties: the smaller file) until nothing new is covered or the budget is used. libFuzzer's own
-merge=1 adds the smallest new files first and keeps far more of them.

Then it adds up to --extra inputs (default 25) by the number of new features (edge hit-count buckets).

usage: select-corpus.py HARNESS CORPUS_DIR WORK_DIR [--max-files N] [--max-bytes B] [--extra N]
"""
import argparse
import os
import shutil
import subprocess
import tempfile


def coverage(harness, path, scratch):
    one = os.path.join(scratch, "one")
    empty = os.path.join(scratch, "empty")
    shutil.rmtree(one, ignore_errors=True)
    os.makedirs(one)
    os.makedirs(empty, exist_ok=True)
    shutil.copy(path, one)
    control = os.path.join(scratch, "control")
    if os.path.exists(control):
        os.remove(control)
    subprocess.run([harness, "-merge=1", "-timeout=1", "-max_len=65536", "-merge_control_file=" + control,
                    empty, one], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    pcs = set()
    features = set()
    if os.path.exists(control):
        with open(control, encoding="utf-8", errors="replace") as f:
            for line in f:
                parts = line.split()
                if parts and parts[0] == "COV":
                    pcs.update(parts[2:])
                elif parts and parts[0] == "FT":
                    features.update(parts[2:])
    return pcs, features


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("harness")
    ap.add_argument("corpus")
    ap.add_argument("work")
    ap.add_argument("--max-files", type=int, default=190)
    ap.add_argument("--max-bytes", type=int, default=900_000)
    ap.add_argument("--extra", type=int, default=25, help="inputs added for new features after the PCs")
    args = ap.parse_args()

    def listing(d):
        return sorted(os.path.join(d, n) for n in os.listdir(d) if os.path.isfile(os.path.join(d, n)))

    seeds = listing(args.corpus)
    seed_names = {os.path.basename(p) for p in seeds}
    work = [p for p in listing(args.work) if os.path.basename(p) not in seed_names]
    with tempfile.TemporaryDirectory() as scratch:
        covered = set()
        covered_ft = set()
        for p in seeds:
            pcs, fts = coverage(args.harness, p, scratch)
            covered |= pcs
            covered_ft |= fts
        measured = {p: coverage(args.harness, p, scratch) for p in work}
        cov = {p: m[0] for p, m in measured.items()}
        ft = {p: m[1] for p, m in measured.items()}
    seed_pcs = len(covered)
    reachable = set(covered)
    for pcs in cov.values():
        reachable |= pcs

    n_files = len(seeds)
    n_bytes = sum(os.path.getsize(p) for p in seeds)
    chosen = []
    candidates = [p for p in work if cov[p] - covered]
    while candidates and n_files < args.max_files:
        best = max(candidates, key=lambda p: (len(cov[p] - covered), -os.path.getsize(p)))
        gain = cov[best] - covered
        size = os.path.getsize(best)
        if not gain:
            break
        candidates.remove(best)
        if n_bytes + size > args.max_bytes:
            continue
        covered |= gain
        chosen.append(best)
        n_files += 1
        n_bytes += size
    for p in chosen:
        covered_ft |= ft[p]
    # Then up to --extra inputs that add the most new features (edge hit-count buckets): inputs
    # that take known code down different paths, such as deeper nesting or other escapes.
    pc_chosen = len(chosen)
    candidates = [p for p in work if p not in chosen]
    for _ in range(args.extra):
        if not candidates or n_files >= args.max_files:
            break
        best = max(candidates, key=lambda p: (len(ft[p] - covered_ft), -os.path.getsize(p)))
        candidates.remove(best)
        if not ft[best] - covered_ft or n_bytes + os.path.getsize(best) > args.max_bytes:
            break
        covered_ft |= ft[best]
        chosen.append(best)
        n_files += 1
        n_bytes += os.path.getsize(best)
    for p in chosen:
        shutil.copy(p, os.path.join(args.corpus, os.path.basename(p)))
    print(f"{args.corpus}: {len(chosen)} inputs added ({pc_chosen} for new PCs); PCs {seed_pcs} -> {len(covered)} "
          f"(seeds and all work inputs: {len(reachable)}); {n_files} files, {n_bytes} bytes")


if __name__ == "__main__":
    main()
