#ifndef CROSSCHECK_CISAL_H
#define CROSSCHECK_CISAL_H

#include <stdint.h>

// Intel's ISA-L inflater (libisal, `igzip`) for gzip members, loaded with dlopen on first use: about three times as
// fast as zlib's inflate on x86-64 and AArch64. When the library is not installed (or was not available when this
// file was compiled), `cc_isal_load` returns 0 and Crosscheck inflates with zlib; nothing else changes. This header
// declares no ISA-L types, so the modules that import it need none of ISA-L's headers.

/// One gzip member's inflate state (ISA-L's `struct inflate_state`, about 70 KiB).
typedef struct cc_isal_stream cc_isal_stream;

/// What one call of `cc_isal_inflate` did.
typedef struct cc_isal_result {
    /// ISA-L's status: 0 when no error was found, a negative `ISAL_INVALID_*` or `ISAL_INCORRECT_CHECKSUM` code, or
    /// `ISAL_NEED_DICT` (6).
    int32_t status;
    /// Input bytes taken (some may be held in the bit buffer, see `buffered`).
    uint32_t consumed;
    /// Output bytes written.
    uint32_t produced;
    /// 1 when the member ended: its trailer was read and its CRC-32 and length verified.
    int32_t finished;
    /// Whole input bytes taken but not yet decoded (ISA-L reads input eight bytes at a time).
    uint32_t buffered;
} cc_isal_result;

/// 1 when this file was compiled with ISA-L's header (libisal-dev), so the library can be used when installed.
int cc_isal_compiled(void);

/// Loads libisal and resolves its inflate functions, once per process (thread-safe).
/// Returns 1 when the ISA-L inflater can be used, 0 otherwise.
int cc_isal_load(void);

/// Allocates a state for one gzip stream (header, deflate data and trailer checked by ISA-L).
/// Returns NULL when the library is not loaded or memory is short.
cc_isal_stream *cc_isal_create(void);

/// Releases a state from `cc_isal_create` (NULL is ignored).
void cc_isal_destroy(cc_isal_stream *stream);

/// Prepares the state for the next gzip member.
void cc_isal_reset(cc_isal_stream *stream);

/// Inflates from `input` into `output` until the input is used up, the output is full, the member ends or an error
/// is found.
cc_isal_result cc_isal_inflate(
    cc_isal_stream *stream, const uint8_t *input, uint32_t inputCount, uint8_t *output, uint32_t outputCount);

/// After a member ended: copies the whole bytes left in the bit buffer (at most 8; they belong to what follows the
/// member) to `bytes` and empties the bit buffer. Returns how many were copied.
uint32_t cc_isal_take_buffered(cc_isal_stream *stream, uint8_t *bytes);

#endif
