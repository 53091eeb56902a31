#include "CIsal.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#if defined(__linux__) && __has_include(<isa-l/igzip_lib.h>)

#include <dlfcn.h>
#include <pthread.h>

// The header gives the structure layout; the functions are called through pointers from dlsym.
#include <isa-l/igzip_lib.h>

/// The library these headers belong to (ISA-L 2.x keeps soname 2).
#define CC_ISAL_NAME "libisal.so.2"

static struct {
    __typeof__(&isal_inflate_init) init;
    __typeof__(&isal_inflate_reset) reset;
    __typeof__(&isal_inflate) inflate;
} cc_isal;

static pthread_once_t cc_isalOnce = PTHREAD_ONCE_INIT;
static int cc_isalReady = 0;

struct cc_isal_stream {
    struct inflate_state state;
};

/// Loads libisal and resolves the three inflate functions; leaves `cc_isalReady` at 0 when anything is missing.
static void cc_isalOpen(void) {
    void *library = dlopen(CC_ISAL_NAME, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return;
    cc_isal.init = (__typeof__(cc_isal.init))dlsym(library, "isal_inflate_init");
    cc_isal.reset = (__typeof__(cc_isal.reset))dlsym(library, "isal_inflate_reset");
    cc_isal.inflate = (__typeof__(cc_isal.inflate))dlsym(library, "isal_inflate");
    if (cc_isal.init == NULL || cc_isal.reset == NULL || cc_isal.inflate == NULL) return;
    cc_isalReady = 1;
}

int cc_isal_compiled(void) { return 1; }

int cc_isal_load(void) {
    pthread_once(&cc_isalOnce, cc_isalOpen);
    return cc_isalReady;
}

cc_isal_stream *cc_isal_create(void) {
    if (!cc_isal_load()) return NULL;
    cc_isal_stream *stream = malloc(sizeof(cc_isal_stream));
    if (stream == NULL) return NULL;
    cc_isal.init(&stream->state);
    stream->state.crc_flag = ISAL_GZIP;
    return stream;
}

void cc_isal_destroy(cc_isal_stream *stream) { free(stream); }

void cc_isal_reset(cc_isal_stream *stream) {
    cc_isal.reset(&stream->state);
    stream->state.crc_flag = ISAL_GZIP;
}

cc_isal_result cc_isal_inflate(
    cc_isal_stream *stream, const uint8_t *input, uint32_t inputCount, uint8_t *output, uint32_t outputCount) {
    struct inflate_state *state = &stream->state;
    state->next_in = (uint8_t *)input;
    state->avail_in = inputCount;
    state->next_out = output;
    state->avail_out = outputCount;
    cc_isal_result result;
    result.status = cc_isal.inflate(state);
    // From the pointers, clamped: after an error ISA-L's counts are not meaningful (avail_in can wrap around).
    ptrdiff_t consumed = input == NULL ? 0 : state->next_in - input;
    ptrdiff_t produced = state->next_out - output;
    result.consumed = consumed < 0 ? 0 : consumed > (ptrdiff_t)inputCount ? inputCount : (uint32_t)consumed;
    result.produced = produced < 0 ? 0 : produced > (ptrdiff_t)outputCount ? outputCount : (uint32_t)produced;
    result.finished = state->block_state == ISAL_BLOCK_FINISH;
    result.buffered = state->read_in_length > 0 ? (uint32_t)(state->read_in_length / 8) : 0;
    return result;
}

uint32_t cc_isal_take_buffered(cc_isal_stream *stream, uint8_t *bytes) {
    struct inflate_state *state = &stream->state;
    uint32_t count = state->read_in_length > 0 ? (uint32_t)(state->read_in_length / 8) : 0;
    if (count > 8) count = 8;
    if (count > 0) {
        uint64_t aligned = state->read_in >> (state->read_in_length % 8);
        for (uint32_t index = 0; index < count; index++) bytes[index] = (uint8_t)(aligned >> (8 * index));
    }
    state->read_in = 0;
    state->read_in_length = 0;
    return count;
}

#else

// Built without ISA-L's header (or not on Linux): the zlib inflater is used.
int cc_isal_compiled(void) { return 0; }
int cc_isal_load(void) { return 0; }
cc_isal_stream *cc_isal_create(void) { return NULL; }
void cc_isal_destroy(cc_isal_stream *stream) { (void)stream; }
void cc_isal_reset(cc_isal_stream *stream) { (void)stream; }
cc_isal_result cc_isal_inflate(
    cc_isal_stream *stream, const uint8_t *input, uint32_t inputCount, uint8_t *output, uint32_t outputCount) {
    (void)stream;
    (void)input;
    (void)inputCount;
    (void)output;
    (void)outputCount;
    cc_isal_result result;
    memset(&result, 0, sizeof result);
    result.status = -1;
    return result;
}
uint32_t cc_isal_take_buffered(cc_isal_stream *stream, uint8_t *bytes) {
    (void)stream;
    (void)bytes;
    return 0;
}

#endif
