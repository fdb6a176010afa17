#!/usr/bin/python3
"""tools/bench.py - haykal's benchmark (`make bench`).

Generates a deterministic JSON Lines corpus of at least 200 MB from the
shipped articles (examples/ and tests/dev/: each copy's paragraphs shuffled
with a fixed seed, so documents differ), then measures in one run:
extraction throughput at -j1 and at every core, peak memory of extraction
on a quarter of the corpus and on all of it (it must not grow), the start-up cost (loading the
rules, paid once per run), the graph
step, and, as reference points on the same bytes, pcre2grep counting one
title pattern and ICU's normaliser alone (uconv -x nfkc).  Wall times are
the best of --repeat runs; the machine is shared and noisy, so compare the
ratios within one run.  The runs whose ratios the targets are about
(extract at -j1 and at every core, uconv) take turns, round after round,
so that a slow spell of the host does not fall on one of them only.

usage: bench.py HAYKAL [--mb 200] [--repeat 3] [--out build/bench]"""
import argparse
import glob
import json
import os
import random
import resource
import subprocess
import sys
import time


def make_corpus(path, mb):
    texts = []
    for f in sorted(glob.glob("examples/*.txt")) + sorted(glob.glob("tests/dev/*.txt")):
        with open(f, encoding="utf-8") as fh:
            texts.append(fh.read())
    rng = random.Random(20261122)
    target = mb * 1_000_000
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        while out.tell() < target:
            t = texts[n % len(texts)]
            paras = t.split("\n\n")
            head, body = paras[0], paras[1:]
            rng.shuffle(body)
            text = "\n\n".join([head] + body)
            out.write(json.dumps({"id": f"b{n:07d}", "text": text}, ensure_ascii=False) + "\n")
            n += 1
    return n


def run(cmd, stdin=None, stdout=subprocess.DEVNULL):
    """Runs cmd; returns (seconds, peak RSS in MB of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as fin:
        subprocess.run(cmd, stdin=fin, stdout=stdout, stderr=subprocess.DEVNULL, check=True)
    dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest so far: only a new maximum is
    # this child's own; measure memory in separate processes below.
    return dt, max(peak, before) / 1024


def peak_rss(cmd):
    """Peak RSS (MB) of one command, measured in a fresh wrapper process."""
    code = ("import resource,subprocess,sys;"
            "subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL,check=True);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code] + cmd, capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def best(cmd, repeat, **kw):
    return min(run(cmd, **kw)[0] for _ in range(repeat))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("haykal")
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", default="build/bench")
    a = ap.parse_args()
    hk = os.path.abspath(a.haykal)
    os.makedirs(a.out, exist_ok=True)
    corpus = os.path.join(a.out, "corpus.jsonl")
    quarter = os.path.join(a.out, "quarter.jsonl")
    if not os.path.exists(corpus) or abs(os.path.getsize(corpus) - a.mb * 1_000_000) > 100_000:
        docs = make_corpus(corpus, a.mb)
    else:
        docs = sum(1 for _ in open(corpus, "rb"))
    size = os.path.getsize(corpus)
    if not os.path.exists(quarter) or os.path.getmtime(quarter) < os.path.getmtime(corpus):
        with open(corpus, "rb") as fin, open(quarter, "wb") as fout:
            for i, line in enumerate(fin):
                if i >= docs // 4:
                    break
                fout.write(line)
    mb = size / 1e6
    cores = os.cpu_count() or 1
    rules = ["--rules", "rules"]
    print(f"corpus: {corpus}: {mb:.1f} MB, {docs} documents; {cores} cores; best of {a.repeat}")

    tiny = os.path.join(a.out, "one.jsonl")
    with open(tiny, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "one", "text": "عقد الحزب اجتماعا"}, ensure_ascii=False) + "\n")
    t0 = best([hk, "extract", "-q", "-j1", *rules, tiny, "-o", "/dev/null"], a.repeat)
    t1 = tn = tu = float("inf")
    for _ in range(a.repeat):
        t1 = min(t1, run([hk, "extract", "-q", "-j1", *rules, corpus, "-o", "/dev/null"])[0])
        tn = min(tn, run([hk, "extract", "-q", f"-j{cores}", *rules, corpus, "-o", "/dev/null"])[0])
        tu = min(tu, run(["uconv", "-x", "nfkc"], stdin=corpus)[0])
    out_jsonl = os.path.join(a.out, "extract.jsonl")
    run([hk, "extract", "-q", f"-j{cores}", *rules, corpus, "-o", out_jsonl])
    tg = best([hk, "graph", "-q", *rules, out_jsonl, "-o", os.path.join(a.out, "graph.graphml")], a.repeat)
    m_quarter = peak_rss([hk, "extract", "-q", "-j1", *rules, quarter, "-o", "/dev/null"])
    m_full = peak_rss([hk, "extract", "-q", "-j1", *rules, corpus, "-o", "/dev/null"])
    m_fulln = peak_rss([hk, "extract", "-q", f"-j{cores}", *rules, corpus, "-o", "/dev/null"])
    m_graph = peak_rss([hk, "graph", "-q", *rules, out_jsonl, "-o", os.path.join(a.out, "graph.graphml")])
    tp = best(["pcre2grep", "-c", "الأمين الإقليمي", corpus], a.repeat)

    rows = [
        ("start-up (rules, one document)", t0, "paid once per run, included below"),
        ("extract -j1", t1, f"{mb / t1:7.1f} MB/s  {docs / t1:8.0f} docs/s"),
        (f"extract -j{cores}", tn, f"{mb / tn:7.1f} MB/s  {docs / tn:8.0f} docs/s  ({t1 / tn:.2f}x -j1)"),
        ("graph (merge extract output)", tg, f"{docs / tg:8.0f} docs/s"),
        ("pcre2grep -c one title", tp, f"{mb / tp:7.1f} MB/s"),
        ("uconv -x nfkc", tu, f"{mb / tu:7.1f} MB/s  (extract -j1 is {tu / t1:.2f}x its speed)"),
    ]
    lines = []
    for name, t, rate in rows:
        lines.append(f"  {name:30s} {t:8.2f} s  {rate}")
    lines.append(f"  peak memory, extract -j1:      {m_quarter:6.1f} MB on a quarter, {m_full:6.1f} MB on all")
    lines.append(f"  peak memory, extract -j{cores}:      {m_fulln:6.1f} MB on all")
    lines.append(f"  peak memory, graph:            {m_graph:6.1f} MB")
    text = "\n".join(lines)
    print(text)
    with open(os.path.join(a.out, "results.txt"), "w") as f:
        f.write(f"corpus {mb:.1f} MB, {docs} documents, {cores} cores\n{text}\n")


if __name__ == "__main__":
    main()
