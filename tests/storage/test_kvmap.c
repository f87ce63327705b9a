/* test_kvmap.c - the small sorted string map and its encoding. */
#include <criterion/criterion.h>
#include <string.h>

#include "protocol/status.h"
#include "storage/kvmap.h"

Test(kvmap, set_get_del_sorted)
{
    struct kvmap m;
    kvmap_init(&m);
    cr_assert_eq(kvmap_set(&m, "b", "2"), 0);
    cr_assert_eq(kvmap_set(&m, "a", "1"), 0);
    cr_assert_eq(kvmap_set(&m, "c", "3"), 0);
    cr_assert_eq(kvmap_set(&m, "b", "22"), 0);
    cr_assert_eq(m.n, 3);
    cr_assert_str_eq(m.e[0].key, "a");
    cr_assert_str_eq(kvmap_get(&m, "b"), "22");
    cr_assert_eq(kvmap_del(&m, "b"), 1);
    cr_assert_eq(kvmap_del(&m, "b"), 0);
    cr_assert_null(kvmap_get(&m, "b"));
    kvmap_destroy(&m);
}

Test(kvmap, encode_decode_and_hostile_input)
{
    struct kvmap m, n;
    kvmap_init(&m);
    kvmap_set(&m, "shard.range", "0-340282366920938463463374607431768211455");
    kvmap_set(&m, "empty", "");
    struct kwriter w;
    kw_init(&w);
    kvmap_encode(&m, &w);
    struct kreader r;
    kr_init(&r, w.buf, w.len);
    cr_assert_eq(kvmap_decode(&n, &r), 0);
    cr_assert_eq(n.n, 2);
    cr_assert_str_eq(kvmap_get(&n, "empty"), "");
    kvmap_destroy(&n);
    /* A count that the bytes cannot back is refused before allocating. */
    uint8_t evil[4] = {0x7f, 0xff, 0xff, 0xff};
    kr_init(&r, evil, sizeof evil);
    cr_assert_eq(kvmap_decode(&n, &r), -E_CORRUPT);
    kr_init(&r, w.buf, w.len - 3);
    cr_assert_eq(kvmap_decode(&n, &r), -E_CORRUPT);
    kw_destroy(&w);
    kvmap_destroy(&m);
}
