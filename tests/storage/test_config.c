/* test_config.c - broker config names/defaults and topic config resolution. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "protocol/status.h"
#include "storage/config.h"

Test(config, defaults_are_kafkas)
{
    struct store_config c;
    store_config_init(&c);
    cr_assert_eq(c.log_segment_bytes, 1073741824);
    cr_assert_eq(store_config_roll_ms(&c), 168LL * 3600 * 1000);
    cr_assert_eq(store_config_retention_ms(&c), 168LL * 3600 * 1000);
    cr_assert_eq(c.log_retention_bytes, -1);
    cr_assert_eq(c.log_flush_interval_messages, INT64_MAX);
    cr_assert_eq(c.log_flush_interval_ms, STORE_UNSET);
    cr_assert_eq(c.log_cleanup_policy, STORE_CLEANUP_DELETE);
    cr_assert_eq(c.log_retention_check_interval_ms, 300000);
    cr_assert_eq(c.log_index_interval_bytes, 4096);
    cr_assert_eq(c.log_index_size_max_bytes, 10485760);
    cr_assert_eq(c.log_cleaner_delete_retention_ms, 86400000);
    cr_assert(c.sluice_durable_acks_all);
}

Test(config, set_by_kafka_name_with_validation)
{
    struct store_config c;
    store_config_init(&c);
    cr_assert_eq(store_config_set(&c, "log.segment.bytes", "1048576"), 0);
    cr_assert_eq(c.log_segment_bytes, 1048576);
    cr_assert_eq(store_config_set(&c, "log.segment.bytes", "10"), -E_INVAL);
    cr_assert_eq(store_config_set(&c, "log.segment.bytes", "12x"), -E_INVAL);
    cr_assert_eq(store_config_set(&c, "log.cleanup.policy", "compact, delete"), 0);
    cr_assert_eq(c.log_cleanup_policy, STORE_CLEANUP_COMPACT | STORE_CLEANUP_DELETE);
    cr_assert_eq(store_config_set(&c, "log.cleanup.policy", "purge"), -E_INVAL);
    cr_assert_eq(store_config_set(&c, "log.message.timestamp.type", "LogAppendTime"), 0);
    cr_assert_eq(store_config_set(&c, "log.cleaner.enable", "FALSE"), 0);
    cr_assert_not(c.log_cleaner_enable);
    cr_assert_eq(store_config_set(&c, "log.cleaner.min.cleanable.ratio", "1.5"), -E_INVAL);
    cr_assert_eq(store_config_set(&c, "listeners", "PLAINTEXT://:9092"), -E_NOTFOUND);
}

Test(config, retention_precedence_ms_minutes_hours)
{
    struct store_config c;
    store_config_init(&c);
    store_config_set(&c, "log.retention.hours", "2");
    cr_assert_eq(store_config_retention_ms(&c), 7200000);
    store_config_set(&c, "log.retention.minutes", "3");
    cr_assert_eq(store_config_retention_ms(&c), 180000);
    store_config_set(&c, "log.retention.ms", "-1");
    cr_assert_eq(store_config_retention_ms(&c), -1);
    store_config_set(&c, "log.roll.hours", "1");
    cr_assert_eq(store_config_roll_ms(&c), 3600000);
}

Test(config, log_dirs_uses_first_entry)
{
    struct store_config c;
    store_config_init(&c);
    char buf[64];
    cr_assert_eq(store_config_log_dir(&c, buf, sizeof buf), 0);
    cr_assert_str_eq(buf, "./data");
    store_config_set(&c, "log.dirs", " /a/b , /c/d");
    cr_assert_eq(store_config_log_dir(&c, buf, sizeof buf), 0);
    cr_assert_str_eq(buf, "/a/b");
    cr_assert_eq(store_config_set(&c, "log.dirs", ""), -E_INVAL);
}

Test(config, topic_validation)
{
    cr_assert_eq(tcfg_validate("retention.ms", "-1"), 0);
    cr_assert_eq(tcfg_validate("retention.ms", "-2"), -E_INVAL);
    cr_assert_eq(tcfg_validate("segment.bytes", "13"), -E_INVAL);
    cr_assert_eq(tcfg_validate("message.timestamp.type", "LogAppendTime"), 0);
    cr_assert_eq(tcfg_validate("message.timestamp.type", "Now"), -E_INVAL);
    cr_assert_eq(tcfg_validate("compression.type", "zstd"), 0);
    cr_assert_eq(tcfg_validate("compression.type", "brotli"), -E_INVAL);
    cr_assert_eq(tcfg_validate("min.insync.replicas", "0"), -E_INVAL);
    cr_assert_eq(tcfg_validate("cleanup.policy", "compact,"), -E_INVAL);
    cr_assert_eq(tcfg_validate("bogus", "1"), -E_NOTFOUND);
}

Test(config, topic_resolution_overrides_then_broker)
{
    struct store_config c;
    store_config_init(&c);
    store_config_set(&c, "log.flush.interval.ms", "500");
    struct kvmap ov;
    kvmap_init(&ov);
    kvmap_set(&ov, "segment.bytes", "2048");
    kvmap_set(&ov, "cleanup.policy", "compact");
    struct tcfg t;
    tcfg_resolve(&c, &ov, &t);
    cr_assert_eq(t.segment_bytes, 2048);
    cr_assert_eq(t.cleanup_policy, STORE_CLEANUP_COMPACT);
    cr_assert_eq(t.flush_ms, 500);
    cr_assert_eq(t.retention_ms, 168LL * 3600 * 1000);
    cr_assert_eq(t.max_message_bytes, 1048588);
    char buf[64];
    enum store_cfg_source src;
    cr_assert_eq(tcfg_effective(&c, &ov, "segment.bytes", buf, sizeof buf, &src), 0);
    cr_assert_str_eq(buf, "2048");
    cr_assert_eq(src, STORE_CFG_SRC_TOPIC);
    cr_assert_eq(tcfg_effective(&c, &ov, "flush.ms", buf, sizeof buf, &src), 0);
    cr_assert_str_eq(buf, "500");
    cr_assert_eq(src, STORE_CFG_SRC_BROKER);
    cr_assert_eq(tcfg_effective(&c, &ov, "retention.bytes", buf, sizeof buf, &src), 0);
    cr_assert_str_eq(buf, "-1");
    cr_assert_eq(src, STORE_CFG_SRC_DEFAULT);
    cr_assert_eq(tcfg_effective(&c, &ov, "compression.type", buf, sizeof buf, &src), 0);
    cr_assert_str_eq(buf, "producer");
    kvmap_destroy(&ov);
}
