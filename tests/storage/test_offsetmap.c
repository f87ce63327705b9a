/* test_offsetmap.c - the cleaner's key -> latest offset map. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "protocol/status.h"
#include "storage/offsetmap.h"

Test(offsetmap, keeps_largest_offset_per_key)
{
    struct omap m;
    cr_assert_eq(omap_init(&m, 100, 1 << 20), 0);
    cr_assert_eq(omap_put(&m, (const uint8_t *)"a", 1, 5), 0);
    cr_assert_eq(omap_put(&m, (const uint8_t *)"a", 1, 9), 0);
    cr_assert_eq(omap_put(&m, (const uint8_t *)"a", 1, 7), 0);
    cr_assert_eq(omap_put(&m, (const uint8_t *)"", 0, 3), 0);
    cr_assert_eq(omap_get(&m, (const uint8_t *)"a", 1), 9);
    cr_assert_eq(omap_get(&m, (const uint8_t *)"", 0), 3);
    cr_assert_eq(omap_get(&m, (const uint8_t *)"b", 1), -1);
    omap_destroy(&m);
}

Test(offsetmap, fills_to_limit_then_refuses)
{
    struct omap m;
    cr_assert_eq(omap_init(&m, 1000000, 1024 * 24), 0);
    int i;
    char k[16];
    for (i = 0; i < 100000; i++) {
        int n = snprintf(k, sizeof k, "key%d", i);
        if (omap_put(&m, (const uint8_t *)k, (size_t)n, i) == -E_TOOBIG)
            break;
    }
    cr_assert_eq(i, 1024 / 10 * 9);
    for (int j = 0; j < i; j++) {
        int n = snprintf(k, sizeof k, "key%d", j);
        cr_assert_eq(omap_get(&m, (const uint8_t *)k, (size_t)n), j);
        cr_assert_eq(omap_put(&m, (const uint8_t *)k, (size_t)n, j + 1), 0, "updates still fit");
    }
    omap_destroy(&m);
}

Test(offsetmap, siphash_reference_vector)
{
    /* SipHash-2-4 paper, appendix A: key 00..0f, message 00..0e. */
    uint8_t msg[15];
    for (int i = 0; i < 15; i++)
        msg[i] = (uint8_t)i;
    uint64_t k0 = 0x0706050403020100ull, k1 = 0x0f0e0d0c0b0a0908ull;
    cr_assert_eq(siphash24(k0, k1, msg, 15), 0xa129ca6149be45e5ull);
}
