"""`roost policy check`, `roost moderation train|eval` and `roost audit`: the operator's view of moderation."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from roost.run import DEFAULT_RUNS_DIR


def register(subparsers: argparse._SubParsersAction) -> None:
    policy = subparsers.add_parser("policy", help="check the moderation policy", description="Inspect a moderation policy.")
    policy_commands = policy.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    check = policy_commands.add_parser(
        "check",
        help="validate a policy and show which rules fire on a text, and why",
        description="Load the policy (--policy FILE, else the run's serve.policy with --run, else the shipped "
        "default), refuse it with one line if it is invalid, and show every rule that fires on TEXT with its "
        "evidence and the resulting action. Without TEXT, list the policy's categories.",
    )
    check.add_argument("text", nargs="?", default=None, help="the text to judge")
    check.add_argument("--policy", type=Path, default=None, help="policy TOML file")
    check.add_argument("--run", default=None, help="use this run's serve.policy")
    check.add_argument("--runs-dir", type=Path, default=DEFAULT_RUNS_DIR)
    check.add_argument("--stage", choices=["input", "output"], default=None, help="judge as input or output (default: both)")
    check.add_argument("--key", default=None, help="apply the overrides of this API key name")
    check.add_argument("--key-id", type=int, default=0, help="the key's numeric id, for overrides listed by id")
    check.add_argument("--file", type=Path, default=None,
                       help="judge every line of this file instead of TEXT and count what each rule catches")
    check.add_argument("--json", action="store_true", help="print the verdict as JSON")
    check.set_defaults(handler=_policy_check)

    moderation = subparsers.add_parser(
        "moderation", help="train and evaluate moderation classifiers", description="Moderation classifiers."
    )
    commands = moderation.add_subparsers(dest="moderation_command", metavar="ACTION", required=True)
    train = commands.add_parser(
        "train",
        help="train a category classifier on labeled posts",
        description="Train a logistic-regression classifier on word and character n-grams from labeled posts "
        "(CSV or JSONL with text and label, or a TweetEval *_text.txt beside its *_labels.txt) and report "
        "precision, recall and macro-F1 on a held-out split. Use the folder it writes as a `classifier` "
        "detector in a policy.",
    )
    train.add_argument("data", type=Path, help="labeled posts")
    train.add_argument("--category", required=True, help="the category the classifier detects, e.g. harassment")
    train.add_argument("--out", type=Path, required=True, help="folder to write the classifier to")
    train.add_argument("--val", type=Path, default=None, help="a separate labeled file to hold out (default: a split)")
    train.add_argument("--val-fraction", type=float, default=0.1, help="share held out when no --val (default 0.1)")
    train.add_argument("--seed", type=int, default=0)
    train.add_argument("--C", dest="regularization", type=float, default=1.0,
                       help="inverse L2 strength (default 1.0)")
    _add_field_args(train)
    train.add_argument("--json", action="store_true", help="print the result as JSON")
    train.set_defaults(handler=_moderation_train)

    evaluate = commands.add_parser(
        "eval", help="score a classifier on a labeled file", description="Precision, recall and macro-F1 on FILE."
    )
    evaluate.add_argument("model", type=Path, help="classifier folder from `roost moderation train`")
    evaluate.add_argument("data", type=Path, help="labeled posts")
    evaluate.add_argument("--threshold", type=float, default=None, help="decision threshold (default: the model's)")
    _add_field_args(evaluate)
    evaluate.add_argument("--json", action="store_true", help="print the result as JSON")
    evaluate.set_defaults(handler=_moderation_eval)

    audit = subparsers.add_parser(
        "audit", help="list moderation flags and blocks", description="Every flag and block in the run's serve.db."
    )
    audit.add_argument("--run", required=True, help="run name or folder")
    audit.add_argument("--runs-dir", type=Path, default=DEFAULT_RUNS_DIR)
    audit.add_argument("--limit", type=int, default=50, help="the newest N rows (0: all; default 50)")
    audit.add_argument("--action", choices=["flag", "block"], default=None, help="only this action")
    audit.add_argument("--key", default=None, help="only this API key (name or id)")
    audit.add_argument("--json", action="store_true", help="one JSON object per row")
    audit.set_defaults(handler=_audit)


def _add_field_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--text-field", default="text", help="CSV column / JSON field of the text (default text)")
    parser.add_argument("--label-field", default="label", help="CSV column / JSON field of the label (default label)")
    parser.add_argument("--positive", default=None, help="the label value of the positive class, for named labels")


def _fields(args: argparse.Namespace):
    from roost.moderation.labeled import LabelFields

    return LabelFields(args.text_field, args.label_field, args.positive)


def _policy_check(args: argparse.Namespace) -> int:
    from roost.moderation.policy import KeyRef, load_policy, policy_path_for

    policy = load_policy(policy_path_for(args.policy, args.run, args.runs_dir))
    key = KeyRef(args.key_id, args.key or "") if args.key or args.key_id else None
    if args.file is not None:
        return _policy_survey(policy, args, key)
    if args.text is None:
        print(f"policy {policy.name!r} ({policy.source}) is valid: {len(policy.categories)} categories, "
              f"{len(policy.overrides)} key overrides")
        for category in policy.categories.values():
            detectors = ", ".join(f"{d.name} ({d.kind})" for d in category.detectors) or "no detectors"
            print(f"  {category.name:24} {category.action:5} on {category.applies_to:6} {detectors}")
        return 0
    result = policy.check(args.text, args.stage, key)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0
    for hit in result.hits:
        effect = "no effect (action allow)" if hit.action == "allow" else hit.action
        print(f"{hit.rule}: {hit.reason} -> {effect}")
    if not result.hits:
        print("no rule fires")
    scored = [f"{name} {score:.3f}" for name, score in result.category_scores.items() if 0.0 < score < 1.0]
    if scored:  # classifier scores, shown even below their thresholds
        print("classifier scores: " + ", ".join(scored))
    print(f"verdict: {result.action}" + (f"; refusal: {result.refusal}" if result.refusal else ""))
    return 0


def _policy_survey(policy, args: argparse.Namespace, key) -> int:
    from roost.moderation.policy import survey_file

    result = survey_file(policy, args.file, args.stage, key)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0
    counts = ", ".join(f"{action} {count}" for action, count in result.actions.items())
    print(f"{result.posts} posts: {counts}")
    for rule, count in sorted(result.rules.items(), key=lambda item: -item[1]):
        print(f"  {rule}: {count}")
        for example in result.examples[rule]:
            print(f"      {example[:120]!r}")
    return 0


def _print_metrics(title: str, metrics) -> None:
    print(f"{title}: {metrics.examples} examples, {metrics.positives} positive")
    print(f"  positive  precision {metrics.precision:.3f}  recall {metrics.recall:.3f}  F1 {metrics.f1:.3f}")
    print(f"  negative  precision {metrics.negative_precision:.3f}  recall {metrics.negative_recall:.3f}  "
          f"F1 {metrics.negative_f1:.3f}")
    print(f"  accuracy {metrics.accuracy:.3f}  macro-F1 {metrics.macro_f1:.3f}")


def _moderation_train(args: argparse.Namespace) -> int:
    from roost.moderation.classifier import TrainSettings
    from roost.moderation.train import train_moderation

    result = train_moderation(args.data, args.category, args.out, _fields(args), args.val, args.val_fraction,
                              args.seed, TrainSettings(regularization=args.regularization))
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"trained {result.category!r} classifier on {result.train_examples} posts, {result.features} n-gram "
          f"features, in {result.seconds:.1f}s -> {result.out_dir}")
    _print_metrics(f"held out ({result.heldout_source})", result.heldout)
    print("strongest features: " + ", ".join(name for name, _ in result.top_features))
    return 0


def _moderation_eval(args: argparse.Namespace) -> int:
    from roost.moderation.train import evaluate_moderation

    result = evaluate_moderation(args.model, args.data, _fields(args), args.threshold)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0
    _print_metrics(f"{result.category!r} on {result.data} (threshold {result.threshold:g})", result.metrics)
    return 0


def _audit(args: argparse.Namespace) -> int:
    from roost.run import open_run
    from roost.serve.audit import list_audit

    rows = list_audit(open_run(args.run, args.runs_dir, must_exist=True), args.limit, args.action, args.key)
    if args.json:
        for row in rows:
            print(json.dumps(row.to_dict(), ensure_ascii=False))
        return 0
    if not rows:
        print("no flags or blocks logged")
        return 0
    for row in rows:
        print(f"{row.when}  {row.action:5}  {row.stage:6}  key {row.key:16}  {row.rule:36}  {row.request_id}  "
              f"{row.excerpt!r}")
    return 0
