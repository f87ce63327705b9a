/*
 * frame.h - the pure part of taking a request off the wire: the 4-byte
 * size prefix and the decode of header and body, exactly as conn.c and
 * dispatch.c apply them, with no socket and no broker state. The libFuzzer
 * target tests/fuzz/fuzz_frame.c drives these two functions over arbitrary
 * bytes, so what it exercises is what the broker runs.
 */
#ifndef SLUICE_FRAME_H
#define SLUICE_FRAME_H

#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"
#include "protocol/msg/registry.h"

struct disp_entry;

/* A request header alone is 8 bytes (api key, version, correlation id). */
#define FRAME_MIN_BYTES 8

/* What the size prefix at the start of the input says. */
enum frame_size {
    FRAME_SIZE_NEED_MORE = 0, /* fewer than 4 bytes so far */
    FRAME_SIZE_OK = 1,        /* *size is a frame length we accept */
    FRAME_SIZE_BAD = -1,      /* below FRAME_MIN_BYTES or above max_bytes: close */
};

/*
 * Read the big-endian int32 size prefix from the first avail bytes at p and
 * check it against [FRAME_MIN_BYTES, max_bytes] (socket.request.max.bytes)
 * before a single body byte is buffered. *size receives the declared value
 * whenever 4 bytes are present (also when it is refused, for the log).
 */
enum frame_size frame_check_size(const uint8_t *p, size_t avail, int64_t max_bytes, int32_t *size);

/* Outcome of decoding one frame (the bytes after the size prefix). */
enum frame_verdict {
    FRAME_DECODED = 0,         /* header and body decoded: run the handler */
    FRAME_API_VERSIONS_OLDER,  /* ApiVersions outside our range: error 35 in v0 */
    FRAME_TRUNCATED_HEADER,    /* fewer than 8 bytes of header (close) */
    FRAME_UNKNOWN_API,         /* no handler for the key (close) */
    FRAME_UNSUPPORTED_VERSION, /* version we do not serve (close) */
    FRAME_BAD_HEADER,          /* client id or header tags malformed (close) */
    FRAME_BAD_BODY,            /* body does not decode (close) */
    FRAME_NOMEM,               /* allocation failed (close) */
};

struct frame_req {
    int16_t api_key;
    int16_t version;
    int32_t correlation_id;
    const struct disp_entry *entry; /* set from FRAME_UNSUPPORTED_VERSION on */
    const struct kmsg_api *api;     /* likewise */
    struct kstr client_id;          /* FRAME_DECODED only */
    void *body;                     /* FRAME_DECODED only: api->req struct, in the arena */
    const char *err_field;          /* BAD_HEADER / BAD_BODY: what failed */
    size_t err_at;                  /* and at which offset of the frame */
};

/*
 * Decode one request frame: the fixed header fields, the handler entry
 * (broker/dispatch.c's table), the version check, then the full request
 * header and the body with the generated codec into arena a. What the body
 * may allocate is bounded by the frame's length (arena limit) and every
 * array count is checked against the bytes left (protocol/kbuf), so no
 * declared count or length sizes an allocation. Views in *out point into
 * frame. The verdict says what the connection does next.
 */
enum frame_verdict frame_decode(const uint8_t *frame, size_t len, struct arena *a,
                                struct frame_req *out);

/* "truncated_header", "unknown_api_key", ... for logs and close reasons. */
const char *frame_verdict_name(enum frame_verdict v);

#endif
