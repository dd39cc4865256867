/* Table slots the entry points use besides the public kernels (which are
 * kernel_list.h's): KSIMD_INTERNAL(name, return type, (parameters)). Every
 * table fills them with its own written-once code (table.c); a profile's
 * mixed table keeps its base table's. No public function and no kbench
 * row: they are parts of a public kernel's work.
 *
 * sum_subtrees_T / sum_finish_T split a float sum (b NULL) or dot across
 * threads without changing its bits: m complete subtrees of 2^level blocks
 * as V lanes each, then the rest of the sum on top of them (sum_t.h). */
KSIMD_INTERNAL(sum_subtrees_f32, void, (float *lanes, const float *a, const float *b, size_t m, int level))
KSIMD_INTERNAL(sum_subtrees_f64, void, (double *lanes, const double *a, const double *b, size_t m, int level))
KSIMD_INTERNAL(sum_finish_f32, float,
               (const float *lanes, size_t m, int level, const float *a, const float *b, size_t n))
KSIMD_INTERNAL(sum_finish_f64, double,
               (const double *lanes, size_t m, int level, const double *a, const double *b, size_t n))

/* group_chunk_T, group_fold_T and group_result_T split a float group_sum
 * across threads without changing its bits: one chunk's partials of every
 * group (nonzero, at a key outside [0, ngroups); the counts into cc when
 * it is not NULL), the fold of one chunk's partials into the running
 * (S, E), in chunk order, and the sums from (S, E) (group_t.h). */
KSIMD_INTERNAL(group_chunk_f32, int,
               (double *sc, double *ec, int64_t *cc, const float *v, const int32_t *keys, size_t n, size_t ngroups))
KSIMD_INTERNAL(group_chunk_f64, int,
               (double *sc, double *ec, int64_t *cc, const double *v, const int32_t *keys, size_t n, size_t ngroups))
KSIMD_INTERNAL(group_fold_f32, void, (double *S, double *E, const double *sc, const double *ec, size_t ngroups))
KSIMD_INTERNAL(group_fold_f64, void, (double *S, double *E, const double *sc, const double *ec, size_t ngroups))
KSIMD_INTERNAL(group_result_f32, void, (float *sums, const double *S, const double *E, size_t ngroups))
KSIMD_INTERNAL(group_result_f64, void, (double *sums, const double *S, const double *E, size_t ngroups))

/* expr_eval runs a compiled expression (expr_prog.h, expr.c). */
KSIMD_INTERNAL(expr_eval, void, (struct kx_run * run))
