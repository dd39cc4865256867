/* Verification: a contender that computes something else would make the
 * comparison meaningless, so every run first checks each one against the
 * scalar table on KB_VERIFY_N elements (odd, many vectors long, with
 * tails): once on inputs with special values mixed in (NaN, inf, -0.0,
 * denormals, integer limits), once on finite inputs only, each with the
 * entry's scalars and their negatives. Every output starts from the same
 * bytes: compress leaves dst past its count untouched, and reductions
 * write one value, so the rest must match too. */
#include "verify.h"

#include <stdlib.h>
#include <string.h>

#include "peers.h"

#define KB_VERIFY_N 1027 /* KB_VERIFY_BYTES / 8 */

static void print_elem(FILE *f, const void *p, enum kb_type t, size_t i)
{
    switch (t) {
    case KB_F32:
        fprintf(f, "%.9g", (double)((const float *)p)[i]);
        break;
    case KB_F64:
        fprintf(f, "%.17g", ((const double *)p)[i]);
        break;
    case KB_I32:
        fprintf(f, "%ld", (long)((const int32_t *)p)[i]);
        break;
    case KB_I64:
        fprintf(f, "%lld", (long long)((const int64_t *)p)[i]);
        break;
    default:
        fprintf(f, "%u", ((const uint8_t *)p)[i]);
        break;
    }
}

struct verify_buffers {
    void *in[KB_MAX_IN], *out[KB_MAX_OUT], *ref[KB_MAX_OUT];
};

/* 1 when `who`'s outputs differ from the reference (reported on f). */
static int check_against(FILE *f, const struct kb_kernel *k, const struct kb_args *args, const struct verify_buffers *b,
                         const char *who, unsigned ulps, const char *inputs)
{
    const struct kb_shape *sh = k->shape;
    for (int j = 0; j < sh->nout; j++) {
        size_t i = kb_first_diff(args->out[j], b->ref[j], sh->out[j], KB_VERIFY_N, ulps);
        if (i == KB_VERIFY_N) continue;
        if (!f) return 1;
        fprintf(f, "kbench: %s: %s disagrees with the scalar table (%s inputs) at output %d element %zu", k->name, who,
                inputs, j, i);
        if (!k->shape->reduces) {
            fprintf(f, ", inputs");
            for (int m = 0; m < sh->nin; m++) fputc(' ', f), print_elem(f, args->in[m], sh->in[m], i);
        }
        fprintf(f, ": scalar gives ");
        print_elem(f, b->ref[j], sh->out[j], i);
        fprintf(f, ", %s gives ", who);
        print_elem(f, args->out[j], sh->out[j], i);
        if (ulps) fprintf(f, " (allowed: %u ULP)", ulps);
        fputc('\n', f);
        return 1;
    }
    return 0;
}

static void reset_outputs(const struct kb_shape *sh, void *const *out)
{
    for (int j = 0; j < sh->nout; j++) memset(out[j], 0x5a, (size_t)KB_VERIFY_N * 8);
}

static int verify_inputs(FILE *f, const struct kb_kernel *k, const ksimd_isa *isas, int nisas, int with_peers,
                         unsigned *bad_isas, struct verify_buffers *b, int finite)
{
    const struct kb_shape *sh = k->shape;
    const char *inputs = finite ? "finite" : "special";
    struct kb_args args = {0};
    int bad = 0;
    for (int j = 0; j < sh->nin; j++) {
        kb_fill_verify(b->in[j], sh->in[j], k->values[j], KB_VERIFY_N, (unsigned)j, finite);
        args.in[j] = b->in[j];
    }
    for (double sign = 1; sign >= -1; sign -= 2) {
        kb_set_scalars(k, &args, sign);
        for (int j = 0; j < sh->nout; j++) args.out[j] = b->ref[j];
        reset_outputs(sh, b->ref);
        ksimd_isa_set(KSIMD_ISA_SCALAR);
        int st = sh->call(k->lib, 0, &args, KB_VERIFY_N);
        for (int j = 0; j < sh->nout; j++) args.out[j] = b->out[j];
        if (st != KSIMD_OK) {
            if (f) fprintf(f, "kbench: %s: the scalar table returned %s\n", k->name, ksimd_strerror((ksimd_status)st));
            return bad + 1;
        }
        for (int c = 0; c < nisas; c++) {
            if (isas[c] == KSIMD_ISA_SCALAR) continue;
            ksimd_isa_set(isas[c]);
            reset_outputs(sh, b->out);
            st = sh->call(k->lib, 0, &args, KB_VERIFY_N);
            int wrong = st != KSIMD_OK || check_against(f, k, &args, b, ksimd_isa_name(isas[c]), 0, inputs);
            if (wrong) *bad_isas |= 1u << isas[c];
            bad += wrong;
        }
        for (int p = 0; with_peers && p < kb_peer_count(); p++) {
            kb_fn fn = kb_peer_at(p)->find(k);
            if (!fn || (k->peer_finite && !finite)) continue;
            reset_outputs(sh, b->out);
            sh->call(fn, 1, &args, KB_VERIFY_N);
            bad += check_against(f, k, &args, b, kb_peer_at(p)->name, k->peer_ulps, inputs);
        }
        if (sh->nscalar == 0) break; /* nothing to negate */
    }
    return bad;
}

int kb_verify_kernel(FILE *f, const struct kb_kernel *k, const ksimd_isa *isas, int nisas, int with_peers,
                     unsigned *bad_isas)
{
    struct verify_buffers b = {0};
    int bad = 0, ok = 1;
    if (!ksimd_kernel_isa(k->name)) {
        if (f) fprintf(f, "kbench: %s: the library does not know this kernel name\n", k->name);
        bad++;
    }
    for (int j = 0; j < KB_MAX_IN; j++) ok &= (b.in[j] = calloc(KB_VERIFY_N, 8)) != NULL;
    for (int j = 0; j < KB_MAX_OUT; j++) {
        ok &= (b.out[j] = calloc(KB_VERIFY_N, 8)) != NULL;
        ok &= (b.ref[j] = calloc(KB_VERIFY_N, 8)) != NULL;
    }
    if (ok) {
        bad += verify_inputs(f, k, isas, nisas, with_peers, bad_isas, &b, 0);
        bad += verify_inputs(f, k, isas, nisas, with_peers, bad_isas, &b, 1);
    } else if (f) {
        fprintf(f, "kbench: %s: out of memory\n", k->name);
    }
    for (int j = 0; j < KB_MAX_IN; j++) free(b.in[j]);
    for (int j = 0; j < KB_MAX_OUT; j++) free(b.out[j]), free(b.ref[j]);
    return ok ? bad : -1;
}

int kb_verify_outputs(const struct kb_kernel *k, int finite, void *const *out)
{
    const struct kb_shape *sh = k->shape;
    struct kb_args args = {0};
    void *in[KB_MAX_IN] = {0};
    int ok = 1;
    for (int j = 0; j < sh->nin; j++) {
        ok &= (in[j] = calloc(KB_VERIFY_N, 8)) != NULL;
        if (ok) kb_fill_verify(in[j], sh->in[j], k->values[j], KB_VERIFY_N, (unsigned)j, finite);
        args.in[j] = in[j];
    }
    int st = -1;
    if (ok) {
        for (int j = 0; j < sh->nout; j++) args.out[j] = out[j];
        reset_outputs(sh, out);
        kb_set_scalars(k, &args, 1.0);
        st = sh->call(k->lib, 0, &args, KB_VERIFY_N);
    }
    for (int j = 0; j < KB_MAX_IN; j++) free(in[j]);
    return st;
}
