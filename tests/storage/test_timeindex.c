/* test_timeindex.c - the sparse time index. */
#include <criterion/criterion.h>

#include "protocol/status.h"
#include <string.h>

#include "storage/timeindex.h"

Test(timeindex, appends_only_increasing_timestamps)
{
    struct tindex ti;
    tidx_init(&ti, 10);
    cr_assert_eq(tidx_maybe_append(&ti, -1, 0), 0);
    cr_assert_eq(tidx_maybe_append(&ti, 100, 1), 1);
    cr_assert_eq(tidx_maybe_append(&ti, 100, 2), 0);
    cr_assert_eq(tidx_maybe_append(&ti, 90, 3), 0);
    cr_assert_eq(tidx_maybe_append(&ti, 150, 4), 1);
    cr_assert_eq(ti.n, 2);
    cr_assert_eq(tidx_last(&ti)->timestamp, 150);
    tidx_destroy(&ti);
}

Test(timeindex, lookup_before_finds_last_smaller)
{
    struct tindex ti;
    tidx_init(&ti, 10);
    tidx_maybe_append(&ti, 100, 1);
    tidx_maybe_append(&ti, 200, 5);
    tidx_maybe_append(&ti, 300, 9);
    cr_assert_null(tidx_lookup_before(&ti, 100));
    cr_assert_eq(tidx_lookup_before(&ti, 101)->rel_offset, 1);
    cr_assert_eq(tidx_lookup_before(&ti, 300)->rel_offset, 5);
    cr_assert_eq(tidx_lookup_before(&ti, 9999)->rel_offset, 9);
    tidx_destroy(&ti);
}

Test(timeindex, decode_validates)
{
    struct tindex ti, tj;
    tidx_init(&ti, 10);
    tidx_init(&tj, 10);
    tidx_maybe_append(&ti, 100, 1);
    tidx_maybe_append(&ti, 200, 5);
    uint8_t buf[2 * TIDX_ENTRY_BYTES];
    tidx_encode(&ti, buf);
    cr_assert_eq(tidx_decode(&tj, buf, sizeof buf, 100), 0);
    cr_assert_eq(tj.n, 2);
    cr_assert_eq(tidx_decode(&tj, buf, sizeof buf, 4), -E_CORRUPT);
    memset(buf + TIDX_ENTRY_BYTES, 0, TIDX_ENTRY_BYTES);
    cr_assert_eq(tidx_decode(&tj, buf, sizeof buf, 100), -E_CORRUPT);
    tidx_destroy(&ti);
    tidx_destroy(&tj);
}
