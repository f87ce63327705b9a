/* Event stream framing against published example bytes, and hostile input. */
#include <criterion/criterion.h>
#include <string.h>
#include <zlib.h>

#include "gateway/gw_evstream.h"
#include "protocol/status.h"

/* The public "event_stream" Elixir package documents these encodings of
 * {"foo": "bar"}: without headers, and with content-type application/json. */
Test(gw_evstream, matches_published_examples)
{
    const char *payload = "{\"foo\": \"bar\"}";
    struct kwriter w;
    kw_init(&w);
    cr_assert_eq(gw_evstream_encode(&w, NULL, 0, (const uint8_t *)payload, strlen(payload)), 0);
    static const uint8_t want0[] = {0, 0, 0, 30, 0, 0, 0, 0, 186, 242, 246, 138};
    cr_assert_eq(w.len, 30);
    cr_assert_eq(memcmp(w.buf, want0, sizeof want0), 0);
    static const uint8_t crc0[] = {174, 114, 88, 228};
    cr_assert_eq(memcmp(w.buf + 26, crc0, 4), 0);
    kw_reset(&w);
    struct gw_evs_header h = {KSTR_LIT("content-type"), KSTR_LIT("application/json")};
    cr_assert_eq(gw_evstream_encode(&w, &h, 1, (const uint8_t *)payload, strlen(payload)), 0);
    static const uint8_t want1[] = {0, 0, 0, 62, 0, 0, 0, 32, 64, 93, 249, 70};
    cr_assert_eq(w.len, 62);
    cr_assert_eq(memcmp(w.buf, want1, sizeof want1), 0);
    static const uint8_t crc1[] = {111, 162, 191, 59};
    cr_assert_eq(memcmp(w.buf + 58, crc1, 4), 0);
    struct gw_evs_message m;
    cr_assert_eq(gw_evstream_decode(w.buf, w.len, &m), 62);
    cr_assert(kstr_eq_c(gw_evs_header_get(&m, "content-type"), "application/json"));
    cr_assert_eq(m.payload.len, 14);
    kw_destroy(&w);
}

Test(gw_evstream, decode_rejects_corruption_and_waits_for_more)
{
    struct kwriter w;
    kw_init(&w);
    struct gw_evs_header h = {KSTR_LIT(":event-type"), KSTR_LIT("initial-response")};
    cr_assert_eq(gw_evstream_encode(&w, &h, 1, (const uint8_t *)"{}", 2), 0);
    struct gw_evs_message m;
    for (size_t n = 0; n < w.len; n++)
        cr_assert_eq(gw_evstream_decode(w.buf, n, &m), 0, "short input %zu", n);
    for (size_t i = 0; i < w.len; i++) {
        w.buf[i] ^= 0x40;
        long r = gw_evstream_decode(w.buf, w.len, &m);
        cr_assert(r == -E_CORRUPT || r == 0, "flip at %zu gave %ld", i, r);
        w.buf[i] ^= 0x40;
    }
    /* A prelude claiming a huge message is refused, not waited for. */
    uint8_t big[12] = {0x7f, 0xff, 0xff, 0xff, 0, 0, 0, 0};
    uint32_t c = (uint32_t)crc32(crc32(0L, Z_NULL, 0), big, 8);
    big[8] = (uint8_t)(c >> 24);
    big[9] = (uint8_t)(c >> 16);
    big[10] = (uint8_t)(c >> 8);
    big[11] = (uint8_t)c;
    cr_assert_eq(gw_evstream_decode(big, sizeof big, &m), -E_CORRUPT);
    kw_destroy(&w);
}
