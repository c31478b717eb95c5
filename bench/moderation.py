"""Moderation classifier quality and speed on TweetEval: roost against scikit-learn, in the same run.

Both sides use one recipe: TF-IDF (sublinear tf) of word 1-2-grams and in-word character 2-5-grams seen in at
least two posts, class-balanced logistic regression with C = 1. roost's is `roost.moderation.classifier`
(numpy features + torch L-BFGS, saved as safetensors + JSON); the baseline is scikit-learn's `TfidfVectorizer`
pair and `LogisticRegression` (lbfgs), what one would otherwise write. Trained on each task's train split,
scored on its val split (the test splits are held back):

1. macro-F1 on `offensive` val (the issue's bar is 0.70; the TweetEval paper's SVM and FastText are about 0.65)
2. macro-F1 on `hate` val
3. training time on `offensive` train, seconds (ratio = baseline / roost)
4. scoring one post at a time, as the server does on each request, posts per second

Usage: python bench/moderation.py
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from roost.moderation.classifier import LabeledText, compute_metrics, train_classifier
from roost.moderation.labeled import read_labeled

TWEETEVAL = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "tweeteval"
SCORED_ONE_BY_ONE = 500


class SklearnBaseline:
    def __init__(self) -> None:
        self.words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
        self.model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000)

    def fit(self, data: LabeledText) -> SklearnBaseline:
        features = hstack([self.words.fit_transform(data.texts), self.chars.fit_transform(data.texts)]).tocsr()
        self.model.fit(features, data.labels)
        return self

    def score(self, texts: list[str]) -> np.ndarray:
        features = hstack([self.words.transform(texts), self.chars.transform(texts)]).tocsr()
        return self.model.predict_proba(features)[:, 1]


def timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def main() -> None:
    results = {}
    warmup = read_labeled(TWEETEVAL / "offensive" / "val_text.txt")  # first use loads lazy modules on both sides
    train_classifier("warmup", warmup)
    SklearnBaseline().fit(warmup)
    for task in ("offensive", "hate"):
        train = read_labeled(TWEETEVAL / task / "train_text.txt")
        val = read_labeled(TWEETEVAL / task / "val_text.txt")
        ours, ours_seconds = timed(partial(train_classifier, task, train))
        theirs, theirs_seconds = timed(partial(SklearnBaseline().fit, train))
        ours_f1 = compute_metrics((ours.score(val.texts) >= 0.5).astype(np.int64), val.labels).macro_f1
        theirs_f1 = compute_metrics((theirs.score(val.texts) >= 0.5).astype(np.int64), val.labels).macro_f1
        print(f"{task}: train {len(train)} posts, val {len(val)}; roost {ours_seconds:.1f}s macro-F1 {ours_f1:.4f}; "
              f"scikit-learn {theirs_seconds:.1f}s macro-F1 {theirs_f1:.4f}", flush=True)
        results[task] = (ours, theirs, ours_f1, theirs_f1, ours_seconds, theirs_seconds, val)

    ours, theirs, _, _, ours_seconds, theirs_seconds, val = results["offensive"]
    posts = val.texts[:SCORED_ONE_BY_ONE]
    _, ours_scoring = timed(lambda: [ours.score([post]) for post in posts])
    _, theirs_scoring = timed(lambda: [theirs.score([post]) for post in posts])

    for task in ("offensive", "hate"):
        ours_f1, theirs_f1 = results[task][2], results[task][3]
        print(f"RESULT name={task}_val_macro_f1 roost={ours_f1:.4f} baseline={theirs_f1:.4f} unit=macro-F1 "
              f"ratio={ours_f1 / theirs_f1:.3f}")
    print(f"RESULT name=offensive_train_time roost={ours_seconds:.1f} baseline={theirs_seconds:.1f} unit=s "
          f"ratio={theirs_seconds / ours_seconds:.2f}")
    ours_rate, theirs_rate = len(posts) / ours_scoring, len(posts) / theirs_scoring
    print(f"RESULT name=score_one_post roost={ours_rate:.0f} baseline={theirs_rate:.0f} unit=posts/s "
          f"ratio={ours_rate / theirs_rate:.2f}")


if __name__ == "__main__":
    main()
