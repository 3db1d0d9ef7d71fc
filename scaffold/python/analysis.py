"""The example study: two arms of `n` samples each, scores drawn from a
normal distribution, the treated arm shifted by `effect`. It writes
results.json in safety-gap's results-file format (docs/results-file.md) and
the samples as samples.csv. `npx safety-gap build` runs it (see
safety-gap.config.yaml) whenever this file or params.json changes.
Standard library only: it runs wherever python3 does.
"""
import json
import math
import random
import statistics

with open("params.json", encoding="utf-8") as f:
    params = json.load(f)
rng = random.Random(params["seed"])

arms = {"treated": params["baseline"] + params["effect"], "control": params["baseline"]}
samples = {arm: [rng.gauss(mu, params["sd"]) for _ in range(params["n"])] for arm, mu in arms.items()}


def r(x):
    """12 significant digits: the results file holds what the paper can cite."""
    return float(f"{x:.12g}")


numbers = {}
for arm, xs in samples.items():
    numbers[f"arm.{arm}.mean"] = {
        "value": r(statistics.fmean(xs)),
        "se": r(statistics.stdev(xs) / math.sqrt(len(xs))),
        "n": len(xs),
        "unit": "points",
        "meaning": f"mean score of the {arm} arm",
    }
t, c = samples["treated"], samples["control"]
diff = statistics.fmean(t) - statistics.fmean(c)
se = math.sqrt(statistics.variance(t) / len(t) + statistics.variance(c) / len(c))
numbers["effect.diff"] = {
    "value": r(diff),
    "se": r(se),
    "interval": [r(diff - 1.96 * se), r(diff + 1.96 * se)],
    "n": len(t) + len(c),
    "unit": "points",
    "formula": "arm.treated.mean - arm.control.mean",
    "inputs": ["arm.treated.mean", "arm.control.mean"],
    "meaning": "treated minus control",
}
numbers["effect.d"] = {
    "value": r(diff / math.sqrt((statistics.variance(t) + statistics.variance(c)) / 2)),
    "formula": "effect.diff / pooled SD",
    "inputs": ["effect.diff"],
    "meaning": "Cohen's d",
}

with open("samples.csv", "w", encoding="utf-8", newline="") as f:
    f.write("arm,sample,score\n")
    for arm, xs in samples.items():
        for i, x in enumerate(xs):
            f.write(f"{arm},{i},{r(x)}\n")

results = {
    "$schema": "@SCHEMAS@/results.schema.json",
    "seed": params["seed"],
    "sets": {"arms": list(arms)},
    "design": {"n": params["n"]},
    "numbers": numbers,
    "tables": {"samples": "samples.csv"},
}
with open("results.json", "w", encoding="utf-8") as f:
    json.dump(results, f, indent=2)
    f.write("\n")
