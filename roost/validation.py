"""One line for a pydantic validation error in a file the user wrote (the run config, the moderation policy).

Pydantic reports where a value failed as a location path (`("categories", "hate", "detectors", 0, "word")`).
`describe_validation_error` walks that path through the file's own tree and the model's fields and says it in
the file's words: entries of a table of named things or of a list become labels ("category 'hate'",
"detector 'x'", "override 1"), the rest is the dotted key, and a misspelt key gets the closest real one.
"""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

# Labels for the entries of containers whose plural name is not just the singular plus "s".
SINGULAR = {"categories": "category"}


def describe_validation_error(exc: ValidationError, tree: dict[str, Any], model: type[BaseModel]) -> str:
    """The error that best explains the failure (a misspelt key over the "missing" one it causes), in words."""
    errors = exc.errors()
    error = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    labels: list[str] = []
    key: list[str] = []
    node: Any = tree
    fields: type[BaseModel] | None = model
    parent: type[BaseModel] | None = model  # the model holding the last key: where a misspelt key's real one is
    loc = list(error["loc"])
    while loc:
        step = loc.pop(0)
        annotation = _unwrap(_field_annotation(fields, step))
        item = typing.get_args(annotation)[-1] if typing.get_origin(annotation) in (dict, list) else None
        if not key and loc and _is_model(item):  # an entry of a table of named things or of a list: a label
            entry = loc.pop(0)
            node = _child(_child(node, step), entry)
            labels.append(_entry_label(str(step), entry, node))
            fields = parent = item
            continue
        key.append(str(step))
        node = _child(node, step)
        parent, fields = fields, annotation if _is_model(annotation) else None
    return ": ".join([*labels, _problem(error, key, node, parent)])


def _problem(error: dict[str, Any], key: list[str], value: Any, parent: type[BaseModel] | None) -> str:
    dotted = ".".join(key)
    if not key:
        return error["msg"]
    if error["type"] == "extra_forbidden":
        valid = list(parent.model_fields) if parent is not None else []
        return f"unknown key {dotted!r}{suggest(key[-1], valid, prefix='.'.join(key[:-1]))}"
    if error["type"] == "missing":
        return f"missing key {dotted!r}"
    if error["type"] == "literal_error":
        return f"bad value for {dotted!r} ({value!r}): not one of {error['ctx']['expected']}"
    return f"bad value for {dotted!r} ({value!r}): {error['msg']}"


def suggest(word: str, candidates: list[str], prefix: str = "") -> str:
    """ " (did you mean 'x'?)" for the closest candidate, or nothing when none is close."""
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    if not close:
        return ""
    return f" (did you mean {f'{prefix}.{close[0]}' if prefix else close[0]!r}?)"


def _field_annotation(model: type[BaseModel] | None, name: Any) -> Any:
    if model is None or not isinstance(name, str) or name not in model.model_fields:
        return None
    return model.model_fields[name].annotation


def _unwrap(annotation: Any) -> Any:
    """`X | None` -> X."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        return members[0] if len(members) == 1 else annotation
    return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _child(node: Any, step: Any) -> Any:
    if isinstance(node, dict):
        return node.get(step)
    if isinstance(node, list) and isinstance(step, int) and step < len(node):
        return node[step]
    return None


def _entry_label(container: str, entry: Any, node: Any) -> str:
    """ "category 'hate'" for a named entry; a list item by its `name` if it has one, else its 1-based number."""
    singular = SINGULAR.get(container, container.removesuffix("s"))
    if isinstance(entry, int):
        name = node.get("name") if isinstance(node, dict) else None
        return f"{singular} {name!r}" if name else f"{singular} {entry + 1}"
    return f"{singular} {entry!r}"
