"""Optional features without their extra: one line naming the extra to install and a non-zero exit, no traceback.

The dev install has every extra, so the library's absence is made by the test: a None entry in `sys.modules` is
what Python's import system reads as "cannot be imported".
"""

from __future__ import annotations

import importlib
import sys

import pytest

from roost.cli import main
from roost.errors import RoostError
from roost.run import open_run


def _without(monkeypatch: pytest.MonkeyPatch, package: str, importer: str) -> None:
    """`package` (and every submodule already imported) cannot be imported; `importer` is imported afresh."""
    for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, package, None)
    monkeypatch.delitem(sys.modules, importer, raising=False)


def test_eval_tasks_without_lm_eval_says_which_extra_to_install(tmp_path, monkeypatch, capsys):
    _without(monkeypatch, "lm_eval", "roost.export.lmeval")
    open_run(tmp_path / "run")
    assert main(["eval", "--run", str(tmp_path / "run"), "--tasks", "arc_easy"]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == ["roost eval: error: roost eval --tasks needs lm-eval: pip install 'roost[evals]'"]


def test_scale_without_datatrove_says_which_extra_to_install(monkeypatch):
    _without(monkeypatch, "datatrove", "roost.data.scale")
    with pytest.raises(RoostError, match=r"^roost.data.scale needs datatrove: pip install 'roost\[scale\]'$"):
        importlib.import_module("roost.data.scale")
