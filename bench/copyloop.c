/* The loops of kbench's copy figure. Built with
 * -fno-tree-loop-distribute-patterns (bench/CMakeLists.txt) so that GCC
 * keeps the plain loop a loop instead of turning it into a call to memcpy.
 * The streaming loop writes with non-temporal stores (no read-for-ownership
 * of the destination), which glibc's memcpy does not always use: without
 * it the figure would understate what a kernel with streaming stores gets. */
#include "kbench.h"

void kb_copy_loop(uint64_t *dst, const uint64_t *src, size_t n)
{
    for (size_t i = 0; i < n; i++) dst[i] = src[i];
}

#if defined(__x86_64__) && defined(__SSE2__) && defined(__GNUC__)
#include <immintrin.h>

static void stream_sse2(uint64_t *dst, const uint64_t *src, size_t n)
{
    for (size_t i = 0; i + 8 <= n; i += 8)
        for (size_t j = 0; j < 8; j += 2)
            _mm_stream_si128((__m128i *)(dst + i + j), _mm_load_si128((const __m128i *)(src + i + j)));
    _mm_sfence();
}

__attribute__((target("avx"))) static void stream_avx(uint64_t *dst, const uint64_t *src, size_t n)
{
    for (size_t i = 0; i + 8 <= n; i += 8) {
        __m256i a = _mm256_load_si256((const __m256i *)(src + i));
        __m256i b = _mm256_load_si256((const __m256i *)(src + i + 4));
        _mm256_stream_si256((__m256i *)(dst + i), a);
        _mm256_stream_si256((__m256i *)(dst + i + 4), b);
    }
    _mm_sfence();
}

const char kb_copy_methods[] = "memcpy, a plain and a non-temporal store loop";

int kb_copy_stream(uint64_t *dst, const uint64_t *src, size_t n)
{
    if (__builtin_cpu_supports("avx"))
        stream_avx(dst, src, n);
    else
        stream_sse2(dst, src, n);
    return 1;
}
#else
const char kb_copy_methods[] = "memcpy and a plain store loop";

int kb_copy_stream(uint64_t *dst, const uint64_t *src, size_t n)
{
    (void)dst, (void)src, (void)n;
    return 0;
}
#endif
