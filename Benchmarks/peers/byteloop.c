/* Baseline for the tokenizer benchmark: the simplest useful tokenizer, a C byte loop that splits UTF-8 text into
 * runs of letters/digits (bytes >= 0x80 count as letters) and single punctuation bytes, recording each token's start
 * and end offsets in an array, as Crosscheck's tokenizer does. Reads the whole file first; times the loop only.
 * Build: cc -O2 -o byteloop byteloop.c    Run: byteloop FILE [REPEAT]   Prints the same line format as
 * crosscheck-bench: `tokenize bytes=<b> tokens=<n> seconds=<s> mb_per_s=<MB/s>`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: byteloop FILE [REPEAT]\n"); return 64; }
    int repeat = argc > 2 ? atoi(argv[2]) : 3;
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buf = malloc(n);
    if (!buf || fread(buf, 1, n, f) != (size_t)n) { fprintf(stderr, "read failed\n"); return 2; }
    fclose(f);
    unsigned char cls[256];
    for (int c = 0; c < 256; c++) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') cls[c] = 0;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80) cls[c] = 1;
        else cls[c] = 2;
    }
    double best = 1e30;
    long count = 0;
    for (int r = 0; r < repeat; r++) {
        double t0 = now();
        long cap = n / 4 + 16, k = 0;
        long *starts = malloc(cap * sizeof(long)), *ends = malloc(cap * sizeof(long));
        long i = 0;
        while (i < n) {
            unsigned char c = cls[buf[i]];
            if (c == 0) { i++; continue; }
            long s = i++;
            if (c == 1) while (i < n && cls[buf[i]] == 1) i++;
            if (k == cap) { cap *= 2; starts = realloc(starts, cap * sizeof(long)); ends = realloc(ends, cap * sizeof(long)); }
            starts[k] = s; ends[k] = i; k++;
        }
        double t = now() - t0;
        if (t < best) best = t;
        count = k;
        free(starts); free(ends);
    }
    printf("tokenize bytes=%ld tokens=%ld seconds=%f mb_per_s=%f\n", n, count, best, n / 1e6 / best);
    return 0;
}
