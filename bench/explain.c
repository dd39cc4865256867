/* `kbench --explain KERNEL`: which table serves a kernel and why (the
 * default, a KSIMD_ISA cap, a profile, or a profile refused and why), and
 * `kbench --check-profile PATH`: a profile applies and changes no result.
 * The reasons for a refusal are found by reading the file the way the
 * library's parser does (dispatch/profile.c): ksimd_profile_load() only
 * says KSIMD_ERR_PROFILE. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ksimd.h>

#include "kbench.h"
#include "tune.h"
#include "verify.h"

#define KB_PROFILE_LINE_MAX 256 /* dispatch/profile.c refuses longer lines */

/* The best table this CPU can run, and the default the library picks
 * (the best one at or below KSIMD_ISA when that names an available table). */
static ksimd_isa best_table(ksimd_isa cap)
{
    for (int i = cap; i > KSIMD_ISA_SCALAR; i--)
        if (ksimd_isa_available((ksimd_isa)i)) return (ksimd_isa)i;
    return KSIMD_ISA_SCALAR;
}

/* Why the library refuses the profile at path, in words; "" if it would not. */
static void profile_problem(const char *path, char *why, size_t len)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(why, len, "cannot open it: %s", strerror(errno));
        return;
    }
    char line[512], expect[160];
    unsigned char seen[4096] = {0};
    int field = 0, n = 0;
    why[0] = 0;
    while (!why[0] && fgets(line, sizeof line, f)) {
        n++;
        size_t l = strlen(line);
        if (l && line[l - 1] == '\n') line[--l] = 0;
        if (l > KB_PROFILE_LINE_MAX) {
            snprintf(why, len, "line %d is longer than %d bytes", n, KB_PROFILE_LINE_MAX);
            break;
        }
        if (l == 0 || line[0] == '#') continue;
        const char *what[] = {"the format line", "the version line", "the cpu line"};
        if (field == 0) snprintf(expect, sizeof expect, "ksimd-profile 1");
        if (field == 1) snprintf(expect, sizeof expect, "version %s", ksimd_version());
        if (field == 2) snprintf(expect, sizeof expect, "cpu %s", ksimd_cpu_fingerprint());
        if (field < 3) {
            if (strcmp(line, expect) != 0)
                snprintf(why, len, "line %d: %s is '%.100s', this library and CPU want '%s'%s", n, what[field], line,
                         expect,
                         field == 2   ? " (a profile made on another CPU)"
                         : field == 1 ? " (a profile made for another ksimd version)"
                                      : "");
            field++;
            continue;
        }
        char name[64], isa_name[16], extra;
        ksimd_isa isa;
        if (sscanf(line, "kernel %63s %15s %c", name, isa_name, &extra) != 2)
            snprintf(why, len, "line %d is not 'kernel NAME TABLE': '%.100s'", n, line);
        else if (!ksimd_kernel_isa(name))
            snprintf(why, len, "line %d: unknown kernel '%s'", n, name);
        else if (ksimd_isa_from_name(isa_name, &isa) != KSIMD_OK)
            snprintf(why, len, "line %d: unknown table '%s'", n, isa_name);
        else if (!ksimd_isa_available(isa))
            snprintf(why, len, "line %d: table '%s' is not available on this CPU", n, isa_name);
        else {
            size_t i = 0;
            while (ksimd_kernel_name(i) && strcmp(ksimd_kernel_name(i), name) != 0) i++;
            if (i < sizeof seen && seen[i]++) snprintf(why, len, "line %d: kernel '%s' is named twice", n, name);
        }
    }
    if (!why[0] && ferror(f)) snprintf(why, len, "read error");
    if (!why[0] && field < 3)
        snprintf(why, len, "it ends before %s (truncated?)",
                 field == 0   ? "the format line"
                 : field == 1 ? "the version line"
                              : "the cpu line");
    fclose(f);
}

/* The table the profile's line for kernel names, or -1. */
static int profile_choice(const char *path, const char *kernel)
{
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char line[512], name[64], isa_name[16];
    int found = -1;
    ksimd_isa isa;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "kernel %63s %15s", name, isa_name) == 2 && strcmp(name, kernel) == 0 &&
            ksimd_isa_from_name(isa_name, &isa) == KSIMD_OK)
            found = (int)isa;
    fclose(f);
    return found;
}

int kb_explain(FILE *f, const char *kernel)
{
    const char *serving = ksimd_kernel_isa(kernel); /* first use: KSIMD_PROFILE is read now */
    if (!serving) {
        fprintf(stderr, "kbench: unknown kernel '%s' (kbench --list, or ksimd_kernel_name())\n", kernel);
        return 2;
    }
    ksimd_isa best = best_table(KSIMD_ISA_COUNT - 1), def = best, cap;
    const char *env = getenv("KSIMD_ISA"), *profile = getenv("KSIMD_PROFILE");
    int capped = env && *env && ksimd_isa_from_name(env, &cap) == KSIMD_OK && ksimd_isa_available(cap);
    if (capped) def = best_table(cap);
    fprintf(f, "%s is served by the %s table\n", kernel, serving);
    fprintf(f, "why: ");
    if (profile && *profile) {
        char why[512];
        profile_problem(profile, why, sizeof why);
        ksimd_status st = ksimd_profile_load(profile); /* the same outcome as on first use */
        if (st != KSIMD_OK) {
            fprintf(f, "the profile KSIMD_PROFILE=%s was refused (%s, %s: %s), so the default table serves it\n",
                    profile, st == KSIMD_ERR_PROFILE ? "KSIMD_ERR_PROFILE" : "status", ksimd_strerror(st),
                    why[0] ? why : "no reason found by kbench");
        } else {
            int named = profile_choice(profile, kernel);
            if (named < 0)
                fprintf(f, "the profile KSIMD_PROFILE=%s applies but does not name %s: the default table\n", profile,
                        kernel);
            else if ((ksimd_isa)named > def)
                fprintf(f,
                        "the profile KSIMD_PROFILE=%s names %s, but KSIMD_ISA=%s caps every choice at %s: the "
                        "default table\n",
                        profile, ksimd_isa_name((ksimd_isa)named), env, ksimd_isa_name(cap));
            else
                fprintf(f, "the profile KSIMD_PROFILE=%s names %s for it (measured by kbench --tune on this CPU)\n",
                        profile, ksimd_isa_name((ksimd_isa)named));
        }
    } else {
        fprintf(f, "no profile is loaded (KSIMD_PROFILE is not set): the default table\n");
    }
    if (capped && def < best)
        fprintf(f, "default: %s, because KSIMD_ISA=%s caps the choice (the best table this CPU can run is %s)\n",
                ksimd_isa_name(def), env, ksimd_isa_name(best));
    else if (env && *env && !capped)
        fprintf(f,
                "default: %s, the best table this CPU can run (KSIMD_ISA=%s is ignored: not an available "
                "table)\n",
                ksimd_isa_name(def), env);
    else
        fprintf(f, "default: %s, the best table this CPU can run\n", ksimd_isa_name(def));
    char path[4096];
    if (!(profile && *profile) && kb_default_profile_path(path, sizeof path) && access(path, R_OK) == 0)
        fprintf(f,
                "note: %s exists (kbench --tune wrote it), but the library loads a profile only through "
                "KSIMD_PROFILE or ksimd_profile_load()\n",
                path);
    return 0;
}

/* ---- --check-profile ---- */

/* Every selected kernel's outputs (finite and special inputs) through the
 * tables in use now, into one buffer of nkernels x 2 x KB_MAX_OUT parts. */
static int all_outputs(const struct kb_options *o, unsigned char *buf)
{
    for (size_t i = 0; i < o->nkernels; i++)
        for (int finite = 0; finite < 2; finite++) {
            unsigned char *part = buf + (i * 2 + (size_t)finite) * KB_MAX_OUT * KB_VERIFY_BYTES;
            void *out[KB_MAX_OUT];
            for (int j = 0; j < KB_MAX_OUT; j++) out[j] = part + (size_t)j * KB_VERIFY_BYTES;
            if (kb_verify_outputs(o->kernels[i], finite, out) != KSIMD_OK) return -1;
        }
    return 0;
}

/* The same bits, except that any NaN equals any NaN (the contract leaves a
 * NaN's sign and payload open: x86 and Arm differ, and so may tables). */
static int same_results(const struct kb_kernel *k, const unsigned char *want, const unsigned char *got)
{
    for (int part = 0; part < 2 * KB_MAX_OUT; part++) {
        int j = part % KB_MAX_OUT;
        if (j >= k->shape->nout) continue;
        size_t at = (size_t)part * KB_VERIFY_BYTES, n = KB_VERIFY_BYTES / kb_type_size(k->shape->out[j]);
        if (kb_first_diff(want + at, got + at, k->shape->out[j], n, 0) != n) return 0;
    }
    return 1;
}

/* Loads path, recomputes, compares with want; the number of kernels that
 * differ, or are not served by the table the profile names. */
static int compare_with(const struct kb_options *o, const char *path, const unsigned char *want, unsigned char *got,
                        int *moved)
{
    ksimd_status st = ksimd_profile_load(path);
    if (st != KSIMD_OK) {
        char why[512];
        profile_problem(path, why, sizeof why);
        fprintf(stderr, "kbench: the profile %s was refused: %s\n", path, why);
        return -1;
    }
    int bad = 0;
    *moved = 0;
    if (all_outputs(o, got) != 0) return -1;
    for (size_t i = 0; i < o->nkernels; i++) {
        const char *name = o->kernels[i]->name;
        int named = profile_choice(path, name);
        const char *serving = ksimd_kernel_isa(name);
        if (named >= 0 && strcmp(serving, ksimd_isa_name((ksimd_isa)named)) != 0 && !getenv("KSIMD_ISA")) {
            fprintf(stderr, "kbench: %s: the profile names %s, the library serves it with %s\n", name,
                    ksimd_isa_name((ksimd_isa)named), serving);
            bad++;
        }
        *moved += strcmp(serving, ksimd_isa_name(ksimd_isa_active())) != 0;
        if (!same_results(o->kernels[i], want + i * 2 * KB_MAX_OUT * KB_VERIFY_BYTES,
                          got + i * 2 * KB_MAX_OUT * KB_VERIFY_BYTES)) {
            fprintf(stderr, "kbench: %s: the results differ with the profile %s\n", name, path);
            bad++;
        }
    }
    return bad;
}

int kb_check_profile(const struct kb_options *o, const char *path)
{
    size_t bytes = o->nkernels * 2 * KB_MAX_OUT * KB_VERIFY_BYTES;
    unsigned char *want = calloc(bytes, 1), *got = calloc(bytes, 1);
    char rotated[4200];
    snprintf(rotated, sizeof rotated, "%s.rotated%ld", path, (long)getpid());
    ksimd_isa def = ksimd_isa_active();
    int rc = 1, moved = 0, bad;
    if (!want || !got) {
        fprintf(stderr, "kbench: out of memory\n");
        rc = 2;
        goto done;
    }
    ksimd_isa_set(def); /* no profile: the reference results */
    if (all_outputs(o, want) != 0) goto done;
    bad = compare_with(o, path, want, got, &moved);
    if (bad < 0) goto done;
    printf("%s: %zu kernels, %d served by another table than %s; results %s without the profile\n", path, o->nkernels,
           moved, ksimd_isa_name(def), bad ? "DIFFER from those" : "bit-identical to those");
    if (bad) goto done;

    /* A profile that spreads the kernels over every table, so that the
     * check does not rest on how few kernels tuning happened to move. */
    ksimd_isa avail[KSIMD_ISA_COUNT];
    int navail = 0;
    for (int i = 0; i < KSIMD_ISA_COUNT; i++)
        if (ksimd_isa_available((ksimd_isa)i)) avail[navail++] = (ksimd_isa)i;
    const char **names = calloc(o->nkernels + 1, sizeof *names);
    ksimd_isa *isas = calloc(o->nkernels + 1, sizeof *isas);
    ksimd_status st = names && isas ? KSIMD_OK : KSIMD_ERR_NULL;
    for (size_t i = 0; st == KSIMD_OK && i < o->nkernels; i++)
        names[i] = o->kernels[i]->name, isas[i] = avail[i % (size_t)navail];
    if (st == KSIMD_OK) st = ksimd_profile_save(rotated, names, isas, o->nkernels);
    free(names), free(isas);
    if (st != KSIMD_OK) {
        fprintf(stderr, "kbench: cannot write %s: %s\n", rotated, ksimd_strerror(st));
        rc = 2;
        goto done;
    }
    ksimd_isa_set(def);
    bad = compare_with(o, rotated, want, got, &moved);
    remove(rotated);
    if (bad < 0) goto done;
    printf("a profile spreading them over every table (%d served by another table than %s): results %s\n", moved,
           ksimd_isa_name(def), bad ? "DIFFER" : "bit-identical");
    rc = bad ? 1 : 0;
done:
    ksimd_isa_reset();
    free(want), free(got);
    return rc;
}
