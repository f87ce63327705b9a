/* test_batch.c - RecordBatch v2 header and record parsing in storage. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/crc32c.h"
#include "protocol/status.h"
#include "storage/batch.h"
#include "tbatch.h"

Test(batch, parses_header_of_built_batch)
{
    size_t len;
    uint8_t *b = tb_simple(&len, 3, 10, 1000, 1);
    struct batch_header h;
    cr_assert_eq(batch_parse_header(b, len, &h), 0);
    cr_assert_eq(h.magic, 2);
    cr_assert_eq(batch_size(&h), (int64_t)len);
    cr_assert_eq(h.last_offset_delta, 2);
    cr_assert_eq(h.records_count, 3);
    cr_assert_eq(h.base_timestamp, 1000);
    cr_assert_eq(h.max_timestamp, 1002);
    cr_assert(batch_crc_ok(b, len));
    free(b);
}

Test(batch, rejects_bad_magic_short_and_negative_fields)
{
    size_t len;
    uint8_t *b = tb_simple(&len, 1, 4, 0, 1);
    struct batch_header h;
    cr_assert_eq(batch_parse_header(b, 60, &h), -E_CORRUPT);
    b[16] = 1;
    cr_assert_eq(batch_parse_header(b, len, &h), -E_CORRUPT);
    b[16] = 2;
    b[8] = 0x80; /* negative batchLength */
    cr_assert_eq(batch_parse_header(b, len, &h), -E_CORRUPT);
    b[8] = 0;
    b[11] = 10; /* too small for a header */
    b[10] = 0;
    b[9] = 0;
    cr_assert_eq(batch_parse_header(b, len, &h), -E_CORRUPT);
    free(b);
}

Test(batch, crc_detects_flipped_byte)
{
    size_t len;
    uint8_t *b = tb_simple(&len, 2, 32, 5, 3);
    cr_assert(batch_crc_ok(b, len));
    b[len - 5] ^= 0x40;
    cr_assert_not(batch_crc_ok(b, len));
    b[len - 5] ^= 0x40;
    b[3] ^= 1; /* baseOffset is outside the CRC */
    cr_assert(batch_crc_ok(b, len));
    free(b);
}

Test(batch, encode_header_round_trips)
{
    size_t len;
    uint8_t *b = tb_simple(&len, 4, 1, 77, 9);
    struct batch_header h, h2;
    cr_assert_eq(batch_parse_header(b, len, &h), 0);
    uint8_t out[BATCH_HEADER_BYTES];
    batch_encode_header(&h, out);
    cr_assert_eq(memcmp(out, b, BATCH_HEADER_BYTES), 0);
    cr_assert_eq(batch_parse_header(out, sizeof out, &h2), 0);
    cr_assert_eq(h2.crc, h.crc);
    free(b);
}

Test(batch, iterates_records_keys_values_and_tombstones)
{
    struct tb_rec r[3] = {
        {"a", 1, "one", 3, 0, -1},
        {NULL, -1, "x", 1, 5, -1},
        {"b", 1, NULL, -1, 9, -1},
    };
    size_t len;
    uint8_t *b = tb_build(&len, 100, 0, r, 3);
    struct batch_header h;
    cr_assert_eq(batch_parse_header(b, len, &h), 0);
    struct batch_rec_iter it;
    struct batch_record rec;
    batch_rec_iter_init(&it, b + BATCH_HEADER_BYTES, len - BATCH_HEADER_BYTES, h.records_count);
    cr_assert_eq(batch_rec_next(&it, &rec), 1);
    cr_assert_eq(rec.key.len, 1);
    cr_assert_eq(memcmp(rec.value.ptr, "one", 3), 0);
    cr_assert_eq(batch_rec_next(&it, &rec), 1);
    cr_assert_eq(rec.key.len, -1);
    cr_assert_eq(rec.timestamp_delta, 5);
    cr_assert_eq(rec.offset_delta, 1);
    cr_assert_eq(batch_rec_next(&it, &rec), 1);
    cr_assert_eq(rec.value.len, -1);
    cr_assert_eq(batch_rec_next(&it, &rec), 0);
    free(b);
}

Test(batch, record_iteration_rejects_truncation_and_trailing_bytes)
{
    size_t len;
    uint8_t *b = tb_simple(&len, 2, 8, 0, 4);
    struct batch_rec_iter it;
    struct batch_record rec;
    /* Cut the records area short. */
    batch_rec_iter_init(&it, b + BATCH_HEADER_BYTES, len - BATCH_HEADER_BYTES - 3, 2);
    cr_assert_eq(batch_rec_next(&it, &rec), 1);
    cr_assert_eq(batch_rec_next(&it, &rec), -E_CORRUPT);
    /* Claim one record fewer than present. */
    batch_rec_iter_init(&it, b + BATCH_HEADER_BYTES, len - BATCH_HEADER_BYTES, 1);
    cr_assert_eq(batch_rec_next(&it, &rec), 1);
    cr_assert_eq(batch_rec_next(&it, &rec), -E_CORRUPT);
    free(b);
}
