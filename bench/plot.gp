# kbench's CSV as a picture: GB/s against array size, one line per
# contender (the ksimd tables and the peers), one panel per kernel family,
# each point the mean over the family's kernels at that size, under the
# copy-bandwidth line (the machine's one-core memory limit). A peer that
# covers a few kernels of a family (highway: add, mul, axpb, sum, max, dot,
# compress, where) is averaged over those only: compare it with the tables
# in kbench's own table, kernel by kernel.
#
#   kbench --size 1Ki,4Ki,16Ki,64Ki,256Ki,1Mi,4Mi,16Mi --csv > out.csv
#   gnuplot -e "csv='out.csv'; png='out.png'" bench/plot.gp
#
# NumPy's rows (bench/numpy_peer.py, same columns) can be appended to the
# CSV (without their header line): they become the `numpy` line.
if (!exists("csv")) csv = 'kbench.csv'
if (!exists("png")) png = 'kbench.png'
if (!exists("title")) title = ''

set datafile separator comma
set datafile columnheaders
set terminal pngcairo size 1100,760 font ",9" noenhanced
set output png

families = "elementwise masked reduce math strided2d"
contenders = "scalar sse4.2 avx2 avx512 neon compiler compiler-fastmath sleef-fma highway numpy"
# One colour and point type per contender, the same in every panel.
colour(c) = c eq "scalar" ? "#999999" : c eq "sse4.2" ? "#4daf4a" : c eq "avx2" ? "#e41a1c" : \
            c eq "avx512" ? "#984ea3" : c eq "neon" ? "#ff7f00" : c eq "compiler" ? "#377eb8" : \
            c eq "compiler-fastmath" ? "#a6cee3" : c eq "sleef-fma" ? "#a65628" : \
            c eq "highway" ? "#f781bf" : "#000000"
dashes(c) = (c eq "scalar" || c eq "sse4.2" || c eq "avx2" || c eq "avx512" || c eq "neon") ? 1 : 2

# What the CSV holds: the copy figure, and which families have rows.
stats csv using (column("copy_gbps")) nooutput
copy = STATS_max
present = ""
do for [f in families] {
    stats csv using (strcol("family") eq f ? 1 : 0) nooutput
    if (STATS_sum > 0) { present = present . " " . f }
}
n = words(present)
if (n == 0) { print "plot.gp: no rows in " . csv; exit }
rows = (n + 1) / 2

set multiplot layout rows, (n > 1 ? 2 : 1) title (title ne '' ? title : sprintf("kbench: GB/s by array size, each point the mean over the family's kernels that contender has; copy bandwidth %.1f GB/s", copy))
set logscale x 2
set offsets graph 0.03, graph 0.03, 0, 0
set logscale y 10
set grid xtics ytics lc rgb "#dddddd"
set xlabel "elements per array"
set ylabel "GB/s (bytes of all arrays / time)"
set key outside right top samplen 2 spacing 0.9 font ",8"
set xtics ("1Ki" 2**10, "4Ki" 2**12, "16Ki" 2**14, "64Ki" 2**16, "256Ki" 2**18, "1Mi" 2**20, \
           "4Mi" 2**22, "16Mi" 2**24, "64Mi" 2**26, "256Mi" 2**28)
set style data linespoints
# gnuplot's smooth unique averages the points that share an x, but an
# undefined point (a row of another kernel family) would split the curve,
# so each contender's rows of a family are first copied to a datablock
# ($C1, $C2, ...) with `with table if`.
nc = words(contenders)
do for [f in present] {
    set datafile separator comma
    set datafile columnheaders
    have = ""
    do for [i = 1:nc] {
        c = word(contenders, i)
        eval sprintf('set table $C%d', i)
        plot csv using (column("size")):(column("gbps")) with table if (strcol("family") eq f && strcol("contender") eq c)
        unset table
        eval sprintf('rows_i = |$C%d|', i)
        if (rows_i > 0) { have = have . sprintf(" %d", i) }
    }
    set datafile separator whitespace
    unset datafile columnheaders
    set title f
    plot for [i in have] sprintf('$C%s', i) using 1:2 smooth unique with linespoints lw 2 \
             dt dashes(word(contenders, int(i))) pt 7 ps 0.6 lc rgb colour(word(contenders, int(i))) \
             title word(contenders, int(i)), \
         copy with lines lw 1 dt 3 lc rgb "#000000" title "copy bandwidth"
}
unset multiplot
