/* test_topic.c - topics: names, ids, metadata persistence, configs, attributes. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "protocol/status.h"
#include "storage/storage_int.h"
#include "tbatch.h"
#include "tutil.h"

static struct tu_dir dir;
static struct store_config cfg;

static void setup(void)
{
    tu_mkdir(&dir);
    tu_config(&cfg, &dir, NULL);
}

static void teardown(void)
{
    tu_cleanup(&dir);
}

TestSuite(topic, .init = setup, .fini = teardown);

Test(topic, name_validation_follows_kafka)
{
    cr_assert_eq(topic_name_validate("orders.v1_x-Y9"), 0);
    cr_assert_eq(topic_name_validate(""), -E_INVAL);
    cr_assert_eq(topic_name_validate("."), -E_INVAL);
    cr_assert_eq(topic_name_validate(".."), -E_INVAL);
    cr_assert_eq(topic_name_validate("a/b"), -E_INVAL);
    cr_assert_eq(topic_name_validate("a b"), -E_INVAL);
    char longname[251];
    memset(longname, 'a', 250);
    longname[250] = 0;
    cr_assert_eq(topic_name_validate(longname), -E_INVAL);
    longname[249] = 0;
    cr_assert_eq(topic_name_validate(longname), 0);
}

Test(topic, create_makes_dirs_and_random_v4_id)
{
    struct store *st = tu_open(&cfg);
    struct topic *t = tu_topic(st, "a", 3, NULL, 0);
    const struct kuuid *id = topic_id(t);
    cr_assert_eq(id->b[6] >> 4, 4);
    cr_assert_eq(id->b[8] >> 6, 2);
    cr_assert_not(kuuid_is_zero(id));
    struct topic *u = tu_topic(st, "b", 1, NULL, 0);
    cr_assert_neq(memcmp(topic_id(u)->b, id->b, 16), 0);
    for (int p = 0; p < 3; p++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/a-%d", dir.data, p);
        struct stat s;
        cr_assert_eq(stat(path, &s), 0);
    }
    cr_assert_eq(store_topic_find(st, "a"), t);
    cr_assert_eq(store_topic_find_id(st, id), t);
    cr_assert_null(store_topic_find(st, "c"));
    cr_assert_eq(store_topic_count(st), 2);
    cr_assert_null(topic_log(t, 3));
    cr_assert_null(topic_log(t, -1));
    store_close(st);
}

Test(topic, create_rejects_duplicates_bad_names_and_bad_configs)
{
    struct store *st = tu_open(&cfg);
    tu_topic(st, "a", 1, NULL, 0);
    struct topic *t;
    const char *bad = NULL;
    cr_assert_eq(store_topic_create(st, "a", 1, NULL, 0, NULL, NULL, &t, NULL), -E_EXISTS);
    cr_assert_eq(store_topic_create(st, "a/b", 1, NULL, 0, NULL, NULL, &t, NULL), -E_INVAL);
    cr_assert_eq(store_topic_create(st, "z", 0, NULL, 0, NULL, NULL, &t, NULL), -E_INVAL);
    struct store_kv kv[2] = {{"retention.ms", "100"}, {"segment.bytes", "abc"}};
    cr_assert_eq(store_topic_create(st, "z", 1, kv, 2, NULL, NULL, &t, &bad), -E_INVAL);
    cr_assert_str_eq(bad, "segment.bytes");
    struct store_kv unk = {"no.such.config", "1"};
    cr_assert_eq(store_topic_create(st, "z", 1, &unk, 1, NULL, NULL, &t, &bad), -E_NOTFOUND);
    cr_assert_null(store_topic_find(st, "z"));
    store_close(st);
}

Test(topic, metadata_survives_restart)
{
    struct store *st = tu_open(&cfg);
    struct store_kv kv[2] = {{"retention.ms", "12345"}, {"cleanup.policy", "compact,delete"}};
    struct topic *t = tu_topic(st, "persist", 4, kv, 2);
    struct kuuid id = *topic_id(t);
    struct store_kv attrs[2] = {{"shard.0.range", "0-99"}, {"shard.0.parent", "none"}};
    struct tu_done d = {0};
    cr_assert_eq(store_topic_set_attrs(st, t, attrs, 2, tu_done_cb, &d), 0);
    tu_wait(st, &d);
    cr_assert_eq(d.status, 0);
    store_close(st);

    st = tu_open(&cfg);
    t = store_topic_find(st, "persist");
    cr_assert_not_null(t);
    cr_assert_eq(memcmp(topic_id(t)->b, id.b, 16), 0);
    cr_assert_eq(topic_partition_count(t), 4);
    cr_assert_str_eq(topic_config_override(t, "retention.ms"), "12345");
    cr_assert_eq(topic_cfg(t)->retention_ms, 12345);
    cr_assert_eq(topic_cfg(t)->cleanup_policy, STORE_CLEANUP_COMPACT | STORE_CLEANUP_DELETE);
    cr_assert_str_eq(topic_attr_get(t, "shard.0.range"), "0-99");
    cr_assert_str_eq(topic_attr_get(t, "shard.0.parent"), "none");
    cr_assert_null(topic_attr_get(t, "nope"));
    store_close(st);
}

Test(topic, alter_configs_incremental_and_replace)
{
    struct store *st = tu_open(&cfg);
    struct store_kv kv[2] = {{"retention.ms", "1000"}, {"segment.bytes", "100000"}};
    struct topic *t = tu_topic(st, "c", 1, kv, 2);
    struct store_kv ops[2] = {{"retention.ms", NULL}, {"max.message.bytes", "5000"}};
    struct tu_done d = {0};
    cr_assert_eq(store_topic_alter_configs(st, t, ops, 2, false, tu_done_cb, &d, NULL), 0);
    tu_wait(st, &d);
    cr_assert_null(topic_config_override(t, "retention.ms"));
    cr_assert_str_eq(topic_config_override(t, "segment.bytes"), "100000");
    cr_assert_eq(topic_cfg(t)->max_message_bytes, 5000);
    cr_assert_eq(topic_cfg(t)->retention_ms, 7LL * 24 * 3600 * 1000);
    struct store_kv rep = {"flush.ms", "50"};
    d.calls = 0;
    cr_assert_eq(store_topic_alter_configs(st, t, &rep, 1, true, tu_done_cb, &d, NULL), 0);
    tu_wait(st, &d);
    cr_assert_null(topic_config_override(t, "segment.bytes"));
    cr_assert_str_eq(topic_config_override(t, "flush.ms"), "50");
    struct store_kv bad = {"flush.ms", "-5"};
    const char *bk = NULL;
    cr_assert_eq(store_topic_alter_configs(st, t, &bad, 1, false, NULL, NULL, &bk), -E_INVAL);
    cr_assert_str_eq(bk, "flush.ms");
    cr_assert_str_eq(topic_config_override(t, "flush.ms"), "50");
    store_close(st);
    st = tu_open(&cfg);
    t = store_topic_find(st, "c");
    cr_assert_str_eq(topic_config_override(t, "flush.ms"), "50");
    cr_assert_null(topic_config_override(t, "segment.bytes"));
    store_close(st);
}

struct desc {
    int n;
    int topic_src;
    char retention[64];
    int retention_src;
    char policy[64];
};

static void desc_cb(void *arg, const char *name, const char *value, enum store_cfg_source src)
{
    struct desc *d = arg;
    d->n++;
    if (src == STORE_CFG_SRC_TOPIC)
        d->topic_src++;
    if (!strcmp(name, "retention.ms")) {
        snprintf(d->retention, sizeof d->retention, "%s", value);
        d->retention_src = src;
    }
    if (!strcmp(name, "cleanup.policy"))
        snprintf(d->policy, sizeof d->policy, "%s", value);
}

Test(topic, describe_lists_effective_values_and_sources)
{
    cr_assert_eq(store_config_set(&cfg, "log.retention.hours", "1"), 0);
    struct store *st = tu_open(&cfg);
    struct store_kv kv = {"cleanup.policy", "compact"};
    struct topic *t = tu_topic(st, "d", 1, &kv, 1);
    struct desc d = {0};
    topic_describe_configs(t, desc_cb, &d);
    cr_assert_gt(d.n, 15);
    cr_assert_eq(d.topic_src, 1);
    cr_assert_str_eq(d.retention, "3600000");
    cr_assert_eq(d.retention_src, STORE_CFG_SRC_BROKER);
    cr_assert_str_eq(d.policy, "compact");
    store_close(st);
}

Test(topic, add_partitions_persisted)
{
    struct store *st = tu_open(&cfg);
    struct topic *t = tu_topic(st, "g", 2, NULL, 0);
    cr_assert_eq(store_topic_add_partitions(st, t, 2, NULL, NULL), -E_INVAL);
    struct tu_done d = {0};
    cr_assert_eq(store_topic_add_partitions(st, t, 5, tu_done_cb, &d), 0);
    tu_wait(st, &d);
    cr_assert_eq(topic_partition_count(t), 5);
    cr_assert_eq(tu_append_simple(topic_log(t, 4), 1, 1, 1, false), 0);
    store_close(st);
    st = tu_open(&cfg);
    t = store_topic_find(st, "g");
    cr_assert_eq(topic_partition_count(t), 5);
    cr_assert_eq(log_end_offset(topic_log(t, 4)), 1);
    store_close(st);
}

Test(topic, delete_removes_files_and_name_is_reusable)
{
    struct store *st = tu_open(&cfg);
    struct topic *t = tu_topic(st, "del", 2, NULL, 0);
    struct log *lg = topic_log(t, 0);
    tu_append_simple(lg, 2, 100, 1, true);
    tu_drain(st);
    struct log_read_result r;
    cr_assert_eq(log_read(lg, 0, 1000, LOG_READ_HIGH_WATERMARK, &r), 0);
    struct tu_done d = {0};
    cr_assert_eq(store_topic_delete(st, t, tu_done_cb, &d), 0);
    cr_assert_null(store_topic_find(st, "del"));
    tu_wait(st, &d);
    cr_assert_eq(d.status, 0);
    char path[4200];
    snprintf(path, sizeof path, "%s/del-0", dir.data);
    cr_assert_eq(tu_file_size(path), -1);
    snprintf(path, sizeof path, "%s/topics/del.meta", dir.data);
    cr_assert_eq(tu_file_size(path), -1);
    /* The reader's span is still readable. */
    uint8_t hdr[61];
    cr_assert_eq(pread(r.spans[0].fd, hdr, sizeof hdr, r.spans[0].offset), 61);
    log_read_release(&r);
    t = tu_topic(st, "del", 1, NULL, 0);
    cr_assert_eq(log_end_offset(topic_log(t, 0)), 0);
    store_close(st);
    st = tu_open(&cfg);
    t = store_topic_find(st, "del");
    cr_assert_not_null(t);
    cr_assert_eq(topic_partition_count(t), 1);
    cr_assert_eq(log_end_offset(topic_log(t, 0)), 0);
    store_close(st);
}

Test(topic, orphan_partition_directories_are_removed_at_start)
{
    struct store *st = tu_open(&cfg);
    tu_topic(st, "o", 1, NULL, 0);
    store_close(st);
    char path[4200];
    snprintf(path, sizeof path, "%s/o-7", dir.data);
    cr_assert_eq(mkdir(path, 0755), 0);
    snprintf(path, sizeof path, "%s/ghost-0", dir.data);
    cr_assert_eq(mkdir(path, 0755), 0);
    snprintf(path, sizeof path, "%s/x-0.abcd-delete", dir.data);
    cr_assert_eq(mkdir(path, 0755), 0);
    st = tu_open(&cfg);
    snprintf(path, sizeof path, "%s/o-7", dir.data);
    cr_assert_eq(tu_file_size(path), -1);
    snprintf(path, sizeof path, "%s/ghost-0", dir.data);
    cr_assert_eq(tu_file_size(path), -1);
    snprintf(path, sizeof path, "%s/x-0.abcd-delete", dir.data);
    cr_assert_eq(tu_file_size(path), -1);
    snprintf(path, sizeof path, "%s/o-0", dir.data);
    cr_assert_geq(tu_file_size(path), 0);
    store_close(st);
}

Test(topic, iteration_sees_every_topic)
{
    struct store *st = tu_open(&cfg);
    char name[32];
    for (int i = 0; i < 100; i++) {
        snprintf(name, sizeof name, "t%d", i);
        cr_assert_eq(store_topic_create(st, name, 1, NULL, 0, NULL, NULL, NULL, NULL), 0);
    }
    tu_drain(st);
    cr_assert_eq(store_topic_count(st), 100);
    int seen[100] = {0};
    for (size_t i = 0; i < store_topic_count(st); i++)
        seen[atoi(topic_name(store_topic_at(st, i)) + 1)]++;
    for (int i = 0; i < 100; i++)
        cr_assert_eq(seen[i], 1);
    for (int i = 0; i < 100; i += 2) {
        snprintf(name, sizeof name, "t%d", i);
        cr_assert_eq(store_topic_delete(st, store_topic_find(st, name), NULL, NULL), 0);
    }
    cr_assert_eq(store_topic_count(st), 50);
    for (int i = 1; i < 100; i += 2) {
        snprintf(name, sizeof name, "t%d", i);
        struct topic *t = store_topic_find(st, name);
        cr_assert_not_null(t);
        cr_assert_eq(store_topic_find_id(st, topic_id(t)), t);
    }
    store_close(st);
}
