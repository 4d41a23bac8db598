"""Fit the cleaner's per-line chrome score (``haowen/ingest/cleaning/score.py``) on labelled pages.

Training data: the hand-labelled parts ``dev``, ``holdout``, ``holdout2``, ``holdout3`` and
``holdout4`` of this folder (all spent as blind sets; see README.md) and, as body
(negative) examples, the lines the cleaner keeps of the real corpus
(``../shared/corpus/documents.jsonl`` and ``scraped_pages.jsonl``: the corpus baseline
keeps every one). ``holdout5`` is never read here.

Each case is imported the way ``clean_score.py --via parse`` imports it, with the score's
collector on (:func:`haowen.ingest.cleaning.score.collecting`): every line of the page
after the cleaner's joins, its features, and whether the rules dropped it. A line is
labelled from the case's labels, after NFKC with whitespace removed:

* body (0): it holds a labelled body sentence, or it is a body paragraph or sentence, or
  (6+ characters) a piece of the body text;
* chrome (1): otherwise, when it holds a labelled chrome string;
* unlabelled (skipped): the rest (neutral lines such as a speaker line, text the page
  has that nobody labelled).

Corpus lines the cleaner keeps are all body (0). Lines the rules already dropped are
kept in the training set with a smaller weight (they teach what chrome looks like; the
score only ever decides lines the rules kept).

The model is an L2-regularised logistic regression fitted by Newton's method (NumPy; the
runtime needs none). The threshold is ``--margin`` log-odds above the highest score of a body
line the rules kept — in the labelled training parts and in the corpus — so the score
never costs a body line it was fitted on.

    .venv/bin/python bench/clean_eval/fit.py --cv          # leave-one-part-out figures (clean_score's)
    .venv/bin/python bench/clean_eval/fit.py --write       # fit on all parts, write chrome_model.json

Cross-validation by part: for each part, fit on the other four parts (and the corpus),
then import that part with the fitted model and print ``clean_score``'s figures for it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import clean_score as cs  # noqa: E402

PARTS = ("dev", "holdout", "holdout2", "holdout3", "holdout4")
MODEL_OUT = ROOT / "haowen" / "ingest" / "cleaning" / "chrome_model.json"
RULE_DROPPED_WEIGHT = 0.3
L2 = 0.01


def _setup_django(importer: cs.Importer) -> None:
    if importer._django:
        return
    os.environ.update(importer._data_env(importer.root / "template"))
    for name in ("DATABASE_URL", "REDIS_URL"):
        os.environ.pop(name, None)
    import django

    django.setup()
    importer._django = True


def collect(records: list[dict]) -> list[list[tuple[str, dict | None, bool]] | None]:
    """Per record: the lines of its last cleaning call (line, features or None, dropped by
    the rules). Each record is parsed alone, as ``reclean`` parses a stored JSON Lines record
    (the same parser ``import_documents`` runs on each line)."""
    from haowen.ingest.cleaning import score
    from haowen.ingest.parsers import parse_raw
    from haowen.ingest.problems import ImportProblem

    out: list = []
    with score.collecting() as calls:
        for r in records:
            del calls[:]
            try:
                parse_raw(json.dumps(r, ensure_ascii=False).encode("utf-8"), "jsonl")
            except ImportProblem:
                pass
            out.append(calls[-1] if calls else None)
    return out


def label(line: str, case: dict) -> int | None:
    """1 chrome, 0 body, None unlabelled (see the module docstring)."""
    key = cs.norm(line)
    if not key:
        return None
    exp = case["expect"]
    cache = case.setdefault("_fit", {})
    if not cache:
        cache["sents"] = [s for s in cs.sentences(exp["body"]) if len(s) >= 2]
        cache["paras"] = {cs.norm(p) for p in exp["body"]}
        cache["body"] = "".join(cs.norm(p) for p in exp["body"])
        cache["chrome"] = [cs.norm(c["text"]) for c in exp["chrome"] if cs.norm(c["text"])]
    if key in cache["paras"] or key in set(cache["sents"]):
        return 0
    held = [s for s in cache["sents"] if s in key]
    # (A line holding a short body paragraph — a signature — inside a longer chrome
    # string is chrome: the paragraph stands in the body elsewhere too.)
    if any(len(s) >= 4 and len(s) * 5 >= len(key) * 3 for s in held):
        return 0
    if any(c in key for c in cache["chrome"]):
        return 1
    if held or (len(key) >= 6 and key in cache["body"]):
        return 0
    return None


def rows_of_part(part: str) -> list[tuple[dict, int, float, bool]]:
    """``(features, label, weight, kept by the rules, line)`` of the labelled lines of ``part``."""
    cases = cs.load_part(part)
    docs = collect([c["record"] for c in cases])
    rows = []
    for case, doc in zip(cases, docs):
        for line, f, dropped in doc or []:
            if f is None:
                continue
            y = label(line, case)
            if y is None:
                continue
            rows.append((f, y, RULE_DROPPED_WEIGHT if dropped else 1.0, not dropped, line))
    return rows


def rows_of_corpus(path: Path, limit: int, seed: int = 13) -> list[tuple[dict, int, float, bool]]:
    """Body rows (0) of the lines the cleaner keeps in the corpus (its documents and the
    scraped pages next to them: the baseline keeps every one; at most ``limit``, sampled)."""
    records = []
    for p in (path, path.with_name("scraped_pages.jsonl")):
        if p.is_file():
            records.extend(json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip())
    rows = []
    for doc in collect(records):
        for line, f, dropped in doc or []:
            if f is not None and not dropped:
                rows.append((f, 0, 1.0, True, line))
    random.Random(seed).shuffle(rows)
    return rows[:limit]


def matrix(rows, names):
    X = np.array([[r[0][n] for n in names] for r in rows], dtype=float)
    y = np.array([r[1] for r in rows], dtype=float)
    w = np.array([r[2] for r in rows], dtype=float)
    return X, y, w


def fit_lr(X, y, w, l2=L2, iters=30):
    """Weighted L2 logistic regression by Newton's method: ``(weights, bias)``."""
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    beta = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[-1] = 0.0
    for _ in range(iters):
        z = np.clip(A @ beta, -40, 40)
        p = 1 / (1 + np.exp(-z))
        g = A.T @ (w * (p - y)) + reg * beta
        H = (A * (w * p * (1 - p))[:, None]).T @ A + np.diag(reg + 1e-9)
        step = np.linalg.solve(H, g)
        beta -= step
        if np.max(np.abs(step)) < 1e-6:
            break
    return beta[:-1], float(beta[-1])


def prob(X, wts, bias):
    return 1 / (1 + np.exp(-np.clip(X @ wts + bias, -40, 40)))


def fit(rows, names, margin):
    """Fit on ``rows``; the threshold: ``margin`` (in log-odds) above the highest
    probability of a body line the rules kept."""
    X, y, w = matrix(rows, names)
    wts, bias = fit_lr(X, y, w)
    z = X @ wts + bias
    kept = np.array([r[3] for r in rows])
    body_kept = z[(y == 0) & kept]
    top = float(body_kept.max()) if body_kept.size else 0.0
    threshold = float(1 / (1 + np.exp(-(top + margin))))
    chrome_kept = z[(y == 1) & kept]
    stats = {
        "rows": int(len(rows)),
        "chrome_rows": int(y.sum()),
        "kept_body_rows": int(body_kept.size),
        "kept_chrome_rows": int(chrome_kept.size),
        "kept_chrome_over_threshold": int((chrome_kept >= top + margin).sum()),
        "highest_kept_body_probability": round(float(1 / (1 + np.exp(-top))), 4),
    }
    return {n: float(v) for n, v in zip(names, wts)}, bias, threshold, stats


def print_stats(title: str, stats: dict) -> None:
    print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in stats.items()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cv", action="store_true", help="leave-one-part-out cross-validation (clean_score's figures)")
    ap.add_argument("--write", action="store_true", help=f"fit on all parts and write {MODEL_OUT.name}")
    ap.add_argument("--corpus", type=Path, default=cs.DEFAULT_CORPUS / "documents.jsonl")
    ap.add_argument("--corpus-lines", type=int, default=400_000, help="corpus body lines used (sampled when more)")
    ap.add_argument("--margin", type=float, default=2.0, help="threshold: this many log-odds above the highest kept body line")
    args = ap.parse_args(argv)

    from_scratch = cs.Importer("parse", None, False)
    try:
        _setup_django(from_scratch)
        from haowen.ingest.cleaning import score

        names = list(score.FEATURES)
        # (Features are computed with no model in force: they never depend on it.)
        with score.using_model(score.Model({}, -40.0, 1.0)):
            parts = {p: rows_of_part(p) for p in PARTS}
            corpus = rows_of_corpus(args.corpus, args.corpus_lines) if args.corpus.is_file() else []
        for p, rows in parts.items():
            print(f"{p}: {len(rows)} labelled lines, {sum(r[1] for r in rows)} chrome, "
                  f"{sum(1 for r in rows if r[1] and r[3])} chrome kept by the rules")  # fmt: skip
        print(f"corpus: {len(corpus)} body lines kept by the rules")
        if args.cv:
            totals = {"chrome_left": 0, "chrome_labels": 0, "body_sentences_lost": 0, "body_sentences": 0, "titles_ok": 0, "cases": 0}
            for held in PARTS:
                train = [r for p in PARTS if p != held for r in parts[p]] + corpus
                wts, bias, threshold, stats = fit(train, names, args.margin)
                print_stats(f"\n-- fold {held}: fitted on the other parts, threshold {threshold:.3f}", stats)
                cases = cs.load_part(held)
                with score.using_model(score.Model(wts, bias, threshold)):
                    run = from_scratch.run(f"cv-{held}", [c["record"] for c in cases])
                scores = [cs.score_case(c, run.stored.get(c["id"]), run.problems.get(c["id"], "")) for c in cases]
                f = cs.summarise(held, scores)
                cs.print_part(f)
                for k in totals:
                    totals[k] += f[k]
            print("\n== cross-validation by part, all five folds together")
            print(f"  titles correct          {cs._pct(totals['titles_ok'], totals['cases'])}")
            print(f"  chrome lines in bodies  {cs._pct(totals['chrome_left'], totals['chrome_labels'])}")
            print(f"  body sentences lost     {cs._pct2(totals['body_sentences_lost'], totals['body_sentences'])}")
        if args.write:
            train = [r for p in PARTS for r in parts[p]] + corpus
            wts, bias, threshold, stats = fit(train, names, args.margin)
            print_stats(f"\nall parts: threshold {threshold:.3f}", stats)
            payload = {
                "about": (
                    "Weights of the per-line chrome score (haowen/ingest/cleaning/score.py): a logistic regression "
                    "over generic features, fitted by bench/clean_eval/fit.py. A line the rules kept is dropped when "
                    "its probability is at least the threshold."
                ),
                "fitted": dt.date.today().isoformat(),
                "trained_on": {"parts": list(PARTS), "corpus_body_lines": len(corpus), **stats},
                "threshold": round(threshold, 6),
                "bias": round(bias, 6),
                "weights": {n: round(wts[n], 6) for n in names},
            }
            MODEL_OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(f"wrote {MODEL_OUT}")
        return 0
    finally:
        from_scratch.close()


if __name__ == "__main__":
    raise SystemExit(main())
