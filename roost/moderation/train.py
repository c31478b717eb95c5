"""`roost moderation train` and `roost moderation eval`: fit a category classifier on labeled posts and score it.

Training holds out a stratified share of the data (or uses a separate validation file) and reports precision,
recall and macro-F1 on it, so the numbers an operator sees are never measured on the posts the model learned.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from pathlib import Path

from roost.moderation.classifier import Metrics, TrainSettings, load_classifier, split_holdout, train_classifier
from roost.moderation.labeled import LabelFields, read_labeled


@dataclass(frozen=True)
class TrainResult:
    category: str
    out_dir: str
    train_examples: int
    heldout_source: str  # "split" or the validation file's path
    features: int
    seconds: float
    heldout: Metrics
    top_features: list[tuple[str, float]]

    def to_dict(self) -> dict:
        return {**asdict(self), "heldout": self.heldout.to_dict()}


@dataclass(frozen=True)
class EvalResult:
    model: str
    category: str
    data: str
    threshold: float
    metrics: Metrics

    def to_dict(self) -> dict:
        return {**asdict(self), "metrics": self.metrics.to_dict()}


def train_moderation(
    data: Path,
    category: str,
    out_dir: Path,
    fields: LabelFields = LabelFields(),
    val_data: Path | None = None,
    val_fraction: float = 0.1,
    seed: int = 0,
    settings: TrainSettings = TrainSettings(),
) -> TrainResult:
    started = time.perf_counter()
    labeled = read_labeled(data, fields)
    if val_data is not None:
        train_part, heldout = labeled, read_labeled(val_data, fields)
    else:
        train_part, heldout = split_holdout(labeled, val_fraction, seed)
    model = train_classifier(category, train_part, settings)
    metrics = model.evaluate(heldout)
    model.info = {
        "trained_on": str(data),
        "train_examples": len(train_part),
        "heldout": str(val_data) if val_data else f"{val_fraction:g} of {data.name} (seed {seed})",
        "heldout_metrics": metrics.to_dict(),
        "regularization": settings.regularization,
        "balanced": settings.balanced,
    }
    model.save(out_dir)
    return TrainResult(
        category, str(out_dir), len(train_part), str(val_data) if val_data else "split", len(model.vocabulary),
        time.perf_counter() - started, metrics, model.top_features(10),
    )


def evaluate_moderation(model_path: Path, data: Path, fields: LabelFields = LabelFields(),
                        threshold: float | None = None) -> EvalResult:
    model = load_classifier(model_path)
    labeled = read_labeled(data, fields)
    cut = model.threshold if threshold is None else threshold
    return EvalResult(str(model_path), model.category, str(data), cut, model.evaluate(labeled, cut))

