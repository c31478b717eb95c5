"""Config: presets, layered overrides, resolved config round trip, and one-line errors naming the key."""

import subprocess
import sys

import pytest

from roost.config import RunConfig, load_config, preset_names, validate_config
from roost.errors import RoostError
from roost.model import Transformer, count_parameters


def test_presets_load_and_override():
    assert {"tiny", "gpt2-small"} <= set(preset_names())
    config = load_config("tiny", overrides=["train.lr=3e-4", "model.qk_norm=true", "clean.languages=['en','de']"])
    assert config.train.lr == 3e-4 and config.model.qk_norm is True
    assert config.clean.languages == ["en", "de"]


def test_config_file_layers_over_preset(tmp_path):
    path = tmp_path / "run.toml"
    path.write_text('preset = "tiny"\n[train]\nbatch_size = 7\n')
    config = load_config(path=path, overrides=["train.batch_size=9"])
    assert config.train.batch_size == 9
    assert config.model.dim == load_config("tiny").model.dim


def test_resolved_config_round_trips_through_toml():
    import tomllib

    config = load_config("gpt2-small")
    assert validate_config(tomllib.loads(config.to_toml())) == config


@pytest.mark.parametrize(
    "override, message",
    [
        ("train.lrr=1e-3", "unknown key 'train.lrr' (did you mean 'train.lr'?)"),
        ("trian.lr=1e-3", "unknown key 'trian' (did you mean 'train'?)"),
        ("train.lr=-1", "bad value for 'train.lr' (-1)"),
        ("train.optimizer=sgd", "bad value for 'train.optimizer' ('sgd')"),
        ("train", "expected section.key=value"),
    ],
)
def test_bad_keys_and_values_name_the_key(override, message):
    with pytest.raises(RoostError) as info:
        load_config("tiny", overrides=[override])
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_unknown_preset_and_bad_file(tmp_path):
    with pytest.raises(RoostError, match="did you mean 'tiny'"):
        load_config("tinny")
    bad = tmp_path / "bad.toml"
    bad.write_text("[train\nlr = 1")
    with pytest.raises(RoostError, match="not valid TOML"):
        load_config(path=bad)


def test_gpt2_small_preset_is_gpt2_small_sized():
    params = count_parameters(Transformer(load_config("gpt2-small").model))
    assert 110e6 < params < 140e6


def test_cli_config_typo_is_one_line_and_nonzero(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "roost", "pretrain", "--run", str(tmp_path / "r"), "--set", "train.lrr=1"],
        check=False, capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "unknown key 'train.lrr'" in result.stderr
    assert "Traceback" not in result.stderr


def test_run_config_defaults_validate():
    assert RunConfig().model.head_dim == 32
