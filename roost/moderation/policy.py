r"""The operator's moderation policy: a TOML file of categories, their detectors, actions and per-key overrides.

    name = "crew-policy"
    refusal = "Sorry, this server's policy does not allow that."   # reply to a blocked input

    [categories.harassment]                 # OpenAI's category names, or custom ones with custom = true
    action = "flag"                         # allow | flag | block
    applies_to = "both"                     # input | output | both
    [[categories.harassment.detectors]]
    name = "insults"
    words = ["idiot", "moron"]              # whole words or phrases, case-insensitive
    [[categories.harassment.detectors]]
    name = "threats"
    patterns = ['''\bi('ll| will) hurt you\b''']    # regular expressions (case-insensitive unless case_sensitive)
    [[categories.harassment.detectors]]
    name = "offensive-model"
    classifier = "models/offensive"         # a folder from `roost moderation train`, relative to this file
    threshold = 0.8

    [[overrides]]                           # per-key changes, by key name or numeric key id
    keys = ["research", 7]
    categories.harassment.action = "allow"

Every rule that fires is named `CATEGORY:DETECTOR` (e.g. `harassment:insults`) in verdicts, audit rows and
`roost policy check`. A file with an unknown key, a bad regular expression, an unknown action or a missing
classifier is refused at load with one line naming the file and the rule.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from roost.errors import RoostError
from roost.moderation.classifier import NgramClassifier, load_classifier
from roost.run import open_run
from roost.validation import describe_validation_error, suggest

OPENAI_CATEGORIES = (
    "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit", "illicit/violent",
    "self-harm", "self-harm/intent", "self-harm/instructions", "sexual", "sexual/minors", "violence",
    "violence/graphic",
)
CUSTOM_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_\-]*(/[a-z0-9][a-z0-9_\-]*)?$")
DEFAULT_POLICY_FILE = "default_policy.toml"
DEFAULT_REFUSAL = "Sorry, I can't help with that: the operator's moderation policy does not allow it."
EXCERPT_CHARS = 60  # characters of context kept on each side of a match in audit rows

Action = Literal["allow", "flag", "block"]
AppliesTo = Literal["input", "output", "both"]
Stage = Literal["input", "output"]
ACTION_RANK = {"allow": 0, "flag": 1, "block": 2}


# ---- the file's schema ----


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DetectorSpec(_Strict):
    name: str = ""
    words: list[str] | None = None
    patterns: list[str] | None = None
    classifier: str | None = None
    threshold: float | None = Field(default=None, gt=0.0, lt=1.0)
    case_sensitive: bool = False


class CategorySpec(_Strict):
    action: Action
    applies_to: AppliesTo = "both"
    refusal: str | None = None
    description: str = ""
    custom: bool = False
    detectors: list[DetectorSpec] = Field(default_factory=list)


class CategoryOverrideSpec(_Strict):
    action: Action | None = None
    applies_to: AppliesTo | None = None
    refusal: str | None = None


class OverrideSpec(_Strict):
    keys: list[str | int] = Field(min_length=1)
    refusal: str | None = None
    categories: dict[str, CategoryOverrideSpec] = Field(default_factory=dict)


class PolicySpec(_Strict):
    name: str = "policy"
    refusal: str = DEFAULT_REFUSAL
    categories: dict[str, CategorySpec] = Field(default_factory=dict)
    overrides: list[OverrideSpec] = Field(default_factory=list)


# ---- detectors ----


@dataclass(frozen=True)
class Hit:
    """One rule that fired on a text, with the evidence."""

    rule: str  # CATEGORY:DETECTOR
    category: str
    detector: str
    kind: str  # words | patterns | classifier
    score: float
    reason: str  # human-readable: what matched, or the classifier's score against its threshold
    excerpt: str  # the text around the match, for the audit log
    action: Action = "flag"

    def to_dict(self) -> dict:
        return asdict(self)


def _excerpt(text: str, start: int, end: int) -> str:
    left, right = max(0, start - EXCERPT_CHARS), min(len(text), end + EXCERPT_CHARS)
    return ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")


@dataclass
class Detector:
    """A word list, a set of regular expressions or a classifier; `scan` returns (score, evidence or None)."""

    name: str
    kind: str
    regexes: list[tuple[str, re.Pattern]] = field(default_factory=list)  # (what the operator wrote, compiled)
    words: list[str] = field(default_factory=list)  # a word list's entries, one capture group each in its regex
    classifier: NgramClassifier | None = None
    threshold: float = 0.5

    def scan(self, text: str, start: int = 0) -> tuple[float, tuple[str, str] | None]:
        """(score, (reason, excerpt) when the detector fires, else None); word and pattern scores are 0 or 1.

        Only `text[start:]` is judged: regexes search from `start` (still seeing the text before it for word
        boundaries and lookbehinds), a classifier scores `text[start:]` alone.
        """
        if self.classifier is not None:
            score = float(self.classifier.score([text[start:]])[0])
            if score < self.threshold:
                return score, None
            reason = f"classifier score {score:.3f} >= threshold {self.threshold:g}"
            return score, (reason, _excerpt(text, start, start))
        for number, (source, regex) in enumerate(self.regexes, start=1):
            match = regex.search(text, start)
            if match:
                what = f"word {self.words[match.lastindex - 1]!r}" if self.words else f"pattern #{number} /{source}/"
                evidence = f"{what} matched {match.group(0)!r}"
                return 1.0, (evidence, _excerpt(text, match.start(), match.end()))
        return 0.0, None


@dataclass
class Category:
    name: str
    action: Action
    applies_to: AppliesTo
    refusal: str | None
    description: str
    detectors: list[Detector]

    def applies(self, stage: Stage | None) -> bool:
        return stage is None or self.applies_to in (stage, "both")


@dataclass(frozen=True)
class CategoryOverride:
    action: Action | None
    applies_to: AppliesTo | None
    refusal: str | None


@dataclass(frozen=True)
class Override:
    key_names: frozenset[str]
    key_ids: frozenset[int]
    refusal: str | None
    categories: dict[str, CategoryOverride]


class KeyLike(Protocol):
    """What the policy needs of an API key: serve's KeyRecord fits."""

    id: int
    name: str


@dataclass(frozen=True)
class KeyRef:
    """A key named by hand (for `roost policy check --key`)."""

    id: int = 0
    name: str = ""


# ---- verdicts ----


@dataclass
class PolicyResult:
    """The policy's answer for one text: the strongest action, every rule that fired, and per-category scores."""

    action: Action
    hits: list[Hit]
    category_scores: dict[str, float]
    categories: dict[str, bool]  # True where a detector fired and the category's action is flag or block
    refusal: str | None  # the text to answer with when action is "block"

    @property
    def flagged(self) -> bool:
        return self.action != "allow"

    @property
    def blocked(self) -> bool:
        return self.action == "block"

    @property
    def enforced_hits(self) -> list[Hit]:
        """The hits that must be logged: those whose category flags or blocks."""
        return [hit for hit in self.hits if hit.action != "allow"]

    def to_dict(self) -> dict:
        return {
            "action": self.action, "flagged": self.flagged, "refusal": self.refusal,
            "hits": [hit.to_dict() for hit in self.hits],
            "categories": self.categories, "category_scores": self.category_scores,
        }


@dataclass
class Policy:
    name: str
    refusal: str
    categories: dict[str, Category]
    overrides: list[Override]
    source: str

    def effective(self, key: KeyLike | None) -> tuple[dict[str, Category], str]:
        """Categories and the default refusal as they stand for one API key, after its overrides."""
        categories = dict(self.categories)
        refusal = self.refusal
        for override in self.overrides:
            if key is None or not (key.name in override.key_names or key.id in override.key_ids):
                continue
            refusal = override.refusal or refusal
            for name, change in override.categories.items():
                base = categories[name]
                categories[name] = replace(base, action=change.action or base.action,
                                           applies_to=change.applies_to or base.applies_to,
                                           refusal=change.refusal or base.refusal)
        return categories, refusal

    def check(self, text: str, stage: Stage | None = None, key: KeyLike | None = None, start: int = 0) -> PolicyResult:
        """Run every category that applies at `stage` (None: all of them) on `text`, for the given key.

        `start` > 0 judges only the text from there on (see `Detector.scan`): the server's output check uses it
        to look at the newest part of a growing answer instead of rescanning the whole answer on every token.
        """
        categories, default_refusal = self.effective(key)
        hits: list[Hit] = []
        scores: dict[str, float] = {}
        flags: dict[str, bool] = {}
        action: Action = "allow"
        refusal = None
        for category in categories.values():
            if not category.applies(stage):
                continue
            best = 0.0
            fired = False
            for detector in category.detectors:
                score, evidence = detector.scan(text, start)
                best = max(best, score)
                if evidence is None:
                    continue
                reason, excerpt = evidence
                fired = True
                hits.append(Hit(f"{category.name}:{detector.name}", category.name, detector.name, detector.kind,
                                score, reason, excerpt, category.action))
            scores[category.name] = round(best, 6)
            flags[category.name] = fired and category.action != "allow"
            if fired and ACTION_RANK[category.action] > ACTION_RANK[action]:
                action = category.action
            if fired and category.action == "block" and refusal is None:
                refusal = category.refusal or default_refusal
        return PolicyResult(action, hits, scores, flags, refusal)

    @cached_property
    def category_names(self) -> list[str]:
        """OpenAI's categories first (always reported, as OpenAI does), then the policy's custom ones."""
        return list(OPENAI_CATEGORIES) + [name for name in self.categories if name not in OPENAI_CATEGORIES]


@dataclass
class Survey:
    """What a policy does to a whole file of posts: how many it flags or blocks, per rule, with examples."""

    posts: int = 0
    actions: dict[str, int] = field(default_factory=lambda: {"allow": 0, "flag": 0, "block": 0})
    rules: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)  # rule -> the first few posts it fired on

    def to_dict(self) -> dict:
        return asdict(self)


def survey(policy: Policy, texts: Iterable[str], stage: Stage | None = None, key: KeyLike | None = None,
           examples: int = 3) -> Survey:
    """Run the policy over many posts, so an operator can see what it would catch before serving with it."""
    result = Survey()
    for text in texts:
        verdict = policy.check(text, stage, key)
        result.posts += 1
        result.actions[verdict.action] += 1
        for hit in verdict.hits:
            result.rules[hit.rule] = result.rules.get(hit.rule, 0) + 1
            seen = result.examples.setdefault(hit.rule, [])
            if len(seen) < examples:
                seen.append(text)
    return result


def survey_file(policy: Policy, path: Path, stage: Stage | None = None, key: KeyLike | None = None) -> Survey:
    """`survey` over a text file, one post per non-empty line."""
    try:
        with path.open(encoding="utf-8") as handle:
            return survey(policy, (line.rstrip("\n") for line in handle if line.strip()), stage, key)
    except (OSError, UnicodeDecodeError) as exc:
        raise RoostError(f"{path}: cannot read: {exc}") from None


# ---- loading ----


def default_policy_path() -> Path:
    return Path(str(resources.files("roost.moderation") / DEFAULT_POLICY_FILE))


def policy_path_for(policy: Path | None, run_name: str | None, runs_dir: Path) -> Path | None:
    """The policy a command means: an explicit file, else the run's `serve.policy`, else None (the default)."""
    if policy is not None or run_name is None:
        return policy
    configured = open_run(run_name, runs_dir, must_exist=True).load_config().serve.policy
    return Path(configured) if configured else None


def load_policy(path: Path | str | None = None) -> Policy:
    """Load and validate a policy file; None or "" loads the shipped default."""
    path = Path(path) if path else default_policy_path()
    if not path.is_file():
        raise RoostError(f"policy file not found: {path}")
    try:
        tree = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RoostError(f"{path}: not valid TOML: {exc}") from None
    try:
        spec = PolicySpec.model_validate(tree)
    except ValidationError as exc:
        raise RoostError(f"{path}: {describe_validation_error(exc, tree, PolicySpec)}") from None
    return _compile(spec, path)


def _compile(spec: PolicySpec, path: Path) -> Policy:
    classifiers: dict[Path, NgramClassifier] = {}  # one load per model folder, shared by categories
    categories = {}
    for name, category in spec.categories.items():
        _check_category_name(name, category, path)
        detectors = []
        for index, detector in enumerate(category.detectors, start=1):
            compiled = _compile_detector(detector, index, f"{path}: category {name!r}", path.parent, classifiers)
            if any(other.name == compiled.name for other in detectors):
                raise RoostError(f"{path}: category {name!r}: two detectors named {compiled.name!r}; name them apart")
            detectors.append(compiled)
        categories[name] = Category(name, category.action, category.applies_to, category.refusal,
                                    category.description, detectors)
    overrides = []
    for index, override in enumerate(spec.overrides, start=1):
        for name in override.categories:
            if name not in categories:
                raise RoostError(f"{path}: override {index}: unknown category {name!r}{suggest(name, list(categories))}")
        overrides.append(Override(
            frozenset(k for k in override.keys if isinstance(k, str)),
            frozenset(k for k in override.keys if isinstance(k, int)),
            override.refusal,
            {name: CategoryOverride(c.action, c.applies_to, c.refusal) for name, c in override.categories.items()},
        ))
    return Policy(spec.name, spec.refusal, categories, overrides, str(path))


def _check_category_name(name: str, category: CategorySpec, path: Path) -> None:
    if name in OPENAI_CATEGORIES:
        return
    if not category.custom:
        raise RoostError(
            f"{path}: unknown category {name!r}{suggest(name, list(OPENAI_CATEGORIES))}; "
            "a custom category needs custom = true"
        )
    if not CUSTOM_NAME_RE.match(name):
        raise RoostError(f"{path}: category {name!r}: custom names are lowercase words, at most one '/'")


def _compile_detector(spec: DetectorSpec, index: int, where: str, base_dir: Path,
                      classifiers: dict[Path, NgramClassifier]) -> Detector:
    kinds = [kind for kind in ("words", "patterns", "classifier") if getattr(spec, kind) is not None]
    label = f"{where} detector {spec.name or index!r}"
    if len(kinds) != 1:
        raise RoostError(f"{label}: needs exactly one of words, patterns or classifier (has {kinds or 'none'})")
    kind = kinds[0]
    name = spec.name or kind
    if spec.threshold is not None and kind != "classifier":
        raise RoostError(f"{label}: threshold applies only to a classifier detector")
    flags = 0 if spec.case_sensitive else re.IGNORECASE
    if kind == "words":
        words = [word.strip() for word in spec.words if word.strip()]
        if not words:
            raise RoostError(f"{label}: words is empty")
        # One regex for the whole list (one pass over the text), a capture group per entry to tell which matched.
        # Whole words only: "ass" must not fire inside "class"; phrases may span any run of spaces.
        alternatives = "|".join("(" + r"\s+".join(map(re.escape, word.split())) + ")" for word in words)
        return Detector(name, kind, [("words", re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", flags))], words)
    if kind == "patterns":
        if not spec.patterns:
            raise RoostError(f"{label}: patterns is empty")
        regexes = []
        for pattern in spec.patterns:
            try:
                regexes.append((pattern, re.compile(pattern, flags)))
            except re.error as exc:
                raise RoostError(f"{label}: bad regular expression {pattern!r}: {exc}") from None
        return Detector(name, kind, regexes)
    model_path = (base_dir / spec.classifier).resolve()
    if model_path not in classifiers:
        try:
            classifiers[model_path] = load_classifier(model_path)
        except RoostError as exc:
            raise RoostError(f"{label}: {exc}") from None
    model = classifiers[model_path]
    threshold = spec.threshold if spec.threshold is not None else model.threshold
    return Detector(name, kind, classifier=model, threshold=threshold)
