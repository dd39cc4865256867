/* Tuning profiles: per-kernel table choices measured by `kbench --tune`.
 *
 *   # any comment
 *   ksimd-profile 1
 *   version 0.1.0
 *   cpu x86 AuthenticAMD 25/1 f=0x7fffff
 *   kernel sum_f64 avx2
 *   kernel add_f32 sse4.2
 *
 * A profile applies only to the library version and the CPU it was made
 * for; anything unexpected refuses the whole file. Kernels it does not name
 * keep the default table. Baseline flags only. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cpu.h"
#include "dispatch.h"

#if defined(__aarch64__)
#define KSIMD_ARM_NAME "aarch64"
#else
#define KSIMD_ARM_NAME "arm"
#endif

enum { LINE_MAX_BYTES = 256, PROFILE_MAX_LINES = 4096 };

/* Per thread, so concurrent first calls never race on the buffer. */
const char *ksimd_cpu_fingerprint(void)
{
    static _Thread_local char fp[96];
    char vendor[13];
    unsigned family, model;
    ksimd_x86_identity(vendor, &family, &model);
    if (vendor[0])
        snprintf(fp, sizeof fp, "x86 %s %u/%u f=0x%x", vendor, family, model, (unsigned)ksimd_cpu_features());
    else
        snprintf(fp, sizeof fp, "%s f=0x%x", ksimd_arm_features() ? KSIMD_ARM_NAME : "other",
                 (unsigned)ksimd_cpu_features());
    return fp;
}

struct mixed_table {
    struct ksimd_table t;
    unsigned char slot_isa[KSIMD_KERNEL_COUNT];
};

/* One "kernel NAME ISA" line into the table; 0 if it is not acceptable. */
static int apply_line(struct mixed_table *m, unsigned char *seen, const char *line, ksimd_isa cap)
{
    char name[64], isa_name[16], extra;
    ksimd_isa isa;
    if (sscanf(line, "kernel %63s %15s %c", name, isa_name, &extra) != 2) return 0;
    int slot = ksimd_kernel_index(name);
    if (slot < 0 || seen[slot]++ || ksimd_isa_from_name(isa_name, &isa) != KSIMD_OK) return 0;
    if (!ksimd_isa_available(isa)) return 0;
    if (isa > cap) return 1; /* KSIMD_ISA caps profiles too: keep the default */
    ksimd_table_copy_slot(&m->t, ksimd_reference_table(isa), slot);
    m->slot_isa[slot] = (unsigned char)isa;
    return 1;
}

static ksimd_status parse(FILE *f, struct mixed_table *m)
{
    char line[LINE_MAX_BYTES + 2], expect[128];
    unsigned char seen[KSIMD_KERNEL_COUNT] = {0};
    ksimd_isa cap = m->t.isa;
    int field = 0; /* 0: magic, 1: version, 2: cpu, 3: kernels */
    for (int n = 0; fgets(line, sizeof line, f); n++) {
        size_t len = strlen(line);
        if (n >= PROFILE_MAX_LINES || (len > LINE_MAX_BYTES && line[len - 1] != '\n')) return KSIMD_ERR_PROFILE;
        if (len && line[len - 1] == '\n') line[--len] = 0;
        if (len == 0 || line[0] == '#') continue;
        switch (field) {
        case 0:
            snprintf(expect, sizeof expect, "ksimd-profile 1");
            break;
        case 1:
            snprintf(expect, sizeof expect, "version %s", ksimd_version());
            break;
        case 2:
            snprintf(expect, sizeof expect, "cpu %s", ksimd_cpu_fingerprint());
            break;
        default:
            if (!apply_line(m, seen, line, cap)) return KSIMD_ERR_PROFILE;
            continue;
        }
        if (strcmp(line, expect) != 0) return KSIMD_ERR_PROFILE;
        field++;
    }
    return field == 3 && !ferror(f) ? KSIMD_OK : KSIMD_ERR_PROFILE;
}

ksimd_status ksimd_profile_build(const char *path, struct ksimd_table **out)
{
    if (!path) return KSIMD_ERR_NULL;
    FILE *f = fopen(path, "r");
    if (!f) return KSIMD_ERR_PROFILE;
    struct mixed_table *m = malloc(sizeof *m);
    ksimd_status s = KSIMD_ERR_PROFILE;
    if (m) {
        ksimd_isa base = ksimd_default_isa();
        m->t = *ksimd_reference_table(base);
        memset(m->slot_isa, base, sizeof m->slot_isa);
        m->t.slot_isa = m->slot_isa;
        s = parse(f, m);
    }
    fclose(f);
    if (s != KSIMD_OK) {
        free(m);
        return s;
    }
    *out = &m->t;
    return KSIMD_OK;
}

ksimd_status ksimd_profile_load(const char *path)
{
    struct ksimd_table *t;
    ksimd_status s = ksimd_profile_build(path, &t);
    if (s == KSIMD_OK) atomic_store(&ksimd_active, t); /* the old table may be in use: kept */
    return s;
}

ksimd_status ksimd_profile_save(const char *path, const char *const *kernels, const ksimd_isa *isas, size_t n)
{
    if (!path || (n && (!kernels || !isas))) return KSIMD_ERR_NULL;
    for (size_t i = 0; i < n; i++) {
        if (ksimd_kernel_index(kernels[i]) < 0 || (unsigned)isas[i] >= KSIMD_ISA_COUNT) return KSIMD_ERR_RANGE;
        if (!ksimd_isa_available(isas[i])) return KSIMD_ERR_ISA;
    }
    size_t len = strlen(path);
    char *tmp = malloc(len + 16);
    if (!tmp) return KSIMD_ERR_PROFILE;
    snprintf(tmp, len + 16, "%s.tmp%ld", path, (long)getpid() % 100000);
    FILE *f = fopen(tmp, "w");
    int ok = f != NULL;
    if (ok) {
        fprintf(f, "# ksimd tuning profile: per-kernel tables measured on this CPU\n");
        fprintf(f, "ksimd-profile 1\nversion %s\ncpu %s\n", ksimd_version(), ksimd_cpu_fingerprint());
        for (size_t i = 0; i < n; i++) fprintf(f, "kernel %s %s\n", kernels[i], ksimd_isa_name(isas[i]));
        ok = fflush(f) == 0 && !ferror(f);
        ok = (fclose(f) == 0) && ok;
        ok = ok && rename(tmp, path) == 0;
        if (!ok) remove(tmp);
    }
    free(tmp);
    return ok ? KSIMD_OK : KSIMD_ERR_PROFILE;
}
