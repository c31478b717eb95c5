"""lm-eval throughput: roost's adapter (`RoostLM`) against lm-eval's own Hugging Face adapter (`HFLM`) on the
same model, exported with `roost export hf`, on the same local multiple-choice task built from TweetEval irony
validation tweets (\"ironic\" or \"not ironic\"). Both must give the same accuracy (they score the same
continuations on the same weights); the comparison is requests per second.

    .venv/bin/python bench/export_lmeval.py [--items 300] [--preset tiny]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"

import torch  # noqa: E402
from lm_eval import simple_evaluate  # noqa: E402
from lm_eval.models.huggingface import HFLM  # noqa: E402
from lm_eval.tasks import TaskManager  # noqa: E402

from roost.checkpoint import save_checkpoint  # noqa: E402
from roost.config import load_config  # noqa: E402
from roost.export.hf import export_hf  # noqa: E402
from roost.export.lmeval import RoostLM, task_spec  # noqa: E402
from roost.model import Transformer  # noqa: E402
from roost.run import open_run  # noqa: E402
from roost.tokenizer import train_tokenizer  # noqa: E402

CORPORA = Path(__file__).parents[1].parent / "shared" / "corpora" / "tweeteval"


def build(root: Path, preset: str, items: int) -> tuple[Path, Path]:
    """A run (tokenizer on TweetEval train text, random model of the preset's shape) and a task YAML + JSONL."""
    config = load_config(preset)
    run = open_run(root / "run")
    texts = (CORPORA / "irony" / "train_text.txt").read_text(encoding="utf-8").splitlines()
    train_tokenizer(iter(texts), vocab_size=min(config.tokenizer.vocab_size, 4096)).save(run.tokenizer_dir)
    model = Transformer(config.model)
    model.init_weights(seed=0)
    save_checkpoint(run.checkpoints_dir, 1, model.state_dict(), config.model)
    tweets = (CORPORA / "irony" / "val_text.txt").read_text(encoding="utf-8").splitlines()[:items]
    labels = (CORPORA / "irony" / "val_labels.txt").read_text().split()[:items]
    rows = [{"question": f"{t.strip()}\nThis tweet is", "choices": ["not ironic", "ironic"], "label": int(y)}
            for t, y in zip(tweets, labels)]
    (root / "irony.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (root / "irony.yaml").write_text(
        "task: bench_irony\ndataset_path: json\ndataset_kwargs:\n  data_files:\n    test: irony.jsonl\n"
        "test_split: test\noutput_type: multiple_choice\ndoc_to_text: '{{question}}'\n"
        "doc_to_choice: '{{choices}}'\ndoc_to_target: label\nmetric_list:\n  - metric: acc\n"
    )
    return run.root, root / "irony.yaml"


def timed(lm, task: dict) -> tuple[float, float, int]:
    start = time.perf_counter()
    out = simple_evaluate(model=lm, tasks=[task], task_manager=TaskManager(include_defaults=False),
                          bootstrap_iters=0, log_samples=False)
    seconds = time.perf_counter() - start
    requests = sum(n["effective"] for n in out["n-samples"].values()) * 2  # two choices per item
    return out["results"]["bench_irony"]["acc,none"], seconds, requests


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=300)
    parser.add_argument("--preset", default="tiny")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    torch.set_num_threads(os.cpu_count() or 1)
    with tempfile.TemporaryDirectory() as tmp:
        run_root, task_file = build(Path(tmp), args.preset, args.items)
        run = open_run(run_root)
        hf_dir = export_hf(run).out_dir
        task = task_spec(str(task_file))
        roost_acc, roost_s, requests = timed(RoostLM.from_run(run, batch_size=args.batch_size), task)
        # HFLM with the boundary token as BOS: the same contexts roost scores, so the same accuracy
        baseline = HFLM(pretrained=str(hf_dir), device="cpu", batch_size=args.batch_size, add_bos_token=True,
                        dtype="float32")
        hf_acc, hf_s, _ = timed(baseline, task)
    print(f"accuracy: roost {roost_acc:.4f}, lm-eval HFLM {hf_acc:.4f} on {requests // 2} items")
    if abs(roost_acc - hf_acc) > 1e-9:
        raise SystemExit("the adapters disagree on accuracy")
    roost_rate, hf_rate = requests / roost_s, requests / hf_s
    print(f"RESULT name=lmeval_multiple_choice_{args.preset} roost={roost_rate:.1f} baseline={hf_rate:.1f} "
          f"unit=requests/s ratio={roost_rate / hf_rate:.2f}")


if __name__ == "__main__":
    main()
