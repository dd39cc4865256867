#!/usr/bin/env python3
"""The `numpy` column: kbench's elementwise kernels (and a few reductions,
transcendentals and the strided 2-D entries) and the article scenarios timed
with NumPy, written as CSV rows with kbench's columns, so NumPy can sit in the
same table or plot:

    kbench --csv > out.csv
    python3 bench/numpy_peer.py --no-header >> out.csv
    gnuplot -e "csv='out.csv'; png='out.png'" bench/plot.gp

Each kernel is the NumPy call a user makes, with out= where NumPy has it
(no allocation in the timed loop): np.add(a, b, out=d), ...; axpb is
x*a + b as two ufunc calls into d. The 2-D entries use kbench's matrix
(rows x cols == n, rows the largest divisor of n <= sqrt(n)) and workloads:
np.copyto(F, C) (C order to Fortran order), np.add(a, bF, out=d) (bF a
Fortran-order view, as a + b.T), np.sum/np.min/np.max(a, axis=0, out=o) of
a C-order matrix (integer sums in int64). Scenarios are written the NumPy way
(temporaries included). Timing follows kbench: batches of >= 1.5 ms, as many
as --time allows (at least 5), the median batch. Exits 0 with a note on
stderr when NumPy is not installed.

The expressions of `kbench --scenario expressions` (family `scenario`, kernel
`expr-<name>`, at --size or 1Ki,64Ki,1Mi,16Mi) are timed the NumPy way
(contender `numpy`: one ufunc call per operation, temporaries included) and,
when numexpr is installed, as numexpr.evaluate(text, out=d) on one thread
(contender `numexpr`; its result is checked against NumPy's first):

    expr-conditional  i64  where(x % 2 == 0, where(x % 3 == 0, x*x, x*3), x + 1)
    expr-lincomb      f64  2*a + 3*b
    expr-where        f64, f32  where(x > 0, x*2 + 5, x*x)
    expr-sumsq        f64  sum(x*x)
    expr-hypot        f32  sqrt(a*a + b*b)
    expr-gauss        f64  exp(-x*x/2)
"""
import argparse
import fnmatch
import math
import os
import statistics
import sys
import time

try:
    import numpy as np
except ImportError:
    print("numpy_peer.py: NumPy is not installed (Debian: apt-get install python3-numpy); nothing to do",
          file=sys.stderr)
    sys.exit(0)
try:
    import numexpr as ne
    ne.set_num_threads(1)  # one thread, as the plain loops and ksimd's default
except ImportError:
    ne = None

COLUMNS = ("kernel,type,size,contender,ns_per_elem,gbps,bytes_per_elem,calls_per_batch,batches,"
           "spread_pct,retried,best,cpu,ksimd_version,default_isa,copy_gbps,family")
DTYPES = {"f32": np.float32, "f64": np.float64, "i32": np.int32, "i64": np.int64}
BATCH_S = 1.5e-3


def parse_size(text):
    units = {"": 1, "K": 1000, "k": 1000, "Ki": 1024, "M": 10**6, "Mi": 2**20, "G": 10**9, "Gi": 2**30}
    digits = len(text) - len(text.lstrip("0123456789"))
    if digits == 0 or text[digits:] not in units or int(text[:digits]) == 0:
        raise argparse.ArgumentTypeError(f"cannot parse size '{text}' (expected e.g. 1000, 64Ki, 16Mi)")
    return int(text[:digits]) * units[text[digits:]]


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def values(kind, t, n, rng):
    """kbench's timing inputs: floats +-[0.5, 1000), ints [-1e6, 1e6]."""
    if kind == "key":
        return rng.integers(0, 16, n).astype(np.int32)
    if np.issubdtype(DTYPES[t], np.integer):
        low = 1 if kind == "pos" else -1000000
        return rng.integers(low, 1000001, n).astype(DTYPES[t])
    x = 0.5 + 999.5 * rng.random(n)
    if kind == "any":
        x *= np.where(rng.random(n) < 0.5, -1.0, 1.0)
    elif kind == "exp":
        x = (2 * rng.random(n) - 1) * (80 if t == "f32" else 700)
    elif kind == "log":
        x = 1e6 * (1 - rng.random(n))
    elif kind == "exponent":
        x = 16 * rng.random(n) - 8
    elif kind == "gauss":
        x = 16 * rng.random(n) - 8  # exp(-x*x/2) stays normal
    return x.astype(DTYPES[t])


def matrix_shape(n):
    """kbench's kb_matrix_shape: rows x cols == n, rows the largest divisor of n <= sqrt(n)."""
    rows = math.isqrt(n)
    while rows > 1 and n % rows:
        rows -= 1
    return (rows, n // rows) if n else (0, 0)


def grid(x, order="C"):
    """A view of the 1-D array x as kbench's matrix, in C or Fortran order."""
    view = x.reshape(matrix_shape(x.size), order=order)
    assert np.shares_memory(view, x)
    return view


def strided2d_kernels(t):
    """kbench's strided 2-D entries for type t (bench/shapes.c)."""
    size = np.dtype(DTYPES[t]).itemsize
    acc = np.int64 if t[0] == "i" else DTYPES[t]

    def axis(fn, dtype):
        def build(a, d):
            src = grid(a[0])
            out = np.empty(src.shape[1], dtype=dtype)
            if fn is np.sum:
                return lambda: np.sum(src, axis=0, dtype=dtype, out=out)
            return lambda: fn(src, axis=0, out=out)
        return build

    def copy2d(a, d):
        src, dst = grid(a[0]), grid(d, "F")
        return lambda: np.copyto(dst, src)

    def binary2d(a, d):
        x, y, dst = grid(a[0]), grid(a[1], "F"), grid(d)
        return lambda: np.add(x, y, out=dst)

    return [(f"copy2d_{t}", t, "strided2d", ("any",), 2 * size, copy2d),
            (f"binary2d_{t}", t, "strided2d", ("any", "any"), 3 * size, binary2d),
            (f"sum_axis_{t}", t, "strided2d", ("any",), size, axis(np.sum, acc)),
            (f"min_axis_{t}", t, "strided2d", ("any",), size, axis(np.min, DTYPES[t])),
            (f"max_axis_{t}", t, "strided2d", ("any",), size, axis(np.max, DTYPES[t]))]


def kernels():
    """(name, type, family, input kinds, bytes per element, call builder)."""
    out = []
    ufunc2 = {"add": np.add, "sub": np.subtract, "mul": np.multiply, "div": np.true_divide,
              "minimum": np.minimum, "maximum": np.maximum}
    scal = {"add_scalar": (np.add, 1.5, 3), "sub_scalar": (np.subtract, 1.5, 3),
            "mul_scalar": (np.multiply, 1.25, 3), "div_scalar": (np.true_divide, 3, None),
            "floordiv_scalar": (np.floor_divide, None, 7), "mod_scalar": (np.remainder, None, 7)}
    ufunc1 = {"neg": np.negative, "abs": np.absolute, "square": np.square, "sqrt": np.sqrt,
              "floor": np.floor, "ceil": np.ceil, "rint": np.rint}
    for t in ("f32", "f64", "i32", "i64"):
        size = np.dtype(DTYPES[t]).itemsize
        is_float = t[0] == "f"
        for name, fn in ufunc2.items():
            if name == "div" and not is_float:
                continue
            out.append((f"{name}_{t}", t, "elementwise", ("any", "any"), 3 * size,
                        lambda a, d, fn=fn: (lambda: fn(a[0], a[1], out=d))))
        for name, (fn, sf, si) in scal.items():
            s = sf if is_float else si
            if s is None:
                continue
            out.append((f"{name}_{t}", t, "elementwise", ("any",), 2 * size,
                        lambda a, d, fn=fn, s=DTYPES[t](s): (lambda: fn(a[0], s, out=d))))
        two, five = DTYPES[t](2), DTYPES[t](5)
        out.append((f"axpb_{t}", t, "elementwise", ("any",), 2 * size,
                    lambda a, d, two=two, five=five: (lambda: (np.multiply(a[0], two, out=d), np.add(d, five, out=d)))))
        for name, fn in ufunc1.items():
            if name in ("sqrt", "floor", "ceil", "rint") and not is_float:
                continue
            kind = "pos" if name == "sqrt" else "any"
            out.append((f"{name}_{t}", t, "elementwise", (kind,), 2 * size,
                        lambda a, d, fn=fn: (lambda: fn(a[0], out=d))))
        out.append((f"sum_{t}", t, "reduce", ("any",), size,
                    lambda a, d, t=t: (lambda: a[0].sum(dtype=np.int64 if t[0] == "i" else None))))
        out.append((f"max_{t}", t, "reduce", ("any",), size, lambda a, d: (lambda: a[0].max())))
        out.append((f"argmax_{t}", t, "reduce", ("any",), size, lambda a, d: (lambda: a[0].argmax())))
        if is_float:
            out.append((f"dot_{t}", t, "reduce", ("any", "any"), 2 * size, lambda a, d: (lambda: np.dot(a[0], a[1]))))
            for name, fn, kind in (("exp", np.exp, "exp"), ("log", np.log, "log"), ("sin", np.sin, "any"),
                                   ("cos", np.cos, "any"), ("tanh", np.tanh, "any")):
                out.append((f"{name}_{t}", t, "math", (kind,), 2 * size, lambda a, d, fn=fn: (lambda: fn(a[0], out=d))))
            out.append((f"pow_{t}", t, "math", ("pos", "exponent"), 3 * size,
                        lambda a, d: (lambda: np.power(a[0], a[1], out=d))))
    for t in ("f32", "f64", "i32", "i64"):
        out += strided2d_kernels(t)
    return out


def measure(call, budget_s):
    """Median batch time per call (s), calls per batch, batches, spread."""
    call()
    t0, calls = time.perf_counter(), 0
    while time.perf_counter() - t0 < min(budget_s / 4, 5e-3) or calls == 0:
        call()
        calls += 1
    per = (time.perf_counter() - t0) / calls
    batch = max(1, int(BATCH_S / per) + 1)
    times, end = [], time.perf_counter() + budget_s
    while len(times) < 5 or (time.perf_counter() < end and len(times) < 512):
        t0 = time.perf_counter()
        for _ in range(batch):
            call()
        times.append((time.perf_counter() - t0) / batch)
    med = statistics.median(times)
    q = statistics.quantiles(times, n=4) if len(times) >= 4 else [med, med, med]
    return med, batch, len(times), (q[2] - q[0]) / med


def row(kernel, t, n, sec, bpe, calls, batches, spread, family, cpu, contender="numpy"):
    ns = sec * 1e9 / n
    cpu_field = f'"{cpu}"' if "," in cpu else cpu
    return (f"{kernel},{t},{n},{contender},{ns:.6g},{bpe / ns:.6g},{bpe},{calls},{batches},{100 * spread:.2f},0,0,"
            f"{cpu_field},,,0,{family}")


def scenarios(rng):
    """(name, type, n, bytes per element, callable) for the article's workloads, NumPy style."""
    out = []
    for t in ("i64", "f64"):
        x = values("any", t, 10**6, rng)
        out.append(("article-affine", t, 10**6, 16, lambda x=x: x * 2 + 5))
    for n in (10**5, 10**6):
        x = values("any", "i64", n, rng)
        out.append(("article-conditional", "i64", n, 16,
                    lambda x=x: np.where(x % 2 == 0, np.where(x % 3 == 0, x * x, x * 3), x + 1)))
    for n in (10**5, 10**7):
        revenue = 50 + rng.integers(0, 100000, n) / 100
        cost = rng.integers(0, 90000, n) / 100
        region = rng.integers(0, 16, n).astype(np.int32)

        def sales(revenue=revenue, cost=cost, region=region):
            profit = revenue - cost
            keep = profit > 100
            sums = np.bincount(region[keep], weights=profit[keep], minlength=16)
            counts = np.bincount(region[keep], minlength=16)
            return sums / np.maximum(counts, 1)
        out.append(("article-sales", "f64", n, 20, sales))
    return out


def expressions():
    """kbench's `expressions` scenario: (name, type, text, variables, input kind,
    bytes per element, NumPy's way, numexpr's result must equal NumPy's bit for bit)."""
    where = lambda x: np.where(x > 0, x * 2 + 5, x * x)
    return [
        ("conditional", "i64", "where(x % 2 == 0, where(x % 3 == 0, x*x, x*3), x + 1)", "x", "any", 16,
         lambda x: np.where(x % 2 == 0, np.where(x % 3 == 0, x * x, x * 3), x + 1), True),
        ("lincomb", "f64", "2*a + 3*b", "ab", "any", 24, lambda a, b: 2 * a + 3 * b, True),
        ("where", "f64", "where(x > 0, x*2 + 5, x*x)", "x", "any", 16, where, True),
        ("where", "f32", "where(x > 0, x*2 + 5, x*x)", "x", "any", 8, where, True),
        ("sumsq", "f64", "sum(x*x)", "x", "any", 8, lambda x: np.sum(x * x), False),
        ("hypot", "f32", "sqrt(a*a + b*b)", "ab", "any", 12, lambda a, b: np.sqrt(a * a + b * b), True),
        ("gauss", "f64", "exp(-x*x/2)", "x", "gauss", 16, lambda x: np.exp(-x * x / 2), False),
    ]


def expression_rows(sizes, budget, rng, cpu, patterns):
    """The rows of every expression whose row name (expr-<name>) matches a pattern, at every
    size: numpy, then numexpr when installed. Returns 1 when numexpr disagrees with NumPy
    somewhere, else 0."""
    bad = 0
    for name, t, text, names, kind, bpe, numpy_way, exact in expressions():
        if not any(fnmatch.fnmatchcase(f"expr-{name}", pat) for pat in patterns):
            continue
        for n in sizes:
            env = {v: values(kind, t, n, rng) for v in names}
            ways = [("numpy", lambda f=numpy_way, env=env: f(*env.values()))]
            if ne is not None:
                reduces = text.startswith("sum(")
                d = None if reduces else np.empty(n, dtype=DTYPES[t])
                ways.append(("numexpr", lambda text=text, env=env, d=d: ne.evaluate(text, local_dict=env, out=d)))
                want, got = ways[0][1](), ways[1][1]()
                # a sum in another order: within 2n epsilon, kbench's bound against its loop
                rtol = 2 * n * np.finfo(DTYPES[t]).eps if reduces else 1e-13
                same = np.array_equal(got, want) if exact else np.allclose(got, want, rtol=rtol, atol=0)
                if not same:
                    print(f"numpy_peer.py: MISMATCH: numexpr and NumPy disagree on {text} ({t}, n={n})",
                          file=sys.stderr)
                    bad = 1
            for contender, call in ways:
                sec, calls, batches, spread = measure(call, max(budget, 0.1))
                print(row(f"expr-{name}", t, n, sec, bpe, calls, batches, spread, "scenario", cpu, contender),
                      flush=True)
    return bad


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--kernel", default="*",
                   help="shell patterns, comma separated, on kernel names and expr-<name> (default: all)")
    p.add_argument("--size", help="element counts (default 1Ki,64Ki,16Mi; expressions 1Ki,64Ki,1Mi,16Mi)")
    p.add_argument("--time", type=float, default=30.0, help="ms per kernel and size (default 30)")
    p.add_argument("--no-header", action="store_true", help="omit the header line (to append to kbench's CSV)")
    p.add_argument("--no-scenarios", action="store_true", help="skip the article scenarios and the expressions")
    p.add_argument("--version", action="version", version=f"numpy_peer.py with NumPy {np.__version__}")
    args = p.parse_args()
    try:
        sizes = [parse_size(s) for s in (args.size or "1Ki,64Ki,16Mi").split(",")]
        expr_sizes = [parse_size(s) for s in (args.size or "1Ki,64Ki,1Mi,16Mi").split(",")]
    except argparse.ArgumentTypeError as e:
        print(f"numpy_peer.py: {e}", file=sys.stderr)
        return 2
    patterns = args.kernel.split(",")
    chosen = [k for k in kernels() if any(fnmatch.fnmatchcase(k[0], pat) for pat in patterns)]
    expr_chosen = any(fnmatch.fnmatchcase(f"expr-{e[0]}", pat) for e in expressions() for pat in patterns)
    if not chosen and not expr_chosen:
        print(f"numpy_peer.py: no kernel matches '{args.kernel}'", file=sys.stderr)
        return 2
    rng, cpu, budget = np.random.default_rng(1), cpu_model(), args.time * 1e-3
    if not args.no_header:
        print(COLUMNS)
    for name, t, family, kinds, bpe, build in chosen:
        for n in sizes:
            a = [values(kind, t, n, rng) for kind in kinds]
            d = np.empty(n, dtype=DTYPES[t])
            sec, calls, batches, spread = measure(build(a, d), budget)
            print(row(name, t, n, sec, bpe, calls, batches, spread, family, cpu), flush=True)
    if not args.no_scenarios and args.kernel == "*":
        for name, t, n, bpe, call in scenarios(rng):
            sec, calls, batches, spread = measure(call, max(budget, 0.1))
            print(row(name, t, n, sec, bpe, calls, batches, spread, "scenario", cpu), flush=True)
    if not args.no_scenarios and expr_chosen:
        if ne is None:
            print("numpy_peer.py: numexpr is not installed (Debian: apt-get install python3-numexpr): "
                  "no numexpr rows", file=sys.stderr)
        if expression_rows(expr_sizes, budget, rng, cpu, patterns):
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
