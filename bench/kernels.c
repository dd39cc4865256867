/* Every family's entries in one index space, in the order kbench reports
 * them. A new family adds its list here. */
#include "kernels.h"

static const struct {
    const struct kb_kernel *list;
    const size_t *count;
} families[] = {
    {kb_elementwise, &kb_elementwise_count},
    {kb_masked, &kb_masked_count},
};
enum { NFAMILIES = sizeof families / sizeof families[0] };

size_t kb_kernel_count(void)
{
    size_t n = 0;
    for (int f = 0; f < NFAMILIES; f++) n += *families[f].count;
    return n;
}

const struct kb_kernel *kb_kernel_at(size_t i)
{
    for (int f = 0; f < NFAMILIES; f++) {
        if (i < *families[f].count) return &families[f].list[i];
        i -= *families[f].count;
    }
    return NULL;
}

size_t kb_bytes_per_elem(const struct kb_kernel *k)
{
    size_t b = 0;
    for (int i = 0; i < k->shape->nin; i++) b += kb_type_size(k->shape->in[i]);
    for (int i = 0; i < k->shape->nout; i++) b += kb_type_size(k->shape->out[i]);
    return b;
}

size_t kb_type_size(enum kb_type t)
{
    static const size_t sizes[KB_TYPE_COUNT] = {4, 8, 4, 8, 1};
    return (unsigned)t < KB_TYPE_COUNT ? sizes[t] : 0;
}

const char *kb_type_name(enum kb_type t)
{
    static const char *const names[KB_TYPE_COUNT] = {"f32", "f64", "i32", "i64", "u8"};
    return (unsigned)t < KB_TYPE_COUNT ? names[t] : "?";
}
