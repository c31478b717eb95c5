"""roost's hand-written CPU decode-attention kernel: built with the machine's compiler, checked against SDPA."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from roost.engine import native
from roost.model import apply_rope, rope_tables

needs_kernel = pytest.mark.skipif(native.decode_attention() is None, reason="no C compiler on this machine")


def tables(max_seq: int, head_dim: int) -> tuple[torch.Tensor, torch.Tensor]:
    return rope_tables(head_dim, max_seq, theta=10000.0)


def reference(q, keys, values, positions):
    """SDPA over the whole cache, each row masked to its own prefix 0..position."""
    rows, heads, head_dim = q.shape
    kv_heads, max_seq = keys.size(1), keys.size(2)
    grouped = q.reshape(rows, kv_heads, heads // kv_heads, head_dim)
    valid = (torch.arange(max_seq)[None, :] <= positions[:, None])[:, None, None, :]
    out = F.scaled_dot_product_attention(grouped, keys[:rows], values[:rows], attn_mask=valid)
    return out.reshape(rows, heads * head_dim)


@needs_kernel
@pytest.mark.parametrize(("heads", "kv_heads", "head_dim"), [(4, 2, 32), (4, 4, 64), (8, 2, 24), (6, 1, 128)])
def test_kernel_writes_the_step_and_attends_like_sdpa(heads, kv_heads, head_dim):
    generator = torch.Generator().manual_seed(heads * head_dim)
    batch, max_seq, rows = 4, 40, 3
    keys = torch.randn(batch, kv_heads, max_seq, head_dim, generator=generator)
    values = torch.randn(batch, kv_heads, max_seq, head_dim, generator=generator)
    # q, k, v as the decode path hands them over: strided views into one wider projection per row
    projected = torch.randn(rows, (heads + 3 * kv_heads) * head_dim, generator=generator)
    q = projected[:, : heads * head_dim].view(rows, heads, head_dim)
    k = projected[:, heads * head_dim : (heads + kv_heads) * head_dim].view(rows, kv_heads, head_dim)
    v = projected[:, -kv_heads * head_dim :].view(rows, kv_heads, head_dim)
    positions = torch.tensor([0, 17, max_seq - 1])
    cos, sin = tables(max_seq, head_dim)
    rotation = cos[positions].unsqueeze(1), sin[positions].unsqueeze(1)
    expected_keys, expected_values = keys.clone(), values.clone()
    for row, position in enumerate(positions.tolist()):
        expected_keys[row, :, position] = apply_rope(k, *rotation)[row]
        expected_values[row, :, position] = v[row]

    out = native.decode_attention().bind([keys], [values], cos, sin, heads)(0, q, k, v, positions)

    torch.testing.assert_close(keys, expected_keys, rtol=1e-6, atol=1e-6)  # only the step's k/v written, k rotated
    assert torch.equal(values, expected_values)
    expected = reference(apply_rope(q, *rotation), expected_keys, expected_values, positions)
    torch.testing.assert_close(out, expected, rtol=1e-5, atol=1e-5)


@needs_kernel
def test_kernel_is_deterministic_and_row_independent():
    generator = torch.Generator().manual_seed(0)
    keys, values = torch.randn(2, 8, 2, 64, 32, generator=generator)
    q, k, v = torch.randn(3, 8, 4, 32, generator=generator)
    positions = torch.tensor([50, 63, 9, 30, 0, 12, 41, 5])
    cos, sin = tables(64, 32)
    batched = native.decode_attention().bind([keys.clone()], [values.clone()], cos, sin, 4)(0, q, k[:, :2], v[:, :2], positions)
    for row in range(8):
        one_row = native.decode_attention().bind([keys[row : row + 1].clone()], [values[row : row + 1].clone()], cos, sin, 4)
        alone = one_row(0, q[row : row + 1], k[row : row + 1, :2], v[row : row + 1, :2], positions[row : row + 1])
        assert torch.equal(alone[0], batched[row])


@needs_kernel
def test_kernel_refuses_a_position_outside_the_cache():
    keys, values = torch.zeros(2, 1, 16, 32), torch.zeros(2, 1, 16, 32)
    q, k, v = torch.ones(2, 2, 32), torch.ones(2, 1, 32), torch.ones(2, 1, 32)
    attend = native.decode_attention().bind([keys], [values], *tables(16, 32), heads=2)
    with pytest.raises(ValueError, match=r"row 1's slot or position is outside the cache \(2 x 16\)"):
        attend(0, q, k, v, torch.tensor([3, 16]))
    with pytest.raises(ValueError, match=r"row 2's slot or position is outside the cache"):  # a third row, two slots
        attend(0, q[[0, 1, 1]], k[[0, 1, 1]], v[[0, 1, 1]], torch.tensor([3, 4, 5]))
    with pytest.raises(ValueError, match=r"row 0's slot or position is outside the cache"):
        attend(0, q, k, v, torch.tensor([3, 4]), slots=torch.tensor([2, 0]))
    assert keys.abs().sum() == 0  # no row wrote anything


@needs_kernel
def test_kernel_refuses_a_cache_or_step_it_cannot_read():
    kernel, rope = native.decode_attention(), tables(16, 32)
    cache = [torch.zeros(2, 1, 16, 32)]
    with pytest.raises(ValueError, match="contiguous float32 CPU cache"):
        kernel.bind([cache[0].double()], cache, *rope, heads=2)
    with pytest.raises(ValueError, match="RoPE tables"):
        kernel.bind(cache, cache, *tables(8, 32), heads=2)
    attend = kernel.bind(cache, cache, *rope, heads=2)
    with pytest.raises(ValueError, match="do not match the cache's 2/1 heads"):
        attend(0, torch.ones(1, 4, 32), torch.ones(1, 1, 32), torch.ones(1, 1, 32), torch.tensor([0]))
    with pytest.raises(ValueError, match="float32 queries"):
        attend(0, torch.ones(1, 2, 32).half(), torch.ones(1, 1, 32), torch.ones(1, 1, 32), torch.tensor([0]))


@needs_kernel
def test_build_lands_in_the_cache_folder_and_is_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert native.decode_attention.__wrapped__() is not None
    (library,) = (tmp_path / "roost" / "native").glob("decode_attention-*.so")
    built = library.stat().st_mtime_ns
    assert native.decode_attention.__wrapped__() is not None
    assert library.stat().st_mtime_ns == built
    assert [p.name for p in library.parent.iterdir()] == [library.name]  # no temporary files left behind


def test_without_a_compiler_the_engine_keeps_pytorch_attention(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("CC", str(tmp_path / "no-such-compiler"))
    assert native.decode_attention.__wrapped__() is None
    assert "could not build the CPU decode-attention kernel, using PyTorch's" in capsys.readouterr().err
