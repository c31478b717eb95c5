"""Duplicate detection for short posts: exact (normalized text) and near (MinHash + LSH banding), vectorized.

A per-post MinHash in Python (datasketch's `MinHash`) costs a fraction of a millisecond per tweet; here a whole
batch is hashed in NumPy at once. Shingles are `shingle_chars`-byte windows of the normalized text (a polynomial
rolling hash), each permutation is a multiply-add over uint32 lanes (a universal hash family), and the signature
is the minimum per post. Signatures are cut into bands (rows and bands chosen for the threshold as datasketch's
MinHashLSH chooses them: `lsh_bands`); a post whose band key was already seen in any band is a near duplicate of
an earlier post, which is what datasketch's MinHashLSH would report as a candidate. Only band keys are kept, so
memory grows by `bands` integers per kept post.
"""

from __future__ import annotations

import hashlib

import numpy as np
from scipy.integrate import quad

ROLL_BASE = np.uint64(0x100000001B3)  # FNV prime: odd, so the rolling hash is a bijection per window position
MIX = np.uint64(0x9E3779B97F4A7C15)


def exact_key(text: str) -> bytes:
    """Case and spacing do not make a post different (punctuation variants are the near-duplicate pass's job)."""
    return hashlib.blake2b(" ".join(text.casefold().split()).encode(), digest_size=8).digest()


def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """The (bands, rows) with bands * rows <= num_perm that minimise the mean of the false positive probability
    (the area under the LSH S-curve below `threshold`) and the false negative one (the area above the curve from
    `threshold` up), as datasketch's MinHashLSH picks them with equal weights. Ours because MinHashLSH keeps its
    optimiser private and refuses one band, which a high threshold can call for. The sums are written as datasketch
    writes them, so near-ties break the same way."""
    best, best_error = (0, 0), float("inf")
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            b, r = float(bands), float(rows)
            false_positive = quad(lambda s, b=b, r=r: 1 - (1 - s**r) ** b, 0.0, threshold)[0]
            false_negative = quad(lambda s, b=b, r=r: 1 - (1 - (1 - s**r) ** b), threshold, 1.0)[0]
            error = false_positive * 0.5 + false_negative * 0.5
            if error < best_error:
                best, best_error = (bands, rows), error
    return best


class NearDuplicateIndex:
    def __init__(self, threshold: float, num_perm: int, shingle_chars: int, seed: int = 1):
        self.bands, self.rows = lsh_bands(threshold, num_perm)
        self.shingle = shingle_chars
        rng = np.random.default_rng(seed)
        self.a = rng.integers(1, 1 << 32, self.bands * self.rows, dtype=np.uint64).astype(np.uint32) | np.uint32(1)
        self.b = rng.integers(0, 1 << 32, self.bands * self.rows, dtype=np.uint64).astype(np.uint32)
        self.row_mult = rng.integers(1, 1 << 63, self.rows, dtype=np.uint64) | np.uint64(1)
        self.band_salt = rng.integers(0, 1 << 63, self.bands, dtype=np.uint64)
        self.seen: set[int] = set()

    def signatures(self, texts: list[str]) -> np.ndarray:
        """MinHash signatures, shape (len(texts), bands * rows), uint32."""
        k = self.shingle
        encoded = [" ".join(t.casefold().split()).encode().ljust(k, b"\0") for t in texts]
        lengths = np.fromiter((len(e) for e in encoded), dtype=np.int64, count=len(encoded))
        data = np.frombuffer(b"".join(encoded) + b"\0" * k, dtype=np.uint8).astype(np.uint64)
        rolled = np.zeros(len(data) - k, dtype=np.uint64)
        for j in range(k):
            rolled = rolled * ROLL_BASE + data[j : j + len(rolled)]
        shingles = (rolled * MIX) >> np.uint64(32)
        counts = lengths - k + 1  # windows per text, all inside it
        text_starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        first_window = np.concatenate(([0], np.cumsum(counts)[:-1]))
        positions = np.repeat(text_starts - first_window, counts) + np.arange(counts.sum())
        values = shingles[positions].astype(np.uint32)
        return self._min_per_text(values, first_window, counts)

    def _min_per_text(self, values: np.ndarray, first_window: np.ndarray, counts: np.ndarray) -> np.ndarray:
        # One flat pass per permutation: NumPy's 1-D multiply/add/reduceat loops are vectorized, while the
        # broadcast (windows x permutations) form measured ~60x slower here.
        out = np.empty((len(self.a), len(counts)), dtype=np.uint32)
        hashed = np.empty_like(values)
        for perm, (a, b) in enumerate(zip(self.a, self.b)):
            np.multiply(values, a, out=hashed)
            np.add(hashed, b, out=hashed)
            out[perm] = np.minimum.reduceat(hashed, first_window)
        return out.T

    def band_keys(self, signatures: np.ndarray) -> np.ndarray:
        bands = signatures.reshape(len(signatures), self.bands, self.rows).astype(np.uint64)
        return (bands * self.row_mult).sum(axis=2, dtype=np.uint64) ^ self.band_salt

    def keys(self, texts: list[str]) -> list[list[int]]:
        """Band keys per text. Stateless and mostly NumPy (which releases the GIL), so it can run in a thread."""
        if not texts:
            return []
        return self.band_keys(self.signatures(texts)).tolist()

    def add_keys(self, keys: list[list[int]]) -> list[bool]:
        """For each text in order: True if it nearly duplicates an earlier one (then it is not indexed)."""
        duplicate = []
        seen = self.seen
        for text_keys in keys:
            if seen.isdisjoint(text_keys):
                seen.update(text_keys)
                duplicate.append(False)
            else:
                duplicate.append(True)
        return duplicate

    def add_batch(self, texts: list[str]) -> list[bool]:
        return self.add_keys(self.keys(texts))
