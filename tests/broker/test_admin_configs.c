/* test_admin_configs.c - config checks and list operations
 * (broker/admin_configs.c). */
#include <criterion/criterion.h>
#include <string.h>

#include "broker/admin_configs.h"

static struct arena a;

static void setup(void)
{
    arena_init(&a);
}

static void teardown(void)
{
    arena_destroy(&a);
}

TestSuite(admin_configs, .init = setup, .fini = teardown);

Test(admin_configs, topic_configs_are_checked_like_kafkas_controller)
{
    cr_assert_null(adm_check_topic_config(&a, "retention.ms", "1000"));
    cr_assert_null(adm_check_topic_config(&a, "cleanup.policy", "compact,delete"));
    cr_assert_str_eq(adm_check_topic_config(&a, "no.such", "1"),
                     "Unknown topic config name: no.such");
    cr_assert_str_eq(adm_check_topic_config(&a, "retention.ms", "soon"),
                     "Invalid value soon for configuration retention.ms");
    static char big[ADM_MAX_CONFIG_VALUE + 2];
    memset(big, '1', sizeof big - 1);
    cr_assert(strstr(adm_check_topic_config(&a, "retention.ms", big), "maximum value size"));
}

Test(admin_configs, kafka_types_of_topic_configs)
{
    cr_assert_eq(adm_topic_config_type("cleanup.policy"), ADM_T_LIST);
    cr_assert_eq(adm_topic_config_type("retention.ms"), ADM_T_LONG);
    cr_assert_eq(adm_topic_config_type("segment.bytes"), ADM_T_INT);
    cr_assert_eq(adm_topic_config_type("min.cleanable.dirty.ratio"), ADM_T_DOUBLE);
    cr_assert_eq(adm_topic_config_type("preallocate"), ADM_T_BOOLEAN);
    cr_assert_eq(adm_topic_config_type("compression.type"), ADM_T_STRING);
    cr_assert_eq(adm_topic_config_type("no.such"), ADM_T_UNKNOWN);
}

Test(admin_configs, append_and_subtract_follow_kafka)
{
    /* No override: Kafka starts from the config's default ("delete"). */
    cr_assert_str_eq(adm_list_op(&a, "cleanup.policy", NULL, "compact", true), "delete,compact");
    cr_assert_str_eq(adm_list_op(&a, "cleanup.policy", "compact", "compact", true), "compact");
    cr_assert_str_eq(adm_list_op(&a, "cleanup.policy", "delete,compact", "delete", false),
                     "compact");
    cr_assert_str_eq(adm_list_op(&a, "cleanup.policy", "compact", "delete", false), "compact");
    cr_assert_str_eq(adm_list_op(&a, "leader.replication.throttled.replicas", NULL, "0:1,1:1",
                                 true),
                     "0:1,1:1");
    /* Empty parts of the current value are skipped; trailing empty parts
     * of the operand dropped (Java's split), interior ones kept. */
    cr_assert_str_eq(adm_list_op(&a, "x", "a,,b", "c,", true), "a,b,c");
    cr_assert_str_eq(adm_list_op(&a, "x", "a", ",b", true), "a,,b");
    cr_assert_str_eq(adm_list_op(&a, "x", "a,b", ",", true), "a,b");
    cr_assert_str_eq(adm_list_op(&a, "x", "a,b,a", "a", false), "b,a");
}
