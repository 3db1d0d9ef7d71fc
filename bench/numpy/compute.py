#!/usr/bin/env python3
"""NumPy reference implementation of `safety-gap compute`.

This file is the specification of every random draw and every reduction the
TypeScript pipeline (src/study/simulate, src/study/analyze) performs: the same streams,
in the same order, reduced in the same order, so the two agree bit for bit on
samples, means and bootstrap CIs (and to ~1e-12 on Welch/Student-t numbers,
which SciPy computes with different special-function code).

It is also the speed baseline of `npm run bench` (bench/compute.bench.ts):
vectorized as a NumPy user would write it (integers + fancy-index gather +
mean per comparison).

usage: python3 bench/numpy/compute.py [--report report/model.yaml] [--out numbers.json]
                                      [--samples-per-cell N] [--resamples B] [--quiet]
"""
import argparse
import json
import math
import sys
import time
import zlib

import numpy as np
import yaml


# --- parameters ----------------------------------------------------------------------------

def load_params(path, samples_per_cell=None, resamples=None):
    """The YAML file as a dict, with the structural defaults the TS loader applies."""
    with open(path, encoding="utf-8") as f:
        p = yaml.safe_load(f)
    if samples_per_cell is not None:
        p["samplesPerCell"] = samples_per_cell
    if resamples is not None:
        p["bootstrap"]["resamples"] = resamples
    p["benchmarkNames"] = list(p["benchmarks"].keys())
    return p


def cell_mean(p, scale, method, condition, benchmark):
    """mu = baseline + lift + [AP] * alignment * retention, evaluated in exactly this order."""
    eff = p["methodEffects"].get(method, {}) if method != p["baselineMethod"] else {}
    lift = float(eff.get("lift", {}).get(benchmark, 0.0))
    retention = float(eff.get("retention", {}).get(benchmark, 1.0))
    mu = float(p["baseline"][scale][benchmark]) + lift
    if condition == p["conditions"]["treated"]:
        mu = mu + float(p["alignment"][scale][benchmark]) * retention
    return mu


def crc(name):
    """zlib's CRC-32 of the UTF-8 name: spawn keys come from names, not positions."""
    return zlib.crc32(name.encode("utf-8"))


def samples_key(scale, method, condition, benchmark):
    return [crc("samples"), crc(scale), crc(method), crc(condition), crc(benchmark)]


def bootstrap_key(scale, method, benchmark):
    return [crc("bootstrap"), crc(scale), crc(method), crc(benchmark)]


def rng(seed, key):
    return np.random.default_rng(np.random.SeedSequence(seed, spawn_key=key))


# --- simulate --------------------------------------------------------------------------------

def simulate_cell(p, scale, method, condition, benchmark):
    """n draws of Normal(mu, sd), then clipped to [0, 1] (scores are proportions)."""
    gen = rng(p["seed"], samples_key(scale, method, condition, benchmark))
    mu = cell_mean(p, scale, method, condition, benchmark)
    x = gen.normal(mu, float(p["noise"]["sd"]), p["samplesPerCell"])
    return np.clip(x, 0.0, 1.0)


def cells(p):
    t, c = p["conditions"]["treated"], p["conditions"]["control"]
    for s in p["scales"]:
        for m in p["methods"]:
            for cond in (t, c):
                for b in p["benchmarkNames"]:
                    yield s, m, cond, b


# --- analyze ---------------------------------------------------------------------------------

def log10_student_sf2(t, df):
    """log10 of the two-sided p = 2 * sf(|t|, df), also when p underflows.

    2 sf = I_x(df/2, 1/2) with x = df / (df + t^2); for small x use
    I_x(a, b) = x^a (1-x)^b / (a B(a, b)) * 2F1(a + b, 1; a + 1; x).
    """
    from scipy import special, stats
    p = 2.0 * stats.t.sf(abs(t), df)
    if p > 1e-300:
        return math.log10(p)
    a, b = df / 2.0, 0.5
    x = df / (df + t * t)
    s, term, k = 1.0, 1.0, 0
    while term > 1e-17 * s:
        term *= (a + b + k) / (a + 1 + k) * x
        s += term
        k += 1
    ln = a * math.log(x) + b * math.log1p(-x) - math.log(a) - special.betaln(a, b) + math.log(s)
    return ln / math.log(10.0)


def welch(a, b):
    """Welch's t-test as scipy.stats.ttest_ind(a, b, equal_var=False), plus Cohen's d (pooled SD)."""
    from scipy import stats
    n1, n2 = len(a), len(b)
    m1, m2 = np.mean(a), np.mean(b)
    v1, v2 = np.var(a, ddof=1), np.var(b, ddof=1)
    q1, q2 = v1 / n1, v2 / n2
    se = math.sqrt(q1 + q2)
    diff = m1 - m2
    # t and p from SciPy itself (the statistics the paper names); df as SciPy forms it internally.
    res = stats.ttest_ind(a, b, equal_var=False)
    t, p = float(res.statistic), float(res.pvalue)
    df = (q1 + q2) ** 2 / (q1 * q1 / (n1 - 1) + q2 * q2 / (n2 - 1))
    pooled = math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2))
    return dict(diff=float(diff), t=float(t), df=float(df), p=p, log10p=log10_student_sf2(t, df),
                d=float(diff / pooled), se=se)


def bootstrap_diffs(p, scale, method, benchmark, a, b):
    """B replicate mean differences: AP's B x n indices first, then NoAP's, from one stream."""
    gen = rng(p["seed"], bootstrap_key(scale, method, benchmark))
    B, n = p["bootstrap"]["resamples"], len(a)
    ma = a[gen.integers(0, n, size=(B, n))].mean(axis=1)
    mb = b[gen.integers(0, len(b), size=(B, len(b)))].mean(axis=1)
    return ma - mb


def percentiles(p):
    conf = float(p["bootstrap"]["confidence"])
    return [(1.0 - conf) / 2.0 * 100.0, (1.0 + conf) / 2.0 * 100.0]


def seq_mean(rows):
    """Mean over benchmarks, summed in benchmark order (row by row), then divided."""
    acc = np.array(rows[0], dtype=np.float64, copy=True)
    for r in rows[1:]:
        acc = acc + r
    return acc / len(rows)


def compute(p, quiet=True):
    t_cond, c_cond = p["conditions"]["treated"], p["conditions"]["control"]
    names = p["benchmarkNames"]
    safety = [b for b in names if p["benchmarks"][b] == "safety"]
    capability = [b for b in names if p["benchmarks"][b] == "capability"]
    qs = percentiles(p)
    numbers = {}
    samples = {}
    for key in cells(p):
        samples[key] = simulate_cell(p, *key)
        x = samples[key]
        s, m, cond, b = key
        mean, sd = np.mean(x), np.std(x, ddof=1)
        numbers[f"cell.{s}.{m}.{cond}.{b}.mean"] = float(mean)
        numbers[f"cell.{s}.{m}.{cond}.{b}.sd"] = float(sd)
        numbers[f"cell.{s}.{m}.{cond}.{b}.se"] = float(sd / math.sqrt(len(x)))
    reps = {}
    done, total = 0, len(p["scales"]) * len(p["methods"]) * len(names)
    for s in p["scales"]:
        for m in p["methods"]:
            for b in names:
                a, c = samples[(s, m, t_cond, b)], samples[(s, m, c_cond, b)]
                w = welch(a, c)
                for k, v in w.items():
                    numbers[f"cmp.{s}.{m}.{b}.{k}"] = v
                d = bootstrap_diffs(p, s, m, b, a, c)
                reps[(s, m, b)] = d
                lo, hi = np.percentile(d, qs)
                numbers[f"cmp.{s}.{m}.{b}.ciLow"] = float(lo)
                numbers[f"cmp.{s}.{m}.{b}.ciHigh"] = float(hi)
                done += 1
                if not quiet:
                    print(f"\rbootstrap {done}/{total}", end="", file=sys.stderr)
    if not quiet:
        print(file=sys.stderr)
    base = p["baselineMethod"]
    for s in p["scales"]:
        point, rep = {}, {}
        for m in p["methods"]:
            cm = lambda cond, b: numbers[f"cell.{s}.{m}.{cond}.{b}.mean"]
            cse = lambda cond, b: numbers[f"cell.{s}.{m}.{cond}.{b}.se"]
            pt = {
                "apSafety": seq_mean([np.array([cm(t_cond, b)]) for b in safety])[0],
                "noapSafety": seq_mean([np.array([cm(c_cond, b)]) for b in safety])[0],
                "apCap": seq_mean([np.array([cm(t_cond, b)]) for b in capability])[0],
                "noapCap": seq_mean([np.array([cm(c_cond, b)]) for b in capability])[0],
                "safetyGap": seq_mean([np.array([numbers[f"cmp.{s}.{m}.{b}.diff"]]) for b in safety])[0],
                "tax": seq_mean([np.array([numbers[f"cmp.{s}.{m}.{b}.diff"]]) for b in capability])[0],
            }
            for name, cond, bs in (("apSafety", t_cond, safety), ("noapSafety", c_cond, safety),
                                   ("apCap", t_cond, capability), ("noapCap", c_cond, capability)):
                numbers[f"summary.{s}.{m}.{name}.se"] = math.sqrt(sum(cse(cond, b) ** 2 for b in bs)) / len(bs)
            point[m] = pt
            rep[m] = {"safetyGap": seq_mean([reps[(s, m, b)] for b in safety]),
                      "tax": seq_mean([reps[(s, m, b)] for b in capability])}
        for m in p["methods"]:
            pt, rp = point[m], rep[m]
            pt["retention"] = pt["safetyGap"] / point[base]["safetyGap"]
            pt["delta"] = pt["safetyGap"] - point[base]["safetyGap"]
            rp["retention"] = rp["safetyGap"] / rep[base]["safetyGap"]
            rp["delta"] = rp["safetyGap"] - rep[base]["safetyGap"]
            for k, v in pt.items():
                numbers[f"summary.{s}.{m}.{k}"] = float(v)
            for k in ("safetyGap", "tax", "retention", "delta"):
                lo, hi = np.percentile(rp[k], qs)
                numbers[f"summary.{s}.{m}.{k}.ciLow"] = float(lo)
                numbers[f"summary.{s}.{m}.{k}.ciHigh"] = float(hi)
                numbers[f"summary.{s}.{m}.{k}.se"] = float(np.std(rp[k], ddof=1))
    return numbers, samples


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--report", default="report/model.yaml")
    ap.add_argument("--out")
    ap.add_argument("--samples-per-cell", type=int)
    ap.add_argument("--resamples", type=int)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    p = load_params(args.report, args.samples_per_cell, args.resamples)
    t0 = time.perf_counter()
    numbers, _ = compute(p, quiet=args.quiet)
    elapsed = time.perf_counter() - t0
    text = json.dumps(dict(sorted(numbers.items())), indent=1)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    elif not args.quiet:
        print(text)
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"numpy compute: {elapsed:.3f} s, peak RSS {peak:.0f} MiB", file=sys.stderr)


if __name__ == "__main__":
    main()
