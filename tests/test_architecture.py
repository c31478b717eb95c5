"""The import graph of the `roost` package: no circles, and data flows one way.

    source/data -> model -> train/tune -> engine -> serve/export -> evaluation, report, speedrun -> cli

A module may import its own layer or any layer below it, and the shared modules (the run folder, config, errors,
tokenizer, checkpoints, the chat-model layer, ...) from anywhere; the shared modules import only each other and
the model. Imports inside functions count: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "roost"

SHARED = {
    "roost",
    "roost.errors",
    "roost.validation",
    "roost.config",
    "roost.run",
    "roost.device",
    "roost.records",
    "roost.shards",
    "roost.chat_template",
    "roost.tokenizer",
    "roost.checkpoint",
    "roost.lora",
    "roost.chat_model",
}
LAYERS = {
    "data": 1,
    "demo": 1,
    "model": 2,
    "train": 3,
    "tune": 3,
    "engine": 4,
    "serve": 5,
    "export": 5,
    "moderation": 5,
    "evaluation": 6,
    "report": 6,
    "speedrun": 6,
    "cli": 7,
    "__main__": 7,
}
# Moderation's server adapters are moving into serve/; until that lands, moderation may still import serve.
ALLOWED_FOR_NOW = {("moderation", "serve")}


def module_names() -> dict[str, Path]:
    names = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names[".".join(parts).removesuffix(".__init__")] = path
    return names


def import_graph() -> dict[str, set[str]]:
    """Every roost module and the roost modules it imports (at the top or inside functions)."""
    modules = module_names()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parent, *([node.module] if node.module else [])])
                targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            else:
                continue
            imported |= {target for target in targets if target in modules and target != name}
        graph[name] = imported
    return graph


def layer(module: str) -> int:
    if module in SHARED:
        return 0
    top = module.split(".")[1]
    assert top in LAYERS, f"{module}: a new part of roost; give it its place in this test's LAYERS or SHARED"
    return LAYERS[top]


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle as a path that returns to its start, or None (depth-first search, three colours)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state and (cycle := visit(module)):
            return cycle
    return None


def test_the_graph_is_read_from_the_package():
    graph = import_graph()
    assert "roost.tune.sft" in graph["roost.evaluation"]  # a lazy import in a function counts as well
    assert "roost.train.runtime" in graph["roost.tune.sft"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_no_import_circles():
    assert find_cycle(import_graph()) is None


def test_every_import_points_down_the_flow():
    upward = []
    for module, targets in import_graph().items():
        for target in targets:
            packages = (module.split(".")[1], target.split(".")[1]) if "." in module and "." in target else ()
            if target in SHARED or packages in ALLOWED_FOR_NOW:
                continue
            # the shared modules may reach the model (checkpoints and the chat model load one), nothing else
            above = target != "roost.model" if module in SHARED else layer(target) > layer(module)
            if above:
                upward.append(f"{module} -> {target}")
    assert upward == []


def test_nothing_that_serves_imports_training_code():
    serving = ("roost.engine", "roost.serve", "roost.export", "roost.moderation", "roost.chat_model", "roost.lora")
    training = ("roost.train", "roost.tune")
    found = [
        f"{module} -> {target}"
        for module, targets in import_graph().items()
        if module.startswith(serving)
        for target in targets
        if target.startswith(training)
    ]
    assert found == []
