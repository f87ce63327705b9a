/* 128-bit hash keys: decimal parsing bounds, MD5 routing, even splits. */
#include <criterion/criterion.h>
#include <string.h>

#include "gateway/gw_hash.h"
#include "protocol/status.h"

static const char *fmt(gw_u128 v)
{
    static char buf[4][GW_U128_DEC];
    static int i;
    i = (i + 1) % 4;
    gw_u128_format(v, buf[i]);
    return buf[i];
}

Test(gw_hash, parse_bounds)
{
    gw_u128 v;
    cr_assert_eq(gw_u128_parse("0", 1, &v), 0);
    cr_assert_eq(v, 0);
    const char *max = "340282366920938463463374607431768211455";
    cr_assert_eq(gw_u128_parse(max, strlen(max), &v), 0);
    cr_assert(v == GW_U128_MAX);
    cr_assert_str_eq(fmt(v), max);
    cr_assert_eq(gw_u128_parse("340282366920938463463374607431768211456", 39, &v), -E_RANGE);
    cr_assert_eq(gw_u128_parse("999999999999999999999999999999999999999", 39, &v), -E_RANGE);
    cr_assert_eq(gw_u128_parse("1000000000000000000000000000000000000000", 40, &v), -E_INVAL);
    cr_assert_eq(gw_u128_parse("01", 2, &v), -E_INVAL);
    cr_assert_eq(gw_u128_parse("", 0, &v), -E_INVAL);
    cr_assert_eq(gw_u128_parse("12a", 3, &v), -E_INVAL);
    cr_assert_eq(gw_u128_parse("-1", 2, &v), -E_INVAL);
}

Test(gw_hash, md5_of_partition_key)
{
    /* MD5("") = d41d8cd98f00b204e9800998ecf8427e */
    gw_u128 v;
    cr_assert_eq(gw_hash_key("", 0, &v), 0);
    cr_assert_str_eq(fmt(v), "281949768489412648962353822266799178366");
}

Test(gw_hash, even_splits_match_aws)
{
    gw_u128 s, e;
    gw_hash_split(1, 0, &s, &e);
    cr_assert(s == 0 && e == GW_U128_MAX);
    gw_hash_split(2, 0, &s, &e);
    cr_assert_str_eq(fmt(e), "170141183460469231731687303715884105727");
    gw_hash_split(2, 1, &s, &e);
    cr_assert_str_eq(fmt(s), "170141183460469231731687303715884105728");
    cr_assert(e == GW_U128_MAX);
    gw_hash_split(3, 1, &s, &e);
    cr_assert_str_eq(fmt(s), "113427455640312821154458202477256070485");
    cr_assert_str_eq(fmt(e), "226854911280625642308916404954512140969");
    /* Contiguous, covering, for assorted counts. */
    int ns[] = {4, 5, 7, 64, 100, 1000};
    for (size_t k = 0; k < sizeof ns / sizeof ns[0]; k++) {
        gw_u128 prev_end = 0;
        for (int i = 0; i < ns[k]; i++) {
            gw_hash_split(ns[k], i, &s, &e);
            cr_assert(i == 0 ? s == 0 : s == prev_end + 1, "n=%d i=%d", ns[k], i);
            cr_assert(e >= s);
            prev_end = e;
        }
        cr_assert(prev_end == GW_U128_MAX, "n=%d covers", ns[k]);
    }
}

/* Decimal formatting across the 10^19 chunk boundaries. */
Test(gw_hash, format_round_trips_at_chunk_boundaries)
{
    const char *cases[] = {"0", "9", "10", "9999999999999999999", "10000000000000000000",
                           "10000000000000000001", "99999999999999999999999999999999999999",
                           "100000000000000000000000000000000000000",
                           "100000000000000000000000000000000000001",
                           "100000000000000000018446744073709551617"};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        gw_u128 v;
        cr_assert_eq(gw_u128_parse(cases[i], strlen(cases[i]), &v), 0);
        cr_assert_str_eq(fmt(v), cases[i]);
    }
}
