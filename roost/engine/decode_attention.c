/* Attention for tokens that each attend over their own sequence's prefix in the KV cache, on CPU: decode (one
   new token per sequence) and flat, unpadded prefill (every prompt token a row, in order).

   PyTorch's CPU attention kernels set up a small GEMM per (row, kv head) block, which costs microseconds of
   overhead for a few thousand multiply-adds: at 32 rows it was half of a `tiny` decode step. This loop does the
   same arithmetic directly, reads each row's keys and values once, and stops at each row's own length instead
   of a padded window. It also applies the rotary position embedding (RoPE) to the step's queries and keys,
   which in PyTorch took extra projection columns and two more passes over the activations. Built and loaded
   by roost/engine/native.py; fp32, single-threaded, no dependencies.

   Layouts (all row-major):
     q        (rows, heads, head_dim), row stride q_stride: not yet rotated
     k, v     (rows, kv_heads, head_dim), row strides k_stride / v_stride: the step's new keys (not yet rotated)
              and values
     cos, sin (max_seq, head_dim): RoPE tables in the rotate-half layout, x' = x cos + rotate_half(x) sin with
              rotate_half(x) = (-x[half:], x[:half])
     keys, values  the cache, (batch, kv_heads, max_seq, head_dim)
     out      (rows, heads, head_dim), contiguous
     scratch  group * (max_seq + head_dim) floats: the rotated queries and the softmax weights of the query
              heads sharing one kv head
   Row r belongs to cache slot slots[r] (slot r if slots is NULL). In row order, it writes its rotated key and
   its value at positions[r] of its slot and attends over positions 0..positions[r] of it: so a prompt's tokens,
   given in order, each see the ones before them. Returns 0, or 1 + the first row whose slot or position lies
   outside the cache (checked before anything is written).
   Query heads h*group .. h*group+group-1 share kv head h (grouped-query attention). */

#include <math.h>
#include <stdint.h>
#include <string.h>

/* e^x for x <= 0 (softmax arguments after subtracting the maximum), within about 2 ulp. libm's expf is a
   call per element that the compiler cannot vectorize, and it was most of the kernel's time; this is plain
   arithmetic it can (Cephes' expf: x = n ln2 + r, |r| <= ln2 / 2, e^r as a polynomial, 2^n in the exponent bits). */
static inline float exp_nonpositive(float x) {
    x = x < -87.0f ? -87.0f : x; /* e^-87 is near the smallest normal float; below, softmax weights are 0 anyway */
    const float n = floorf(x * 1.44269504088896341f + 0.5f);
    const float r = x - n * 0.693359375f + n * 2.12194440e-4f; /* ln2 split in two for precision */
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * r * r + r + 1.0f;
    union { int32_t bits; float value; } two_to_n = {.bits = ((int32_t)n + 127) << 23};
    return p * two_to_n.value;
}

/* x rotated by RoPE at one position: x cos + rotate_half(x) sin */
static inline void rotate(const float *restrict x, const float *restrict cos, const float *restrict sin,
                          int64_t head_dim, float *restrict out) {
    const int64_t half = head_dim / 2;
    for (int64_t d = 0; d < half; d++) out[d] = x[d] * cos[d] - x[d + half] * sin[d];
    for (int64_t d = half; d < head_dim; d++) out[d] = x[d] * cos[d] + x[d - half] * sin[d];
}

static inline __attribute__((always_inline)) void attend_block(const float *restrict q, const float *restrict keys,
                                                               const float *restrict values, int64_t length,
                                                               int64_t group, int64_t head_dim, int64_t max_seq,
                                                               float scale, float *restrict scratch,
                                                               float *restrict out) {
    for (int64_t g = 0; g < group; g++) {
        const float *query = q + g * head_dim;
        float *weights = scratch + g * max_seq;
        float top = -INFINITY;
        for (int64_t s = 0; s < length; s++) {
            const float *key = keys + s * head_dim;
            float dot = 0.0f;
            for (int64_t d = 0; d < head_dim; d++) dot += query[d] * key[d];
            weights[s] = dot * scale;
            top = weights[s] > top ? weights[s] : top;
        }
        float total = 0.0f;
        for (int64_t s = 0; s < length; s++) {
            weights[s] = exp_nonpositive(weights[s] - top);
            total += weights[s];
        }
        float *o = out + g * head_dim;
        memset(o, 0, (size_t)head_dim * sizeof(float));
        for (int64_t s = 0; s < length; s++) {
            const float *value = values + s * head_dim;
            const float w = weights[s];
            for (int64_t d = 0; d < head_dim; d++) o[d] += w * value[d];
        }
        const float inverse = 1.0f / total;
        for (int64_t d = 0; d < head_dim; d++) o[d] *= inverse;
    }
}

int64_t roost_decode_attention(const float *q, int64_t q_stride, const float *k, int64_t k_stride, const float *v,
                               int64_t v_stride, const float *cos, const float *sin, const int64_t *slots,
                               const int64_t *positions, float *keys, float *values, float *out, float *scratch,
                               int64_t rows, int64_t heads, int64_t kv_heads, int64_t batch, int64_t max_seq,
                               int64_t head_dim, float scale) {
    for (int64_t r = 0; r < rows; r++) { /* nothing is written unless every row fits in the cache */
        const int64_t slot = slots ? slots[r] : r;
        if (slot < 0 || slot >= batch || positions[r] < 0 || positions[r] >= max_seq) return r + 1;
    }
    const int64_t group = heads / kv_heads;
    float *queries = scratch, *weights = scratch + group * head_dim;
    for (int64_t r = 0; r < rows; r++) {
        const int64_t slot = slots ? slots[r] : r, position = positions[r];
        const float *row_cos = cos + position * head_dim, *row_sin = sin + position * head_dim;
        for (int64_t h = 0; h < kv_heads; h++) {
            const int64_t block = ((slot * kv_heads + h) * max_seq) * head_dim;
            rotate(k + r * k_stride + h * head_dim, row_cos, row_sin, head_dim, keys + block + position * head_dim);
            memcpy(values + block + position * head_dim, v + r * v_stride + h * head_dim, (size_t)head_dim * sizeof(float));
            for (int64_t g = 0; g < group; g++)
                rotate(q + r * q_stride + (h * group + g) * head_dim, row_cos, row_sin, head_dim, queries + g * head_dim);
            float *o = out + (r * heads + h * group) * head_dim;
            /* The common head sizes as constants, so the compiler unrolls the per-feature loops into registers */
#define ATTEND(dim) attend_block(queries, keys + block, values + block, position + 1, group, dim, max_seq, scale, weights, o)
            switch (head_dim) {
            case 32: ATTEND(32); break;
            case 64: ATTEND(64); break;
            case 128: ATTEND(128); break;
            default: ATTEND(head_dim);
            }
#undef ATTEND
        }
    }
    return 0;
}
