/* test_admin.c - the admin handlers' shared checks (broker/admin.c). */
#include <criterion/criterion.h>
#include <string.h>

#include "broker/admin.h"

static struct arena a;

static void setup(void)
{
    arena_init(&a);
}

static void teardown(void)
{
    arena_destroy(&a);
}

TestSuite(admin, .init = setup, .fini = teardown);

Test(admin, topic_names_follow_kafkas_rules_and_messages)
{
    char buf[256];
    cr_assert_null(adm_topic_name_error(&a, KSTR_LIT("orders.v1_x-2"), buf, sizeof buf));
    cr_assert_str_eq(buf, "orders.v1_x-2");
    cr_assert_str_eq(adm_topic_name_error(&a, KSTR_LIT(""), buf, sizeof buf),
                     "Topic name is illegal, it can't be empty");
    cr_assert_str_eq(adm_topic_name_error(&a, KSTR_LIT(".."), buf, sizeof buf),
                     "Topic name cannot be \".\" or \"..\"");
    const char *m = adm_topic_name_error(&a, KSTR_LIT("a b"), buf, sizeof buf);
    cr_assert_str_eq(m, "Topic name \"a b\" is illegal, it contains a character other than "
                        "ASCII alphanumerics, '.', '_' and '-'");
    char longname[251];
    memset(longname, 'x', 250);
    longname[250] = '\0';
    m = adm_topic_name_error(&a, kstr_c(longname), buf, sizeof buf);
    cr_assert(strstr(m, "can't be longer than 249 characters"));
    /* A NUL byte is just an illegal character. */
    cr_assert_not_null(adm_topic_name_error(&a, (struct kstr){"a\0b", 3}, buf, sizeof buf));
}

Test(admin, replica_lists_must_be_exactly_this_node)
{
    int32_t one = 1, two = 2, twice[2] = {1, 1}, pair[2] = {2, 1};
    cr_assert_null(adm_check_replicas(&a, 1, &one, 1, -1));
    cr_assert_null(adm_check_replicas(&a, 1, &one, 1, 1));
    cr_assert(strstr(adm_check_replicas(&a, 1, NULL, 0, -1), "empty replica list"));
    cr_assert(strstr(adm_check_replicas(&a, 1, &two, 1, -1), "broker 2, but no such broker"));
    cr_assert(strstr(adm_check_replicas(&a, 1, twice, 2, -1), "broker 1 more than once"));
    /* Sorted first, as Kafka does: the unknown broker is reported. */
    cr_assert(strstr(adm_check_replicas(&a, 1, pair, 2, -1), "broker 2, but"));
    cr_assert(strstr(adm_check_replicas(&a, 7, &one, 1, -1), "broker 1, but"));
}

Test(admin, node_ids_parse_like_java_integers)
{
    int32_t v;
    cr_assert(adm_parse_int32(KSTR_LIT("1"), &v) && v == 1);
    cr_assert(adm_parse_int32(KSTR_LIT("+12"), &v) && v == 12);
    cr_assert(adm_parse_int32(KSTR_LIT("-2147483648"), &v) && v == INT32_MIN);
    cr_assert_not(adm_parse_int32(KSTR_LIT("2147483648"), &v));
    cr_assert_not(adm_parse_int32(KSTR_LIT(""), &v));
    cr_assert_not(adm_parse_int32(KSTR_LIT("-"), &v));
    cr_assert_not(adm_parse_int32(KSTR_LIT(" 1"), &v));
    cr_assert_not(adm_parse_int32(KSTR_LIT("1x"), &v));
    cr_assert_not(adm_parse_int32(KSTR_NULL, &v));
}

Test(admin, duplicates_are_marked_with_their_first_member)
{
    struct kstr keys[6] = {KSTR_LIT("b"), KSTR_LIT("a"), KSTR_LIT("b"), KSTR_NULL, KSTR_NULL,
                           KSTR_LIT("ab")};
    bool dup[6], first[6];
    cr_assert_eq(adm_mark_duplicates(&a, keys, 6, dup, first), 0);
    bool want_dup[6] = {true, false, true, false, false, false};
    bool want_first[6] = {true, false, false, false, false, false};
    for (int i = 0; i < 6; i++) {
        cr_assert_eq(dup[i], want_dup[i], "dup[%d]", i);
        cr_assert_eq(first[i], want_first[i], "first[%d]", i);
    }
    /* Binary keys (topic ids) with NUL bytes inside. */
    struct kstr ids[2] = {{"\0\0\1", 3}, {"\0\0\1", 3}};
    cr_assert_eq(adm_mark_duplicates(&a, ids, 2, dup, NULL), 0);
    cr_assert(dup[0] && dup[1]);
}

Test(admin, messages_and_cstrings_live_in_the_arena)
{
    struct kstr m = adm_msg(&a, "Topic '%s' already exists.", "t");
    cr_assert(kstr_eq_c(m, "Topic 't' already exists."));
    cr_assert_str_eq(adm_cstr(&a, KSTR_LIT("abc")), "abc");
    cr_assert_str_eq(adm_cstr(&a, KSTR_LIT("")), "");
    cr_assert_null(adm_cstr(&a, KSTR_NULL));
    cr_assert_null(adm_cstr(&a, (struct kstr){"a\0b", 3}));
}
