/* The `highway` column (highway.cc, C++17, built only when CMake finds
 * Google Highway): a C interface, so that kbench stays C. */
#ifndef KBENCH_PEER_HIGHWAY_H
#define KBENCH_PEER_HIGHWAY_H

#ifdef __cplusplus
extern "C" {
#endif

typedef void (*kbhwy_fn)(void);

/* The Highway loop for a ksimd kernel name ("add_f64"), with the ksimd
 * function's arguments and returning void; NULL when there is none. */
kbhwy_fn kbhwy_find(const char *kernel);

/* How the column was built. */
extern const char kbhwy_description[];

#ifdef __cplusplus
}
#endif

#endif
