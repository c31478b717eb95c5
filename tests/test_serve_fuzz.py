"""Fuzz the served OpenAPI schema with schemathesis (its CLI, against a real uvicorn): no 5xx, no hangs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from serve_helpers import build_tiny_run, running_server, serve_config

from roost.serve.app import create_app
from roost.serve.keys import create_key

SCHEMATHESIS = Path(sys.executable).parent / "st"


def test_openapi_fuzz_finds_no_server_errors(tmp_path):
    run = build_tiny_run(tmp_path, name="fuzz", max_seq_len=256)
    key = create_key(run.serve_db, "fuzz")
    # small caps keep each fuzzed generation short; the request timeout is what catches a hang
    app = create_app(run, serve_config(max_tokens_cap=16, max_n=2))
    with running_server(app) as url:
        result = subprocess.run(
            [
                str(SCHEMATHESIS), "run", url + "/openapi.json", "-H", f"Authorization: Bearer {key}",
                "--checks", "not_a_server_error", "--phases", "coverage,fuzzing", "--max-examples", "25",
                "--max-time", "20", "--request-timeout", "20", "--generation-database", "none", "--seed", "1",
                "--no-color",
            ],
            check=False, capture_output=True, text=True, timeout=240,
        )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    selected = re.search(r"Operations:\s+(\d+) selected / (\d+) total", result.stdout)
    assert selected and int(selected[1]) == int(selected[2]) >= 5  # models x2, chat, completions, and more
    assert re.search(r"\d+ generated, \d+ passed", result.stdout)
