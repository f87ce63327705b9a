/*
 * fuzz_frame.c - libFuzzer target for the broker's frame decoder: the
 * input is a byte stream as a connection receives it, taken apart exactly
 * as broker/conn.c and broker/dispatch.c do (broker/frame.c): size prefix
 * against the limit, then header, API key and version against the served
 * table, request header and body with the arena limit. Frames follow one
 * another until the stream ends or the connection would be closed.
 *
 * Checks beyond "no crash": a decoded frame names a served API within its
 * advertised versions and its views lie inside the frame; the arena never
 * holds more than the decode bound; the verdicts match the frame's first
 * bytes (a short header is always TRUNCATED_HEADER, an unserved key always
 * UNKNOWN_API).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "broker/dispatch.h"
#include "broker/frame.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(x)                                                                                   \
    do {                                                                                           \
        if (!(x))                                                                                  \
            __builtin_trap();                                                                      \
    } while (0)

/* A small cap so the fuzzer's inputs can reach it. */
#define MAX_FRAME (64 * 1024)

static volatile uint8_t sink;

static void inside(const uint8_t *frame, size_t len, const void *p, int32_t n)
{
    if (n <= 0)
        return;
    const uint8_t *b = p;
    CHECK(b >= frame && b + n <= frame + len);
    sink ^= b[0] ^ b[n - 1];
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t at = 0;
    while (at < size) {
        int32_t n;
        enum frame_size fs = frame_check_size(data + at, size - at, MAX_FRAME, &n);
        if (fs == FRAME_SIZE_NEED_MORE)
            break;
        if (fs == FRAME_SIZE_BAD) {
            CHECK(n < FRAME_MIN_BYTES || n > MAX_FRAME);
            break; /* the connection closes */
        }
        CHECK(n >= FRAME_MIN_BYTES && n <= MAX_FRAME);
        if (size - at - 4 < (size_t)n)
            break; /* waits for the rest */
        /* The broker gives each frame its own allocation: so do we, so
         * that ASan sees any read past its end. */
        uint8_t *frame = malloc((size_t)n);
        CHECK(frame);
        memcpy(frame, data + at + 4, (size_t)n);
        at += 4 + (size_t)n;

        struct arena a;
        arena_init(&a);
        struct frame_req fr;
        enum frame_verdict v = frame_decode(frame, (size_t)n, &a, &fr);
        int16_t key = (int16_t)(frame[0] << 8 | frame[1]);
        int16_t ver = (int16_t)(frame[2] << 8 | frame[3]);
        const struct disp_entry *e = disp_lookup(key);
        CHECK(fr.api_key == key && fr.version == ver);
        if (!e)
            CHECK(v == FRAME_UNKNOWN_API);
        switch (v) {
        case FRAME_DECODED:
            CHECK(e && fr.entry == e && fr.api && fr.api->key == key && fr.body);
            CHECK(ver >= e->min_version && ver <= e->max_version);
            inside(frame, (size_t)n, fr.client_id.ptr, fr.client_id.len);
            /* What a body may allocate is bounded by its frame. */
            CHECK(a.used_bytes <= 64u * (size_t)n + (1u << 20) + 4096 + fr.api->req.struct_size);
            break;
        case FRAME_API_VERSIONS_OLDER:
            CHECK(key == 18 && (ver < e->min_version || ver > e->max_version));
            break;
        case FRAME_UNSUPPORTED_VERSION:
            CHECK(e && key != 18 && (ver < e->min_version || ver > e->max_version));
            break;
        case FRAME_BAD_HEADER:
        case FRAME_BAD_BODY:
            CHECK(e && ver >= e->min_version && ver <= e->max_version);
            CHECK(fr.err_at <= (size_t)n);
            break;
        case FRAME_TRUNCATED_HEADER: /* cannot happen: n >= 8 */
            CHECK(0);
            break;
        case FRAME_UNKNOWN_API:
        case FRAME_NOMEM:
            break;
        }
        CHECK(frame_verdict_name(v)[0] != '\0');
        arena_destroy(&a);
        free(frame);
        if (v != FRAME_DECODED && v != FRAME_API_VERSIONS_OLDER)
            break; /* a violation closes the connection */
    }
    /* Short headers, directly. */
    if (size > 0 && size < FRAME_MIN_BYTES) {
        struct arena a;
        arena_init(&a);
        struct frame_req fr;
        uint8_t *copy = malloc(size);
        CHECK(copy);
        memcpy(copy, data, size);
        CHECK(frame_decode(copy, size, &a, &fr) == FRAME_TRUNCATED_HEADER);
        free(copy);
        arena_destroy(&a);
    }
    return 0;
}
