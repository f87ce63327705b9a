/* test_index.c - the sparse offset index. */
#include <criterion/criterion.h>

#include "protocol/status.h"
#include <string.h>

#include "storage/index.h"

Test(index, lookup_returns_floor_entry)
{
    struct oindex ix;
    idx_init(&ix, 100);
    cr_assert_eq(idx_append(&ix, 10, 1000), 0);
    cr_assert_eq(idx_append(&ix, 20, 2000), 0);
    cr_assert_eq(idx_append(&ix, 30, 3000), 0);
    struct idx_entry e = idx_lookup(&ix, 5);
    cr_assert_eq(e.position, 0);
    e = idx_lookup(&ix, 10);
    cr_assert_eq(e.position, 1000);
    e = idx_lookup(&ix, 29);
    cr_assert_eq(e.position, 2000);
    e = idx_lookup(&ix, 1000);
    cr_assert_eq(e.rel_offset, 30);
    idx_destroy(&ix);
}

Test(index, rejects_non_increasing_and_full)
{
    struct oindex ix;
    idx_init(&ix, 2);
    cr_assert_eq(idx_append(&ix, 10, 1000), 0);
    cr_assert_eq(idx_append(&ix, 10, 2000), -E_INVAL);
    cr_assert_eq(idx_append(&ix, 11, 1000), -E_INVAL);
    cr_assert_eq(idx_append(&ix, 11, 1001), 0);
    cr_assert(idx_full(&ix));
    cr_assert_eq(idx_append(&ix, 12, 1002), -E_TOOBIG);
    idx_destroy(&ix);
}

Test(index, encode_decode_round_trip_and_validation)
{
    struct oindex ix, iy;
    idx_init(&ix, 100);
    idx_init(&iy, 100);
    for (uint32_t i = 1; i <= 50; i++)
        cr_assert_eq(idx_append(&ix, i * 3, i * 100), 0);
    uint8_t buf[50 * IDX_ENTRY_BYTES];
    idx_encode(&ix, 0, buf);
    cr_assert_eq(idx_decode(&iy, buf, sizeof buf, 1000000), 0);
    cr_assert_eq(iy.n, 50);
    cr_assert_eq(iy.e[49].position, 5000);
    /* A position past the segment size is rejected. */
    cr_assert_eq(idx_decode(&iy, buf, sizeof buf, 4000), -E_CORRUPT);
    cr_assert_eq(iy.n, 0);
    /* A partial entry, and zeros (a torn tail) are rejected. */
    cr_assert_eq(idx_decode(&iy, buf, sizeof buf - 3, 1000000), -E_CORRUPT);
    memset(buf + 8 * 40, 0, 8);
    cr_assert_eq(idx_decode(&iy, buf, sizeof buf, 1000000), -E_CORRUPT);
    idx_destroy(&ix);
    idx_destroy(&iy);
}

Test(index, truncate_drops_entries_at_or_past_cut)
{
    struct oindex ix;
    idx_init(&ix, 100);
    for (uint32_t i = 1; i <= 10; i++)
        idx_append(&ix, i, i * 10);
    idx_truncate(&ix, 6, UINT32_MAX);
    cr_assert_eq(ix.n, 5);
    idx_truncate(&ix, UINT32_MAX, 30);
    cr_assert_eq(ix.n, 2);
    idx_destroy(&ix);
}
