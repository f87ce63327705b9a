/* Shard iterator tokens: round trip, tamper detection, wrong key. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/gw_iter.h"
#include "protocol/status.h"

static const uint8_t KEY[32] = {1, 2, 3};
static const uint8_t OTHER[32] = {9};

Test(gw_iter, round_trip)
{
    struct gw_iter it = {.created_ms = 1767323045000LL, .stream_created_ms = 17, .partition = 5,
                         .offset = 1234567};
    memset(it.stream, 'x', 128);
    it.stream[128] = '\0';
    char *tok;
    cr_assert_eq(gw_iter_encode(KEY, &it, &tok), 0);
    cr_assert_leq(strlen(tok), 512);
    struct gw_iter back;
    cr_assert_eq(gw_iter_decode(KEY, tok, strlen(tok), &back), 0);
    cr_assert_eq(back.partition, 5);
    cr_assert_eq(back.offset, 1234567);
    cr_assert_eq(back.created_ms, it.created_ms);
    cr_assert_eq(back.stream_created_ms, 17);
    cr_assert_str_eq(back.stream, it.stream);
    cr_assert_eq(gw_iter_decode(OTHER, tok, strlen(tok), &back), -E_FENCED);
    /* Every single-character change is caught. */
    size_t n = strlen(tok);
    for (size_t i = 0; i < n; i++) {
        char saved = tok[i];
        tok[i] = saved == 'A' ? 'B' : 'A';
        cr_assert_neq(gw_iter_decode(KEY, tok, n, &back), 0, "position %zu", i);
        tok[i] = saved;
    }
    cr_assert_neq(gw_iter_decode(KEY, tok, n - 4, &back), 0);
    cr_assert_eq(gw_iter_decode(KEY, "", 0, &back), -E_CORRUPT);
    cr_assert_eq(gw_iter_decode(KEY, "!!!!", 4, &back), -E_CORRUPT);
    free(tok);
}
