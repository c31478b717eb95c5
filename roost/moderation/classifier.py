"""A trainable text classifier for one moderation category: logistic regression on word and character n-grams.

Features are TF-IDF weights (sublinear term frequency) of word 1-2-grams and character 2-5-grams taken inside
word boundaries, each block L2-normalised; the weights are fitted by L-BFGS with class-balanced log loss and an
L2 penalty. This is the strong classic baseline for short noisy text: it trains on ten thousand tweets in seconds
on one CPU core, needs no GPU or pretrained model, and every score is a probability from the fitted model.

A saved model is a folder with `classifier.json` (format, settings, vocabulary, metrics) and
`classifier.safetensors` (weights, bias, idf); nothing is pickled.
"""

from __future__ import annotations

import json
import re
import warnings
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import torch
from safetensors.numpy import load_file, save_file

from roost.errors import RoostError
from roost.run import atomic_path, atomic_write_text

FORMAT = "roost-ngram-logreg"
FORMAT_VERSION = 1
CONFIG_FILE = "classifier.json"
WEIGHTS_FILE = "classifier.safetensors"

# Words are runs of letters/digits/apostrophes, or single symbols (emoji and punctuation carry tone in posts).
WORD_RE = re.compile(r"[\w']+|[^\w\s]")
URL_RE = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class FeatureSettings:
    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    min_df: int = 2


@dataclass
class LabeledText:
    texts: list[str]
    labels: np.ndarray  # int64, 1 = the category applies

    def __len__(self) -> int:
        return len(self.texts)

    def subset(self, index: np.ndarray) -> LabeledText:
        return LabeledText([self.texts[i] for i in index], self.labels[index])


@dataclass(frozen=True)
class Metrics:
    """Binary classification quality; macro-F1 averages the F1 of the positive and the negative class."""

    examples: int
    positives: int
    accuracy: float
    precision: float
    recall: float
    f1: float
    negative_precision: float
    negative_recall: float
    negative_f1: float
    macro_f1: float

    def to_dict(self) -> dict:
        return asdict(self)


def _precision_recall_f1(predicted: np.ndarray, actual: np.ndarray, cls: int) -> tuple[float, float, float]:
    true_positive = int(((predicted == cls) & (actual == cls)).sum())
    predicted_count = int((predicted == cls).sum())
    actual_count = int((actual == cls).sum())
    precision = true_positive / predicted_count if predicted_count else 0.0
    recall = true_positive / actual_count if actual_count else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def compute_metrics(predicted: np.ndarray, actual: np.ndarray) -> Metrics:
    p1, r1, f1 = _precision_recall_f1(predicted, actual, 1)
    p0, r0, f0 = _precision_recall_f1(predicted, actual, 0)
    return Metrics(
        examples=len(actual),
        positives=int(actual.sum()),
        accuracy=float((predicted == actual).mean()) if len(actual) else 0.0,
        precision=p1, recall=r1, f1=f1,
        negative_precision=p0, negative_recall=r0, negative_f1=f0,
        macro_f1=(f1 + f0) / 2,
    )


def _word_tokens(text: str) -> list[str]:
    return WORD_RE.findall(URL_RE.sub(" http ", text.lower()))


@lru_cache(maxsize=20_000)  # ~2 KB a word: at most ~40 MB, and posts reuse a few thousand words
def _char_ngrams(word: str, low: int, high: int) -> tuple[str, ...]:
    """Character n-grams of one word padded with spaces; cached because posts reuse the same words."""
    padded = f" {word} "
    return tuple("c " + padded[i : i + n] for n in range(low, high + 1) for i in range(len(padded) - n + 1))


def extract_ngrams(text: str, settings: FeatureSettings) -> Counter[str]:
    """Count the n-gram features of one text; word features start with "w ", character features with "c "."""
    words = _word_tokens(text)
    features: list[str] = []
    low, high = settings.word_ngrams
    for n in range(low, high + 1):
        features.extend("w " + " ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    low, high = settings.char_ngrams
    for word in words:
        features.extend(_char_ngrams(word, low, high))
    return Counter(features)


@dataclass
class SparseRows:
    """A CSR matrix: row i holds features indices[indptr[i]:indptr[i+1]] with the matching values."""

    indptr: np.ndarray
    indices: np.ndarray
    values: np.ndarray
    n_rows: int

    def __post_init__(self) -> None:
        self.row_of_entry = np.repeat(np.arange(self.n_rows), np.diff(self.indptr))


class NgramClassifier:
    """A fitted classifier for one category; `score(texts)` gives the probability that each text belongs to it."""

    def __init__(self, category: str, settings: FeatureSettings, vocabulary: list[str], idf: np.ndarray,
                 weight: np.ndarray, bias: float, threshold: float = 0.5, info: dict | None = None):
        self.category = category
        self.settings = settings
        self.vocabulary = vocabulary
        self.feature_ids = {name: i for i, name in enumerate(vocabulary)}
        self.is_word = np.array([name.startswith("w ") for name in vocabulary], dtype=bool)
        self.idf = idf.astype(np.float64)
        self.weight = weight.astype(np.float64)
        self.bias = float(bias)
        self.threshold = threshold
        self.info = info or {}

    # ---- features ----

    def featurize(self, texts: list[str]) -> SparseRows:
        rows = count_rows([extract_ngrams(text, self.settings) for text in texts], self.feature_ids, grow=False)
        self._weigh(rows)
        return rows

    def _weigh(self, rows: SparseRows) -> None:
        """Sublinear TF times IDF, then L2-normalise the word block and the character block of each row apart.

        Each block then has norm 1/sqrt(2), so the whole row has norm 1 and neither block drowns the other.
        """
        rows.values = (1.0 + np.log(rows.values)) * self.idf[rows.indices]
        block = rows.row_of_entry * 2 + self.is_word[rows.indices]  # one bin per (row, block)
        squares = np.bincount(block, weights=rows.values**2, minlength=rows.n_rows * 2)
        rows.values = rows.values / np.maximum(np.sqrt(squares[block] * 2.0), 1e-12)

    # ---- scoring ----

    def decision(self, rows: SparseRows) -> np.ndarray:
        return _matvec(rows, self.weight) + self.bias

    def score(self, texts: list[str]) -> np.ndarray:
        """Probability, per text, that the category applies."""
        return 1.0 / (1.0 + np.exp(-self.decision(self.featurize(texts))))

    def predict(self, texts: list[str], threshold: float | None = None) -> np.ndarray:
        cut = self.threshold if threshold is None else threshold
        return (self.score(texts) >= cut).astype(np.int64)

    def evaluate(self, data: LabeledText, threshold: float | None = None) -> Metrics:
        return compute_metrics(self.predict(data.texts, threshold), data.labels)

    def top_features(self, k: int = 20) -> list[tuple[str, float]]:
        """The n-grams that push hardest toward the category (for the operator's inspection)."""
        order = np.argsort(-self.weight)[:k]
        kinds = {"w": "words", "c": "chars"}
        return [(f"{kinds[self.vocabulary[i][0]]} {self.vocabulary[i][2:]!r}", float(self.weight[i])) for i in order]

    # ---- files ----

    def save(self, out_dir: Path) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        with atomic_path(out_dir / WEIGHTS_FILE) as tmp:
            tensors = {"weight": self.weight, "idf": self.idf, "bias": np.array([self.bias])}
            save_file({name: value.astype(np.float32) for name, value in tensors.items()}, str(tmp))
        header = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "category": self.category,
            "threshold": self.threshold,
            "settings": asdict(self.settings),
            "info": self.info,
            "vocabulary": self.vocabulary,
        }
        atomic_write_text(out_dir / CONFIG_FILE, json.dumps(header, ensure_ascii=False))


def load_classifier(path: Path) -> NgramClassifier:
    """Load a classifier folder written by `NgramClassifier.save` (or its classifier.json directly)."""
    folder = path.parent if path.name == CONFIG_FILE else path
    config_path, weights_path = folder / CONFIG_FILE, folder / WEIGHTS_FILE
    if not config_path.is_file() or not weights_path.is_file():
        raise RoostError(f"{path}: not a classifier folder (needs {CONFIG_FILE} and {WEIGHTS_FILE})")
    try:
        header = json.loads(config_path.read_text(encoding="utf-8"))
        tensors = load_file(str(weights_path))
    except (json.JSONDecodeError, UnicodeDecodeError, OSError, ValueError) as exc:
        raise RoostError(f"{folder}: unreadable classifier: {exc}") from None
    if header.get("format") != FORMAT or header.get("version") != FORMAT_VERSION:
        raise RoostError(f"{config_path}: not a {FORMAT} v{FORMAT_VERSION} classifier")
    try:
        settings = FeatureSettings(**{k: tuple(v) if isinstance(v, list) else v for k, v in header["settings"].items()})
        vocabulary, idf, weight, bias = header["vocabulary"], tensors["idf"], tensors["weight"], tensors["bias"]
        category, threshold = str(header["category"]), float(header["threshold"])
    except (KeyError, TypeError, ValueError) as exc:
        raise RoostError(f"{config_path}: damaged classifier ({type(exc).__name__}: {exc})") from None
    if not (len(vocabulary) == len(weight) == len(idf)) or len(bias) != 1:
        raise RoostError(f"{folder}: vocabulary and weights disagree in size")
    return NgramClassifier(category, settings, vocabulary, idf, weight, float(bias[0]), threshold, header.get("info", {}))


# ---- training ----


@dataclass(frozen=True)
class TrainSettings:
    regularization: float = 1.0  # C: inverse strength of the L2 penalty (as in scikit-learn)
    balanced: bool = True  # weigh classes inversely to their frequency (macro-F1 counts both classes equally)
    max_iterations: int = 300
    features: FeatureSettings = field(default_factory=FeatureSettings)


def count_rows(counts_per_text: list[Counter[str]], feature_ids: dict[str, int], grow: bool) -> SparseRows:
    """Raw n-gram counts as CSR rows. With `grow`, unseen features get the next free id (building a vocabulary);
    without it they are dropped."""
    indices: list[int] = []
    values: list[int] = []
    lengths = np.empty(len(counts_per_text), dtype=np.int64)
    for row, counts in enumerate(counts_per_text):
        if grow:
            ids = [feature_ids.setdefault(name, len(feature_ids)) for name in counts]
            counted = list(counts.values())
        else:
            found = [(feature_ids.get(name), count) for name, count in counts.items()]
            ids = [i for i, _ in found if i is not None]
            counted = [count for i, count in found if i is not None]
        indices.extend(ids)
        values.extend(counted)
        lengths[row] = len(ids)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    return SparseRows(indptr, np.array(indices, dtype=np.int64), np.array(values, dtype=np.float64), len(counts_per_text))


def build_vocabulary(counts_per_text: list[Counter[str]], min_df: int) -> tuple[list[str], np.ndarray, SparseRows]:
    """Features seen in at least min_df texts, their smoothed idf = ln((1 + n) / (1 + df)) + 1, and the texts'
    raw count rows over that vocabulary."""
    feature_ids: dict[str, int] = {}
    rows = count_rows(counts_per_text, feature_ids, grow=True)
    df = np.bincount(rows.indices, minlength=len(feature_ids))  # each feature appears once per row it is in
    keep = df >= min_df
    new_id = np.cumsum(keep) - 1
    kept_entry = keep[rows.indices]
    lengths = np.bincount(rows.row_of_entry[kept_entry], minlength=rows.n_rows)
    rows = SparseRows(np.concatenate([[0], np.cumsum(lengths)]), new_id[rows.indices[kept_entry]],
                      rows.values[kept_entry], rows.n_rows)
    vocabulary = [name for name, i in feature_ids.items() if keep[i]]  # dicts keep insertion (= id) order
    idf = np.log((1.0 + len(counts_per_text)) / (1.0 + df[keep])) + 1.0
    return vocabulary, idf, rows


def _matvec(rows: SparseRows, vector: np.ndarray) -> np.ndarray:
    return np.bincount(rows.row_of_entry, weights=rows.values * vector[rows.indices], minlength=rows.n_rows)


def _csr_pair(rows: SparseRows, n_features: int) -> tuple[torch.Tensor, torch.Tensor]:
    """X and Xᵀ as torch CSR matrices (float64): X·w and Xᵀ·r are the two products of every L-BFGS step.

    Xᵀ is built with a stable numpy argsort of the feature ids (torch's own CSR transpose is ~10x slower)."""
    order = np.argsort(rows.indices, kind="stable")
    columns = np.concatenate([[0], np.cumsum(np.bincount(rows.indices, minlength=n_features))])
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Sparse CSR tensor support is in beta")
        matrix = torch.sparse_csr_tensor(torch.from_numpy(rows.indptr), torch.from_numpy(rows.indices),
                                         torch.from_numpy(rows.values), (rows.n_rows, n_features),
                                         check_invariants=False)
        transposed = torch.sparse_csr_tensor(torch.from_numpy(columns), torch.from_numpy(rows.row_of_entry[order]),
                                             torch.from_numpy(rows.values[order]), (n_features, rows.n_rows),
                                             check_invariants=False)
    return matrix, transposed


def fit_weights(rows: SparseRows, labels: np.ndarray, n_features: int, settings: TrainSettings) -> tuple[np.ndarray, float]:
    """Minimise weighted mean log loss + ||w||² / (2·C·n) with torch's L-BFGS; returns (weight, bias)."""
    n = len(labels)
    positives = max(int(labels.sum()), 1)
    negatives = max(n - int(labels.sum()), 1)
    if settings.balanced:
        sample_weight = np.where(labels == 1, n / (2 * positives), n / (2 * negatives)) / n
    else:
        sample_weight = np.full(n, 1.0 / n)
    penalty = 1.0 / (settings.regularization * n)
    matrix, transposed = _csr_pair(rows, n_features)
    target = torch.from_numpy(labels).double()
    sign = 1.0 - 2.0 * target  # log loss is softplus(-z) for y = 1 and softplus(z) for y = 0
    sample_weight = torch.from_numpy(sample_weight)
    params = torch.zeros(n_features + 1, dtype=torch.float64, requires_grad=True)  # weights, then bias
    optimizer = torch.optim.LBFGS([params], lr=1.0, max_iter=settings.max_iterations, history_size=20,
                                  tolerance_grad=1e-6, tolerance_change=1e-9, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        with torch.no_grad():  # the gradient is written out: autograd through sparse products is slower
            weight, bias = params[:-1], params[-1]
            logits = matrix @ weight + bias
            residual = sample_weight * (torch.sigmoid(logits) - target)
            grad = torch.empty_like(params)
            grad[:-1] = transposed @ residual + penalty * weight
            grad[-1] = residual.sum()
            params.grad = grad
            return sample_weight @ torch.nn.functional.softplus(sign * logits) + 0.5 * penalty * weight @ weight

    # L-BFGS works on vectors of ~1e5 numbers: too small for threads to pay, and on a busy CPU the OpenMP
    # barriers of each tiny op cost 30x the math. One thread for the fit, then back to the caller's setting.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        optimizer.step(closure)
    finally:
        torch.set_num_threads(threads)
    theta = params.detach().numpy()
    return theta[:-1].copy(), float(theta[-1])


def train_classifier(category: str, data: LabeledText, settings: TrainSettings = TrainSettings()) -> NgramClassifier:
    labels = set(np.unique(data.labels).tolist())
    if labels != {0, 1}:
        raise RoostError(f"training data needs both positive and negative examples; labels seen: {sorted(labels)}")
    counts_per_text = [extract_ngrams(text, settings.features) for text in data.texts]
    vocabulary, idf, rows = build_vocabulary(counts_per_text, settings.features.min_df)
    if not vocabulary:
        raise RoostError(f"no feature occurs in {settings.features.min_df} or more training texts")
    model = NgramClassifier(category, settings.features, vocabulary, idf, np.zeros(len(vocabulary)), 0.0)
    model._weigh(rows)
    weight, bias = fit_weights(rows, data.labels, len(vocabulary), settings)
    model.weight, model.bias = weight, bias
    return model


def split_holdout(data: LabeledText, fraction: float, seed: int) -> tuple[LabeledText, LabeledText]:
    """A stratified random split: the same share of each class goes to the held-out part."""
    if not 0.0 < fraction < 1.0:
        raise RoostError(f"held-out fraction must be between 0 and 1, got {fraction}")
    rng = np.random.default_rng(seed)
    held = []
    for cls in (0, 1):
        members = np.flatnonzero(data.labels == cls)
        rng.shuffle(members)
        held.extend(members[: max(1, round(len(members) * fraction))].tolist())
    held_mask = np.zeros(len(data), dtype=bool)
    held_mask[held] = True
    return data.subset(np.flatnonzero(~held_mask)), data.subset(np.flatnonzero(held_mask))
