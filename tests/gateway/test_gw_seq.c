/* Sequence numbers: fixed width, ordering, round trip, foreign input. */
#include <criterion/criterion.h>
#include <string.h>

#include "gateway/gw_seq.h"
#include "protocol/status.h"

Test(gw_seq, fixed_width_round_trip)
{
    struct {
        int32_t p;
        int64_t o;
    } v[] = {{0, -1}, {0, 0}, {0, 1}, {7, 123456789}, {INT32_MAX, INT64_MAX - 1}};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        char s[GW_SEQ_BUF];
        gw_seq_format(v[i].p, v[i].o, s);
        cr_assert_eq(strlen(s), GW_SEQ_LEN, "%s", s);
        int32_t p;
        int64_t o;
        cr_assert_eq(gw_seq_parse(s, strlen(s), &p, &o), 0);
        cr_assert_eq(p, v[i].p);
        cr_assert_eq(o, v[i].o);
    }
}

Test(gw_seq, string_order_is_offset_order)
{
    char a[GW_SEQ_BUF], b[GW_SEQ_BUF];
    int64_t offs[] = {-1, 0, 9, 10, 99, 100, 1000000, 9999999999LL};
    for (size_t i = 0; i + 1 < sizeof offs / sizeof offs[0]; i++) {
        gw_seq_format(3, offs[i], a);
        gw_seq_format(3, offs[i + 1], b);
        cr_assert_lt(strcmp(a, b), 0, "%s < %s", a, b);
    }
}

Test(gw_seq, foreign_numbers_are_refused)
{
    int32_t p;
    int64_t o;
    const char *aws = "49554751971385712311965096607999491514675643249030332418";
    cr_assert_eq(gw_seq_parse(aws, strlen(aws), &p, &o), -E_INVAL);
    cr_assert_eq(gw_seq_parse("0", 1, &p, &o), -E_INVAL);
    cr_assert_eq(gw_seq_parse("099999999999999999999999999999999999999", 39, &p, &o), -E_INVAL);
    cr_assert_eq(gw_seq_parse("999999999999999999999999999999999999999", 39, &p, &o), -E_INVAL);
}
