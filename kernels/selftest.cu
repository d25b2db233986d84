// selftest.cu: host-only checks of the layout helpers in common.cuh (make
// check; needs nvcc, no GPU): the I2_S -> T2W repack, the paired Q|K|V and
// gate|up row mappings, and the int8 MMA fragment unpacking against the PTX
// m16n8k32 layout, including the pre-sm_80 shuffle emulation.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <vector>

#include "common.cuh"

static int failures = 0;
#define EXPECT(cond, ...)                                  \
    do {                                                   \
        if (!(cond)) {                                     \
            if (failures++ < 20) {                         \
                fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
                fprintf(stderr, __VA_ARGS__);              \
                fprintf(stderr, "\n");                     \
            }                                              \
        }                                                  \
    } while (0)

static uint64_t rng = 88172645463325252ull;
static uint32_t rnd() {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}

static int dp4a(uint32_t a, uint32_t b, int c) {
    for (int i = 0; i < 4; i++) c += (int)(int8_t)(a >> (8 * i)) * (int)(int8_t)(b >> (8 * i));
    return c;
}

// The I2_S encoder as formats.md describes it (flat elements, 128-blocks).
static std::vector<uint8_t> encode_i2s(const std::vector<int> &codes) {
    std::vector<uint8_t> out(codes.size() / 4, 0);
    for (size_t i = 0; i < codes.size(); i++) {
        size_t b = i / 128, k = i % 128;
        out[b * 32 + k % 32] |= (uint8_t)(codes[i] << (6 - 2 * (k / 32)));
    }
    return out;
}

static void test_repack() {
    for (int trial = 0; trial < 20; trial++) {
        const int rows = 1 + rnd() % 9, K = 128 * (1 + rnd() % 5);
        std::vector<int> codes((size_t)rows * K);
        for (auto &c : codes) c = rnd() % 4;  // including code 3
        std::vector<uint8_t> src = encode_i2s(codes);
        for (int r = 0; r < rows; r++) {
            for (int w = 0; w < K / 16; w++) {
                size_t off;
                int shift;
                repack_src(r, w, K, &off, &shift);
                EXPECT(off % 16 == 0, "source of word %d not 16-byte aligned", w);
                uint4 v;
                memcpy(&v, &src[off], 16);
                const uint32_t word = repack_word(v, shift);
                for (int t = 0; t < 16; t++) {
                    int want = codes[(size_t)r * K + 16 * w + t];
                    if (want == 3) want = 1;
                    EXPECT((int)((word >> t2w_shift(t)) & 3) == want, "repack r=%d w=%d t=%d", r, w, t);
                }
                // (word >> 2j) & 0x03030303 holds elements 4j..4j+3 in bytes 0..3.
                for (int j = 0; j < 4; j++) {
                    uint32_t x = (word >> (2 * j)) & 0x03030303u;
                    for (int b = 0; b < 4; b++) {
                        int want = codes[(size_t)r * K + 16 * w + 4 * j + b];
                        if (want == 3) want = 1;
                        EXPECT((int)((x >> (8 * b)) & 0xff) == want, "dp4a operand j=%d b=%d", j, b);
                    }
                }
            }
        }
    }
}

static void test_pairs() {
    const int hds[] = {32, 64, 96, 128, 256};
    for (int trial = 0; trial < 400; trial++) {
        QKVShape s;
        s.rope_norm = trial % 2;  // NEOX pairs (i, i+rd/2), then llama's (2i, 2i+1)
        s.hd = hds[rnd() % 5];
        s.rd = 2 * (1 + rnd() % (s.hd / 2));
        const int kvh = 1 + rnd() % 3, heads = kvh * (1 + rnd() % 4);
        s.qdim = heads * s.hd;
        s.kvdim = kvh * s.hd;
        const int P = qkv_pairs(s), rows = s.qdim + 2 * s.kvdim;
        std::vector<int> seen(2 * P, -1);
        for (int L = 0; L < rows; L++) {
            int p, side;
            qkv_pair_of_row(s, L, &p, &side);
            EXPECT(p >= 0 && p < P && (side == 0 || side == 1), "pair of row %d out of range", L);
            if (p < 0 || p >= P) continue;
            EXPECT(seen[2 * p + side] < 0, "rows %d and %d share pair %d side %d", seen[2 * p + side], L, p, side);
            seen[2 * p + side] = L;
        }
        std::vector<int> dev(paired_rows(P), 0);
        for (int p = 0; p < P; p++) {
            int seg, ia, ib, ri;
            qkv_rows_of_pair(s, p, &seg, &ia, &ib, &ri);
            const int off = seg == 0 ? 0 : seg == 1 ? s.qdim : s.qdim + s.kvdim;
            EXPECT(seen[2 * p] == off + ia && seen[2 * p + 1] == off + ib, "inverse of pair %d", p);
            if (seg < 2 && s.rope_norm && (ia % s.hd) < s.rd) {
                EXPECT(ri == (ia % s.hd) / 2 && ia % 2 == 0 && ib == ia + 1, "norm rope pair %d: ri=%d ia=%d ib=%d", p,
                       ri, ia, ib);
            } else if (seg < 2 && !s.rope_norm && (ia % s.hd) < s.rd / 2) {
                EXPECT(ri == ia % s.hd && ib == ia + s.rd / 2, "rope pair %d: ri=%d ia=%d ib=%d", p, ri, ia, ib);
            } else {
                EXPECT(ri == -1 && ib == ia + 1, "plain pair %d", p);
            }
            for (int side = 0; side < 2; side++) {
                int r = paired_row(p, side);
                EXPECT(r >= 0 && r < (int)dev.size() && dev[r] == 0, "paired row %d reused", r);
                if (r >= 0 && r < (int)dev.size()) dev[r] = 1;
            }
            EXPECT(paired_row(p, 1) - paired_row(p, 0) == 8 && paired_row(p, 0) % 16 == p % 8, "pair rows of %d", p);
        }
    }
}

// One m16n8k32 step as the GEMM kernel stages it: A from T2W words of 16
// rows (the kernel's Ws tile: 32 bytes per row, k32 step s at byte 8s), B
// from an int8 activation tile (kernel's As: token rows of stride 144).
static void test_mma() {
    for (int trial = 0; trial < 50; trial++) {
        const int s = rnd() % 4;
        int A[16][128], B[128][8];
        for (auto &row : A)
            for (int &v : row) v = rnd() % 3;
        for (auto &row : B)
            for (int &v : row) v = (int)(rnd() % 256) - 128;
        uint8_t Ws[16 * 32] = {0};
        for (int r = 0; r < 16; r++)
            for (int k = 0; k < 128; k++) {
                uint32_t *wd = (uint32_t *)&Ws[r * 32 + 4 * (k / 16)];
                *wd |= (uint32_t)A[r][k] << t2w_shift(k % 16);
            }
        const int kAStride = 144;
        int8_t As[8 * 144];
        for (int tk = 0; tk < 8; tk++)
            for (int k = 0; k < 128; k++) As[tk * kAStride + k] = (int8_t)B[k][tk];
        uint32_t a[32][4], b[32][2];
        for (int lane = 0; lane < 32; lane++) {
            const int g = lane >> 2, t = lane & 3;
            uint2 lo, hi;
            memcpy(&lo, &Ws[g * 32 + 8 * s], 8);
            memcpy(&hi, &Ws[(g + 8) * 32 + 8 * s], 8);
            frag_a(lo, hi, t, a[lane]);
            memcpy(&b[lane][0], &As[g * kAStride + 32 * s + 4 * t], 4);
            memcpy(&b[lane][1], &As[g * kAStride + 32 * s + 4 * t + 16], 4);
            // PTX layout: a_i byte j = A[g + 8*(i&1)][4t + 16*(i>>1) + j]; b_i byte j = B[4t + 16i + j][g].
            for (int i = 0; i < 4; i++)
                for (int j = 0; j < 4; j++)
                    EXPECT((int)(int8_t)(a[lane][i] >> (8 * j)) == A[g + 8 * (i & 1)][32 * s + 4 * t + 16 * (i >> 1) + j],
                           "A fragment lane %d reg %d byte %d", lane, i, j);
            for (int i = 0; i < 2; i++)
                for (int j = 0; j < 4; j++)
                    EXPECT((int)(int8_t)(b[lane][i] >> (8 * j)) == B[32 * s + 4 * t + 16 * i + j][g],
                           "B fragment lane %d reg %d byte %d", lane, i, j);
        }
        // The emulation (shuffles = reads of other lanes' registers) against C = A*B.
        for (int lane = 0; lane < 32; lane++) {
            const int g = lane >> 2, t = lane & 3;
            int c[4] = {0, 0, 0, 0};
            for (int q = 0; q < 4; q++) {
                int la, lb0, lb1;
                mma_emu_lanes(g, t, q, &la, &lb0, &lb1);
                c[0] = dp4a(a[la][2], b[lb0][1], dp4a(a[la][0], b[lb0][0], c[0]));
                c[1] = dp4a(a[la][2], b[lb1][1], dp4a(a[la][0], b[lb1][0], c[1]));
                c[2] = dp4a(a[la][3], b[lb0][1], dp4a(a[la][1], b[lb0][0], c[2]));
                c[3] = dp4a(a[la][3], b[lb1][1], dp4a(a[la][1], b[lb1][0], c[3]));
            }
            for (int i = 0; i < 4; i++) {
                const int row = g + 8 * (i >> 1), col = 2 * t + (i & 1);
                int want = 0;
                for (int k = 0; k < 32; k++) want += A[row][32 * s + k] * B[32 * s + k][col];
                EXPECT(c[i] == want, "C lane %d reg %d: %d want %d", lane, i, c[i], want);
            }
        }
    }
}

int main() {
    test_repack();
    test_pairs();
    test_mma();
    if (failures) {
        fprintf(stderr, "selftest: %d failures\n", failures);
        return 1;
    }
    printf("selftest: ok (repack, paired layouts, int8 MMA fragments)\n");
    return 0;
}
