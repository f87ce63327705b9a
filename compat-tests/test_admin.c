/*
 * test_admin.c - the admin APIs against a real broker: librdkafka's Admin
 * API where it reaches (CreateTopics v4, DeleteTopics v1, CreatePartitions
 * v0, DescribeConfigs v1, AlterConfigs v0, DeleteRecords v1), raw requests
 * (kclient) for every other served version and for IncrementalAlterConfigs,
 * which librdkafka 2.0.2 lacks.
 */
#include <criterion/criterion.h>
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compat-tests/harness.h"
#include "compat-tests/kclient.h"
#include "compat-tests/rk.h"
#include "protocol/errors.h"
#include "protocol/msg/alter_configs.h"
#include "protocol/msg/create_partitions.h"
#include "protocol/msg/create_topics.h"
#include "protocol/msg/delete_records.h"
#include "protocol/msg/delete_topics.h"
#include "protocol/msg/describe_configs.h"
#include "protocol/msg/incremental_alter_configs.h"
#include "protocol/msg/metadata.h"
#include "protocol/msg/produce.h"
#include "protocol/records.h"

#define RES_TOPIC 2
#define RES_BROKER 4

static struct broker_proc bp;
static int32_t corr = 1;

static void start_with(const char *const *settings)
{
    hx_init(&bp, settings);
    cr_assert_eq(hx_start(&bp), 0);
}

static void start(void)
{
    start_with(NULL);
}

static void stop(void)
{
    int rc = hx_stop(&bp);
    if (rc != 0) {
        /* Show why (a sanitizer report, a failed shutdown) before the
         * folder goes. */
        char cmd[400];
        snprintf(cmd, sizeof cmd, "tail -n 60 %s/broker.log >&2", bp.dir);
        if (system(cmd) != 0)
            fprintf(stderr, "no broker.log\n");
    }
    cr_expect_eq(rc, 0, "broker did not stop cleanly");
    hx_cleanup(&bp);
}

/* ------------------------------------------------------------- librdkafka */

static void quiet_log(const rd_kafka_t *rk, int level, const char *fac, const char *buf)
{
    (void)rk;
    (void)level;
    (void)fac;
    (void)buf;
}

static int dr_errors;
static int dr_ok;

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    (void)rk;
    (void)opaque;
    if (m->err)
        dr_errors++;
    else
        dr_ok++;
}

static rd_kafka_t *lk_new(rd_kafka_type_t type, const char *const *kv)
{
    char err[256];
    rd_kafka_conf_t *c = rd_kafka_conf_new();
    cr_assert_eq(rd_kafka_conf_set(c, "bootstrap.servers", bp.bootstrap, err, sizeof err),
                 RD_KAFKA_CONF_OK);
    for (int i = 0; kv && kv[i]; i += 2)
        cr_assert_eq(rd_kafka_conf_set(c, kv[i], kv[i + 1], err, sizeof err), RD_KAFKA_CONF_OK,
                     "%s", err);
    rd_kafka_conf_set_log_cb(c, quiet_log);
    if (type == RD_KAFKA_PRODUCER)
        rd_kafka_conf_set_dr_msg_cb(c, on_delivery);
    rd_kafka_t *rk = rd_kafka_new(type, c, err, sizeof err);
    cr_assert_not_null(rk, "%s", err);
    return rk;
}

static rd_kafka_event_t *lk_wait(rd_kafka_queue_t *q, rd_kafka_event_type_t type)
{
    rd_kafka_event_t *ev = rd_kafka_queue_poll(q, 15000);
    cr_assert_not_null(ev, "no admin result within 15 s");
    cr_assert_eq(rd_kafka_event_type(ev), type);
    cr_assert_eq(rd_kafka_event_error(ev), 0, "%s", rd_kafka_event_error_string(ev));
    return ev;
}

/* CreateTopics through librdkafka; configs as NULL-terminated key, value
 * pairs. Returns the topic's error and copies its message. */
static rd_kafka_resp_err_t lk_create(rd_kafka_t *rk, const char *name, int parts, int rf,
                                     const char *const *cfg, bool validate_only, char *msg,
                                     size_t msglen)
{
    char err[256];
    rd_kafka_NewTopic_t *nt = rd_kafka_NewTopic_new(name, parts, rf, err, sizeof err);
    cr_assert_not_null(nt, "%s", err);
    for (int i = 0; cfg && cfg[i]; i += 2)
        cr_assert_eq(rd_kafka_NewTopic_set_config(nt, cfg[i], cfg[i + 1]), 0);
    rd_kafka_AdminOptions_t *o = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS);
    if (validate_only)
        cr_assert_eq(rd_kafka_AdminOptions_set_validate_only(o, 1, err, sizeof err), 0);
    rd_kafka_queue_t *q = rd_kafka_queue_new(rk);
    rd_kafka_CreateTopics(rk, &nt, 1, o, q);
    rd_kafka_event_t *ev = lk_wait(q, RD_KAFKA_EVENT_CREATETOPICS_RESULT);
    size_t n;
    const rd_kafka_topic_result_t **res =
        rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(ev), &n);
    cr_assert_eq(n, 1);
    rd_kafka_resp_err_t e = rd_kafka_topic_result_error(res[0]);
    if (msg) {
        const char *s = rd_kafka_topic_result_error_string(res[0]);
        snprintf(msg, msglen, "%s", s ? s : "");
    }
    rd_kafka_event_destroy(ev);
    rd_kafka_queue_destroy(q);
    rd_kafka_AdminOptions_destroy(o);
    rd_kafka_NewTopic_destroy(nt);
    return e;
}

/* Partition count of a topic from an all-topics Metadata, -1 if absent. */
static int lk_partitions(rd_kafka_t *rk, const char *name)
{
    const struct rd_kafka_metadata *md;
    cr_assert_eq(rd_kafka_metadata(rk, 1, NULL, &md, 10000), 0);
    int n = -1;
    for (int i = 0; i < md->topic_cnt; i++)
        if (strcmp(md->topics[i].topic, name) == 0)
            n = md->topics[i].partition_cnt;
    rd_kafka_metadata_destroy(md);
    return n;
}

/* DescribeConfigs of one resource; the event must be destroyed by the
 * caller. */
static const rd_kafka_ConfigResource_t *lk_describe(rd_kafka_t *rk, rd_kafka_ResourceType_t type,
                                                     const char *name, rd_kafka_event_t **evp)
{
    rd_kafka_ConfigResource_t *cr = rd_kafka_ConfigResource_new(type, name);
    rd_kafka_AdminOptions_t *o = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS);
    rd_kafka_queue_t *q = rd_kafka_queue_new(rk);
    rd_kafka_DescribeConfigs(rk, &cr, 1, o, q);
    rd_kafka_event_t *ev = lk_wait(q, RD_KAFKA_EVENT_DESCRIBECONFIGS_RESULT);
    size_t n;
    const rd_kafka_ConfigResource_t **res =
        rd_kafka_DescribeConfigs_result_resources(rd_kafka_event_DescribeConfigs_result(ev), &n);
    cr_assert_eq(n, 1);
    rd_kafka_queue_destroy(q);
    rd_kafka_AdminOptions_destroy(o);
    rd_kafka_ConfigResource_destroy(cr);
    *evp = ev;
    return res[0];
}

static const rd_kafka_ConfigEntry_t *lk_entry(const rd_kafka_ConfigResource_t *res,
                                              const char *name)
{
    size_t n;
    const rd_kafka_ConfigEntry_t **es = rd_kafka_ConfigResource_configs(res, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(rd_kafka_ConfigEntry_name(es[i]), name) == 0)
            return es[i];
    cr_assert_fail("config %s not described", name);
    return NULL;
}

static void lk_produce(rd_kafka_t *rk, const char *topic, int partition, int count)
{
    for (int i = 0; i < count; i++) {
        char v[32];
        int len = snprintf(v, sizeof v, "value-%d", i);
        cr_assert_eq(rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_PARTITION(partition),
                                       RD_KAFKA_V_VALUE(v, (size_t)len),
                                       RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END),
                     0);
    }
    cr_assert_eq(rd_kafka_flush(rk, 15000), 0);
}

/* ------------------------------------------------------------ raw requests */

struct raw {
    struct arena a;
    uint8_t *frame;
};

static void raw_call(struct raw *r, int16_t key, int16_t v, const void *req, void *resp)
{
    arena_init(&r->a);
    int fd = kc_connect(bp.port);
    cr_assert_geq(fd, 0);
    int32_t id = corr++;
    cr_assert_eq(kc_send(fd, key, v, id, req), 0, "send key %d v%d", key, v);
    cr_assert_eq(kc_recv(fd, key, v, &r->a, resp, &r->frame), id, "answer to key %d v%d", key, v);
    close(fd);
}

static void raw_done(struct raw *r)
{
    free(r->frame);
    arena_destroy(&r->a);
}

static struct create_topics_req_creatable_topic ct_topic(const char *name, int32_t parts,
                                                         int16_t rf)
{
    struct create_topics_req_creatable_topic t;
    create_topics_req_creatable_topic_init(&t);
    t.name = kstr_c(name);
    t.num_partitions = parts;
    t.replication_factor = rf;
    t.assignments_count = 0;
    t.configs_count = 0;
    return t;
}

static void raw_create(int16_t v, struct create_topics_req_creatable_topic *topics, int32_t n,
                       bool validate_only, struct raw *r, struct create_topics_resp *resp)
{
    struct create_topics_req req;
    create_topics_req_init(&req);
    req.topics = topics;
    req.topics_count = n;
    req.timeout_ms = 10000;
    req.validate_only = validate_only;
    raw_call(r, 19, v, &req, resp);
}

/* Metadata v4 for one topic without auto-creation: its error code. */
static int16_t raw_topic_error(const char *name)
{
    struct metadata_req_metadata_request_topic t;
    metadata_req_metadata_request_topic_init(&t);
    t.name = kstr_c(name);
    struct metadata_req req;
    metadata_req_init(&req);
    req.topics = &t;
    req.topics_count = 1;
    req.allow_auto_topic_creation = false;
    struct raw r;
    struct metadata_resp resp;
    raw_call(&r, 3, 4, &req, &resp);
    cr_assert_eq(resp.topics_count, 1);
    int16_t e = resp.topics[0].error_code;
    raw_done(&r);
    return e;
}

/* Produce v7 acks=all of one small batch: the partition's error code. */
static int16_t raw_produce(const char *topic, int32_t partition)
{
    struct rb_build bld;
    rb_build_init(&bld);
    struct rb_rec_in rec = {.timestamp_ms = 1700000000000, .key = KBYTES_NULL,
                            .value = {(const uint8_t *)"v", 1}};
    struct kwriter w;
    kw_init(&w);
    cr_assert_eq(rb_build_batch(&bld, &rec, 1, &w), 0);
    struct produce_req_partition_produce_data pd;
    produce_req_partition_produce_data_init(&pd);
    pd.index = partition;
    pd.records = (struct krecords){w.buf, (int32_t)w.len, NULL, 0};
    struct produce_req_topic_produce_data td;
    produce_req_topic_produce_data_init(&td);
    td.name = kstr_c(topic);
    td.partition_data = &pd;
    td.partition_data_count = 1;
    struct produce_req req;
    produce_req_init(&req);
    req.acks = -1;
    req.timeout_ms = 10000;
    req.topic_data = &td;
    req.topic_data_count = 1;
    struct raw r;
    struct produce_resp resp;
    raw_call(&r, 0, 7, &req, &resp);
    kw_destroy(&w);
    cr_assert_eq(resp.responses_count, 1);
    cr_assert_eq(resp.responses[0].partition_responses_count, 1);
    int16_t e = resp.responses[0].partition_responses[0].error_code;
    raw_done(&r);
    return e;
}

static struct describe_configs_resp_describe_configs_resource_result *
find_config(struct describe_configs_resp_describe_configs_result *res, const char *name)
{
    for (int32_t i = 0; i < res->configs_count; i++)
        if (kstr_eq_c(res->configs[i].name, name))
            return &res->configs[i];
    return NULL;
}

static void raw_describe(int16_t v, int8_t type, const char *name, bool synonyms, bool docs,
                         struct raw *r, struct describe_configs_resp *resp)
{
    struct describe_configs_req_describe_configs_resource res;
    describe_configs_req_describe_configs_resource_init(&res);
    res.resource_type = type;
    res.resource_name = kstr_c(name);
    res.configuration_keys = NULL;
    res.configuration_keys_count = -1;
    struct describe_configs_req req;
    describe_configs_req_init(&req);
    req.resources = &res;
    req.resources_count = 1;
    req.include_synonyms = synonyms;
    req.include_documentation = docs;
    raw_call(r, 32, v, &req, resp);
    cr_assert_eq(resp->results_count, 1);
}

/* The override of one topic config as DescribeConfigs v1 reports it:
 * its value (copied into buf) and source. */
static int8_t raw_config(const char *topic, const char *key, char *buf, size_t len)
{
    struct raw r;
    struct describe_configs_resp resp;
    raw_describe(1, RES_TOPIC, topic, false, false, &r, &resp);
    cr_assert_eq(resp.results[0].error_code, 0);
    struct describe_configs_resp_describe_configs_resource_result *c =
        find_config(&resp.results[0], key);
    cr_assert_not_null(c, "%s not described", key);
    snprintf(buf, len, "%.*s", c->value.len < 0 ? 0 : (int)c->value.len, c->value.ptr);
    int8_t src = c->config_source;
    raw_done(&r);
    return src;
}

static void create_or_die(const char *name, int32_t parts)
{
    struct create_topics_req_creatable_topic t = ct_topic(name, parts, 1);
    struct raw r;
    struct create_topics_resp resp;
    raw_create(4, &t, 1, false, &r, &resp);
    cr_assert_eq(resp.topics_count, 1);
    cr_assert_eq(resp.topics[0].error_code, 0, "create %s: %d", name, resp.topics[0].error_code);
    raw_done(&r);
}

/* True when the (not NUL-terminated) view contains needle. */
static bool kstr_has(struct kstr s, const char *needle)
{
    return s.len > 0 && memmem(s.ptr, (size_t)s.len, needle, strlen(needle)) != NULL;
}

/* ================================================================ tests */

TestSuite(admin, .init = start, .fini = stop, .timeout = 120);

Test(admin, create_with_configs_then_describe_shows_dynamic_topic_config)
{
    rd_kafka_t *rk = lk_new(RD_KAFKA_PRODUCER, NULL);
    static const char *const cfg[] = {"retention.ms", "123456", "cleanup.policy", "compact", NULL};
    cr_assert_eq(lk_create(rk, "cfg-topic", 2, 1, cfg, false, NULL, 0), 0);
    rd_kafka_event_t *ev;
    const rd_kafka_ConfigResource_t *res =
        lk_describe(rk, RD_KAFKA_RESOURCE_TOPIC, "cfg-topic", &ev);
    cr_assert_eq(rd_kafka_ConfigResource_error(res), 0);
    const rd_kafka_ConfigEntry_t *e = lk_entry(res, "retention.ms");
    cr_assert_str_eq(rd_kafka_ConfigEntry_value(e), "123456");
    cr_assert_eq(rd_kafka_ConfigEntry_source(e), RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG);
    cr_assert_not(rd_kafka_ConfigEntry_is_read_only(e));
    e = lk_entry(res, "cleanup.policy");
    cr_assert_str_eq(rd_kafka_ConfigEntry_value(e), "compact");
    cr_assert_eq(rd_kafka_ConfigEntry_source(e), RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG);
    e = lk_entry(res, "segment.bytes");
    cr_assert_str_eq(rd_kafka_ConfigEntry_value(e), "1073741824");
    cr_assert_eq(rd_kafka_ConfigEntry_source(e), RD_KAFKA_CONFIG_SOURCE_DEFAULT_CONFIG);
    rd_kafka_event_destroy(ev);
    cr_assert_eq(lk_partitions(rk, "cfg-topic"), 2);
    rd_kafka_destroy(rk);
}

Test(admin, validate_only_creates_nothing)
{
    rd_kafka_t *rk = lk_new(RD_KAFKA_PRODUCER, NULL);
    cr_assert_eq(lk_create(rk, "dry-run", 3, 1, NULL, true, NULL, 0), 0);
    cr_assert_eq(lk_partitions(rk, "dry-run"), -1);
    cr_assert_eq(raw_topic_error("dry-run"), KERR_UNKNOWN_TOPIC_OR_PARTITION);
    /* A bad config is still reported in validate-only mode. */
    static const char *const bad[] = {"no.such.config", "1", NULL};
    char msg[256];
    cr_assert_eq(lk_create(rk, "dry-run", 3, 1, bad, true, msg, sizeof msg),
                 RD_KAFKA_RESP_ERR_INVALID_CONFIG);
    cr_assert(strstr(msg, "no.such.config"), "%s", msg);
    rd_kafka_destroy(rk);
}

Test(admin, replication_factor_3_is_refused_with_a_clear_message)
{
    rd_kafka_t *rk = lk_new(RD_KAFKA_PRODUCER, NULL);
    char msg[256];
    cr_assert_eq(lk_create(rk, "rf3", 1, 3, NULL, false, msg, sizeof msg),
                 RD_KAFKA_RESP_ERR_INVALID_REPLICATION_FACTOR);
    cr_assert(strstr(msg, "replication factor must be 1"), "%s", msg);
    cr_assert_eq(lk_partitions(rk, "rf3"), -1);
    rd_kafka_destroy(rk);
}

Test(admin, creating_an_existing_topic_is_topic_already_exists)
{
    rd_kafka_t *rk = lk_new(RD_KAFKA_PRODUCER, NULL);
    cr_assert_eq(lk_create(rk, "twice", 1, 1, NULL, false, NULL, 0), 0);
    char msg[256];
    cr_assert_eq(lk_create(rk, "twice", 1, 1, NULL, false, msg, sizeof msg),
                 RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS);
    cr_assert(strstr(msg, "already exists"), "%s", msg);
    /* The group coordinator's topic exists from start-up. */
    cr_assert_eq(lk_create(rk, "__consumer_offsets", 1, 1, NULL, false, NULL, 0),
                 RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS);
    rd_kafka_destroy(rk);
}

Test(admin, produce_right_after_create_is_acknowledged)
{
    static const char *const conf[] = {"acks", "all", "message.timeout.ms", "10000", NULL};
    rd_kafka_t *rk = lk_new(RD_KAFKA_PRODUCER, conf);
    cr_assert_eq(lk_create(rk, "fresh", 3, 1, NULL, false, NULL, 0), 0);
    dr_ok = dr_errors = 0;
    lk_produce(rk, "fresh", 2, 5);
    cr_assert_eq(dr_errors, 0);
    cr_assert_eq(dr_ok, 5);
    rd_kafka_destroy(rk);
}

/* Commit one offset (generation -1, as assign() users do). */
static void commit_one(rd_kafka_t *c, const char *topic, int32_t p, int64_t off)
{
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(l, topic, p)->offset = off;
    cr_assert_eq(rd_kafka_commit(c, l, 0), 0);
    rd_kafka_topic_partition_list_destroy(l);
}

Test(admin, delete_topic_then_metadata_and_produce_see_it_gone)
{
    rd_kafka_t *rk = lk_new(RD_KAFKA_PRODUCER, NULL);
    cr_assert_eq(lk_create(rk, "doomed", 2, 1, NULL, false, NULL, 0), 0);
    cr_assert_eq(raw_produce("doomed", 1), 0);
    /* A group's committed offset goes with the topic (Kafka removes them
     * too), so a topic made again under the name starts clean. */
    static const char *const GROUP[] = {"group.id", "doomed-readers", NULL};
    rd_kafka_t *cons = lk_new(RD_KAFKA_CONSUMER, GROUP);
    commit_one(cons, "doomed", 0, 1);
    cr_assert_eq(rk_committed(cons, "doomed", 0), 1);
    rd_kafka_DeleteTopic_t *dt = rd_kafka_DeleteTopic_new("doomed");
    rd_kafka_queue_t *q = rd_kafka_queue_new(rk);
    rd_kafka_DeleteTopics(rk, &dt, 1, NULL, q);
    rd_kafka_event_t *ev = lk_wait(q, RD_KAFKA_EVENT_DELETETOPICS_RESULT);
    size_t n;
    const rd_kafka_topic_result_t **res =
        rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(ev), &n);
    cr_assert_eq(n, 1);
    cr_assert_eq(rd_kafka_topic_result_error(res[0]), 0);
    rd_kafka_event_destroy(ev);
    rd_kafka_queue_destroy(q);
    rd_kafka_DeleteTopic_destroy(dt);
    cr_assert_eq(lk_partitions(rk, "doomed"), -1);
    cr_assert_eq(raw_topic_error("doomed"), KERR_UNKNOWN_TOPIC_OR_PARTITION);
    cr_assert_eq(raw_produce("doomed", 1), KERR_UNKNOWN_TOPIC_OR_PARTITION);
    /* The name can be used again, with fresh (empty) logs. */
    create_or_die("doomed", 1);
    int64_t lo, hi;
    cr_assert_eq(rd_kafka_query_watermark_offsets(rk, "doomed", 0, &lo, &hi, 10000), 0);
    cr_assert_eq(hi, 0);
    cr_assert_eq(rk_committed(cons, "doomed", 0), RD_KAFKA_OFFSET_INVALID);
    rd_kafka_destroy(cons);
    rd_kafka_destroy(rk);
}

Test(admin, create_partitions_grows_a_topic_from_1_to_4)
{
    rd_kafka_t *rk = lk_new(RD_KAFKA_PRODUCER, NULL);
    cr_assert_eq(lk_create(rk, "growing", 1, 1, NULL, false, NULL, 0), 0);
    char err[256];
    rd_kafka_NewPartitions_t *np = rd_kafka_NewPartitions_new("growing", 4, err, sizeof err);
    rd_kafka_queue_t *q = rd_kafka_queue_new(rk);
    rd_kafka_CreatePartitions(rk, &np, 1, NULL, q);
    rd_kafka_event_t *ev = lk_wait(q, RD_KAFKA_EVENT_CREATEPARTITIONS_RESULT);
    size_t n;
    const rd_kafka_topic_result_t **res =
        rd_kafka_CreatePartitions_result_topics(rd_kafka_event_CreatePartitions_result(ev), &n);
    cr_assert_eq(n, 1);
    cr_assert_eq(rd_kafka_topic_result_error(res[0]), 0, "%s",
                 rd_kafka_topic_result_error_string(res[0]));
    rd_kafka_event_destroy(ev);
    rd_kafka_NewPartitions_destroy(np);
    cr_assert_eq(lk_partitions(rk, "growing"), 4);
    /* Asking for 4 again is not an increase. */
    np = rd_kafka_NewPartitions_new("growing", 4, err, sizeof err);
    rd_kafka_CreatePartitions(rk, &np, 1, NULL, q);
    ev = lk_wait(q, RD_KAFKA_EVENT_CREATEPARTITIONS_RESULT);
    res = rd_kafka_CreatePartitions_result_topics(rd_kafka_event_CreatePartitions_result(ev), &n);
    cr_assert_eq(rd_kafka_topic_result_error(res[0]), RD_KAFKA_RESP_ERR_INVALID_PARTITIONS);
    cr_assert(strstr(rd_kafka_topic_result_error_string(res[0]), "already has 4"));
    rd_kafka_event_destroy(ev);
    rd_kafka_NewPartitions_destroy(np);
    rd_kafka_queue_destroy(q);
    cr_assert_eq(raw_produce("growing", 3), 0);
    rd_kafka_destroy(rk);
}

Test(admin, alter_configs_replaces_every_override)
{
    rd_kafka_t *rk = lk_new(RD_KAFKA_PRODUCER, NULL);
    static const char *const cfg[] = {"retention.ms", "1000", "segment.bytes", "1048576", NULL};
    cr_assert_eq(lk_create(rk, "altered", 1, 1, cfg, false, NULL, 0), 0);
    rd_kafka_ConfigResource_t *cr = rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, "altered");
    cr_assert_eq(rd_kafka_ConfigResource_set_config(cr, "cleanup.policy", "compact"), 0);
    cr_assert_eq(rd_kafka_ConfigResource_set_config(cr, "retention.ms", "2000"), 0);
    rd_kafka_queue_t *q = rd_kafka_queue_new(rk);
    rd_kafka_AlterConfigs(rk, &cr, 1, NULL, q);
    rd_kafka_event_t *ev = lk_wait(q, RD_KAFKA_EVENT_ALTERCONFIGS_RESULT);
    size_t n;
    const rd_kafka_ConfigResource_t **res =
        rd_kafka_AlterConfigs_result_resources(rd_kafka_event_AlterConfigs_result(ev), &n);
    cr_assert_eq(n, 1);
    cr_assert_eq(rd_kafka_ConfigResource_error(res[0]), 0, "%s",
                 rd_kafka_ConfigResource_error_string(res[0]));
    rd_kafka_event_destroy(ev);
    rd_kafka_queue_destroy(q);
    rd_kafka_ConfigResource_destroy(cr);

    char v[64];
    cr_assert_eq(raw_config("altered", "cleanup.policy", v, sizeof v), 1);
    cr_assert_str_eq(v, "compact");
    cr_assert_eq(raw_config("altered", "retention.ms", v, sizeof v), 1);
    cr_assert_str_eq(v, "2000");
    /* Not named: the override is gone, the default is back. */
    cr_assert_eq(raw_config("altered", "segment.bytes", v, sizeof v), 5);
    cr_assert_str_eq(v, "1073741824");
    rd_kafka_destroy(rk);
}

Test(admin, delete_records_moves_the_low_watermark_and_consumers_start_there)
{
    static const char *const conf[] = {"acks", "all", NULL};
    rd_kafka_t *rk = lk_new(RD_KAFKA_PRODUCER, conf);
    cr_assert_eq(lk_create(rk, "trimmed", 1, 1, NULL, false, NULL, 0), 0);
    lk_produce(rk, "trimmed", 0, 10);

    rd_kafka_topic_partition_list_t *before = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(before, "trimmed", 0)->offset = 4;
    rd_kafka_DeleteRecords_t *dr = rd_kafka_DeleteRecords_new(before);
    rd_kafka_queue_t *q = rd_kafka_queue_new(rk);
    rd_kafka_DeleteRecords(rk, &dr, 1, NULL, q);
    rd_kafka_event_t *ev = lk_wait(q, RD_KAFKA_EVENT_DELETERECORDS_RESULT);
    const rd_kafka_topic_partition_list_t *offs =
        rd_kafka_DeleteRecords_result_offsets(rd_kafka_event_DeleteRecords_result(ev));
    cr_assert_eq(offs->cnt, 1);
    cr_assert_eq(offs->elems[0].err, 0);
    cr_assert_eq(offs->elems[0].offset, 4);
    rd_kafka_event_destroy(ev);
    rd_kafka_DeleteRecords_destroy(dr);
    rd_kafka_topic_partition_list_destroy(before);
    rd_kafka_queue_destroy(q);

    int64_t lo, hi;
    cr_assert_eq(rd_kafka_query_watermark_offsets(rk, "trimmed", 0, &lo, &hi, 10000), 0);
    cr_assert_eq(lo, 4);
    cr_assert_eq(hi, 10);
    rd_kafka_destroy(rk);

    static const char *const cconf[] = {"group.id", "admin-trim", "enable.auto.commit", "false",
                                        NULL};
    rd_kafka_t *c = lk_new(RD_KAFKA_CONSUMER, cconf);
    rd_kafka_topic_partition_list_t *as = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(as, "trimmed", 0)->offset = RD_KAFKA_OFFSET_BEGINNING;
    cr_assert_eq(rd_kafka_assign(c, as), 0);
    rd_kafka_topic_partition_list_destroy(as);
    int64_t first = -1;
    for (int i = 0; i < 100 && first < 0; i++) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(c, 100);
        if (m && !m->err)
            first = m->offset;
        if (m)
            rd_kafka_message_destroy(m);
    }
    cr_assert_eq(first, 4);
    rd_kafka_consumer_close(c);
    rd_kafka_destroy(c);
}

/* ------------------------------------------------------------ raw: create */

Test(admin, create_topics_every_version)
{
    for (int16_t v = 0; v <= 7; v++) {
        char name[32];
        snprintf(name, sizeof name, "ct-v%d", v);
        struct create_topics_req_creatable_topic t = ct_topic(name, 2, 1);
        struct create_topics_req_creatable_topic_config c = {KSTR_LIT("retention.ms"),
                                                             KSTR_LIT("60000")};
        t.configs = &c;
        t.configs_count = 1;
        struct raw r;
        struct create_topics_resp resp;
        raw_create(v, &t, 1, false, &r, &resp);
        cr_assert_eq(resp.topics_count, 1);
        struct create_topics_resp_creatable_topic_result *out = &resp.topics[0];
        cr_assert(kstr_eq_c(out->name, name));
        cr_assert_eq(out->error_code, 0, "v%d: %d", v, out->error_code);
        if (v >= 1)
            cr_assert_eq(out->error_message.len, -1, "v%d: null message on success", v);
        if (v >= 5) {
            cr_assert_eq(out->num_partitions, 2);
            cr_assert_eq(out->replication_factor, 1);
            cr_assert_gt(out->configs_count, 10);
            bool seen = false;
            for (int32_t i = 0; i < out->configs_count; i++) {
                if (!kstr_eq_c(out->configs[i].name, "retention.ms"))
                    continue;
                seen = true;
                cr_assert(kstr_eq_c(out->configs[i].value, "60000"));
                cr_assert_eq(out->configs[i].config_source, 1);
            }
            cr_assert(seen);
        }
        if (v >= 7)
            cr_assert_not(kuuid_is_zero(&out->topic_id));
        raw_done(&r);
        cr_assert_eq(raw_topic_error(name), 0);
    }
}

Test(admin, create_topics_rules)
{
    struct create_topics_req_creatable_topic ts[10];
    ts[0] = ct_topic("dup", 1, 1);
    ts[1] = ct_topic("bad name!", 1, 1);
    ts[2] = ct_topic("dup", 1, 1);
    ts[3] = ct_topic("zero-parts", 0, 1);
    ts[4] = ct_topic("bad-config", 1, 1);
    struct create_topics_req_creatable_topic_config bc = {KSTR_LIT("retention.ms"),
                                                          KSTR_LIT("soon")};
    ts[4].configs = &bc;
    ts[4].configs_count = 1;
    /* Manual assignments: [1] for partitions 0 and 1 is fine. */
    int32_t self = 1, other = 2, twice[2] = {1, 1};
    struct create_topics_req_creatable_replica_assignment ok[2] = {{1, &self, 1}, {0, &self, 1}};
    ts[5] = ct_topic("manual", -1, -1);
    ts[5].assignments = ok;
    ts[5].assignments_count = 2;
    struct create_topics_req_creatable_replica_assignment elsewhere = {0, &other, 1};
    ts[6] = ct_topic("elsewhere", -1, -1);
    ts[6].assignments = &elsewhere;
    ts[6].assignments_count = 1;
    struct create_topics_req_creatable_replica_assignment doubled = {0, twice, 2};
    ts[7] = ct_topic("doubled", -1, -1);
    ts[7].assignments = &doubled;
    ts[7].assignments_count = 1;
    struct create_topics_req_creatable_replica_assignment gap = {1, &self, 1};
    ts[8] = ct_topic("gap", -1, -1);
    ts[8].assignments = &gap;
    ts[8].assignments_count = 1;
    ts[9] = ct_topic("defaults", -1, -1);
    struct raw r;
    struct create_topics_resp resp;
    raw_create(5, ts, 10, false, &r, &resp);
    /* One entry per distinct name; the duplicated name comes last. */
    cr_assert_eq(resp.topics_count, 9);
    static const struct {
        const char *name;
        int16_t err;
    } want[] = {
        {"bad name!", KERR_INVALID_TOPIC_EXCEPTION},
        {"zero-parts", KERR_INVALID_PARTITIONS},
        {"bad-config", KERR_INVALID_CONFIG},
        {"manual", 0},
        {"elsewhere", KERR_INVALID_REPLICA_ASSIGNMENT},
        {"doubled", KERR_INVALID_REPLICA_ASSIGNMENT},
        {"gap", KERR_INVALID_REPLICA_ASSIGNMENT},
        {"defaults", 0},
        {"dup", KERR_INVALID_REQUEST},
    };
    for (int i = 0; i < 9; i++) {
        cr_assert(kstr_eq_c(resp.topics[i].name, want[i].name), "entry %d", i);
        cr_assert_eq(resp.topics[i].error_code, want[i].err, "%s: %d", want[i].name,
                     resp.topics[i].error_code);
        if (want[i].err)
            cr_assert_gt(resp.topics[i].error_message.len, 0, "%s has a message", want[i].name);
    }
    cr_assert(kstr_has(resp.topics[2].error_message, "retention.ms"));
    cr_assert_eq(resp.topics[3].num_partitions, 2);
    cr_assert_eq(resp.topics[7].num_partitions, 1); /* num.partitions */
    raw_done(&r);
    cr_assert_eq(raw_topic_error("dup"), KERR_UNKNOWN_TOPIC_OR_PARTITION);
    cr_assert_eq(raw_topic_error("manual"), 0);

    /* validate_only (v1+) answers as if, creates nothing. */
    struct create_topics_req_creatable_topic vo = ct_topic("dry", 3, 1);
    raw_create(1, &vo, 1, true, &r, &resp);
    cr_assert_eq(resp.topics[0].error_code, 0);
    raw_done(&r);
    cr_assert_eq(raw_topic_error("dry"), KERR_UNKNOWN_TOPIC_OR_PARTITION);
}

/* ------------------------------------------------------------ raw: delete */

static void raw_delete_names(int16_t v, const char *name, struct raw *r,
                             struct delete_topics_resp *resp)
{
    struct kstr n = kstr_c(name);
    struct delete_topics_req req;
    delete_topics_req_init(&req);
    req.topic_names = &n;
    req.topic_names_count = 1;
    req.topics_count = 0;
    req.timeout_ms = 10000;
    raw_call(r, 20, v, &req, resp);
}

Test(admin, delete_topics_every_version)
{
    for (int16_t v = 0; v <= 5; v++) {
        char name[32];
        snprintf(name, sizeof name, "dt-v%d", v);
        create_or_die(name, 1);
        struct raw r;
        struct delete_topics_resp resp;
        raw_delete_names(v, name, &r, &resp);
        cr_assert_eq(resp.responses_count, 1);
        cr_assert(kstr_eq_c(resp.responses[0].name, name));
        cr_assert_eq(resp.responses[0].error_code, 0, "v%d", v);
        raw_done(&r);
        cr_assert_eq(raw_topic_error(name), KERR_UNKNOWN_TOPIC_OR_PARTITION);
        raw_delete_names(v, name, &r, &resp);
        cr_assert_eq(resp.responses[0].error_code, KERR_UNKNOWN_TOPIC_OR_PARTITION);
        if (v >= 5)
            cr_assert_gt(resp.responses[0].error_message.len, 0);
        raw_done(&r);
    }
}

Test(admin, delete_topics_v6_by_id_and_the_rules)
{
    /* The id comes from CreateTopics v7. */
    struct create_topics_req_creatable_topic t = ct_topic("by-id", 1, 1);
    struct raw r;
    struct create_topics_resp cresp;
    raw_create(7, &t, 1, false, &r, &cresp);
    cr_assert_eq(cresp.topics[0].error_code, 0);
    struct kuuid id = cresp.topics[0].topic_id;
    raw_done(&r);

    struct kuuid unknown = {{9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9}};
    struct delete_topics_req_delete_topic_state st[5] = {
        {KSTR_NULL, id},
        {KSTR_NULL, unknown},
        {KSTR_LIT("__consumer_offsets"), {{0}}},
        {KSTR_LIT("both"), id},
        {KSTR_NULL, {{0}}},
    };
    struct delete_topics_req req;
    delete_topics_req_init(&req);
    req.topics = st;
    req.topics_count = 5;
    req.topic_names_count = 0;
    req.timeout_ms = 10000;
    struct delete_topics_resp resp;
    raw_call(&r, 20, 6, &req, &resp);
    cr_assert_eq(resp.responses_count, 5);
    cr_assert_eq(resp.responses[0].error_code, 0);
    cr_assert(kstr_eq_c(resp.responses[0].name, "by-id"));
    cr_assert_eq(memcmp(resp.responses[0].topic_id.b, id.b, 16), 0);
    cr_assert_eq(resp.responses[1].error_code, KERR_UNKNOWN_TOPIC_ID);
    cr_assert_eq(resp.responses[1].name.len, -1);
    cr_assert_eq(resp.responses[2].error_code, KERR_INVALID_TOPIC_EXCEPTION);
    cr_assert_eq(resp.responses[3].error_code, KERR_INVALID_REQUEST);
    cr_assert_eq(resp.responses[4].error_code, KERR_INVALID_REQUEST);
    raw_done(&r);
    cr_assert_eq(raw_topic_error("by-id"), KERR_UNKNOWN_TOPIC_OR_PARTITION);
    cr_assert_eq(raw_topic_error("__consumer_offsets"), 0);
}

/* -------------------------------------------------------- raw: partitions */

Test(admin, create_partitions_every_version_and_the_rules)
{
    for (int16_t v = 0; v <= 3; v++) {
        char name[32];
        snprintf(name, sizeof name, "cp-v%d", v);
        create_or_die(name, 1);
        int32_t self = 1, other = 2;
        struct create_partitions_req_create_partitions_assignment as[2] = {{&self, 1},
                                                                          {&other, 1}};
        struct create_partitions_req_create_partitions_topic ts[4];
        for (int i = 0; i < 4; i++)
            create_partitions_req_create_partitions_topic_init(&ts[i]);
        ts[0].name = kstr_c(name); /* to 2, validate only: nothing changes */
        ts[0].count = 2;
        ts[0].assignments = &as[0];
        ts[0].assignments_count = 1;
        ts[1].name = KSTR_LIT("no-such-topic");
        ts[1].count = 2;
        ts[1].assignments_count = -1;
        ts[2].name = KSTR_LIT("__consumer_offsets");
        ts[2].count = 1; /* fewer than it has */
        ts[2].assignments_count = -1;
        ts[3].name = kstr_c(name);
        ts[3].count = 3;
        ts[3].assignments_count = -1;
        struct create_partitions_req req;
        create_partitions_req_init(&req);
        req.topics = ts;
        req.topics_count = 3;
        req.timeout_ms = 10000;
        req.validate_only = true;
        struct raw r;
        struct create_partitions_resp resp;
        raw_call(&r, 37, v, &req, &resp);
        cr_assert_eq(resp.results_count, 3);
        cr_assert_eq(resp.results[0].error_code, 0, "v%d", v);
        cr_assert_eq(resp.results[0].error_message.len, -1);
        cr_assert_eq(resp.results[1].error_code, KERR_UNKNOWN_TOPIC_OR_PARTITION);
        cr_assert_eq(resp.results[2].error_code, KERR_INVALID_PARTITIONS);
        cr_assert(kstr_has(resp.results[2].error_message, "would not be an increase"));
        raw_done(&r);

        /* A replica list naming another broker, and a duplicated topic. */
        ts[0].assignments = &as[1];
        req.topics = ts;
        req.validate_only = false;
        raw_call(&r, 37, v, &req, &resp);
        cr_assert_eq(resp.results[0].error_code, KERR_INVALID_REPLICA_ASSIGNMENT);
        raw_done(&r);
        ts[2] = ts[3];
        raw_call(&r, 37, v, &req, &resp);
        cr_assert_eq(resp.results_count, 2);
        cr_assert_eq(resp.results[0].error_code, KERR_INVALID_REQUEST);
        raw_done(&r);

        /* For real: 1 -> 3. */
        req.topics = &ts[3];
        req.topics_count = 1;
        raw_call(&r, 37, v, &req, &resp);
        cr_assert_eq(resp.results[0].error_code, 0);
        raw_done(&r);
        cr_assert_eq(raw_produce(name, 2), 0);
    }
}

/* ---------------------------------------------------------- raw: configs */

Test(admin, describe_configs_every_version)
{
    create_or_die("described", 1);
    for (int16_t v = 0; v <= 4; v++) {
        struct raw r;
        struct describe_configs_resp resp;
        raw_describe(v, RES_TOPIC, "described", true, true, &r, &resp);
        struct describe_configs_resp_describe_configs_result *res = &resp.results[0];
        cr_assert_eq(res->error_code, 0, "v%d", v);
        cr_assert_eq(res->error_message.len, -1);
        cr_assert(kstr_eq_c(res->resource_name, "described"));
        struct describe_configs_resp_describe_configs_resource_result *c =
            find_config(res, "retention.ms");
        cr_assert_not_null(c);
        cr_assert(kstr_eq_c(c->value, "604800000"), "v%d: %.*s", v, (int)c->value.len,
                  c->value.ptr);
        if (v == 0)
            cr_assert(c->is_default);
        else
            cr_assert_eq(c->config_source, 5);
        if (v >= 1) {
            /* The default: Kafka reports log.retention.hours. */
            cr_assert_eq(c->synonyms_count, 1);
            cr_assert(kstr_eq_c(c->synonyms[0].name, "log.retention.hours"));
            cr_assert(kstr_eq_c(c->synonyms[0].value, "168"));
            cr_assert_eq(c->synonyms[0].source, 5);
        }
        if (v >= 3) {
            cr_assert_eq(c->config_type, 5); /* LONG */
            cr_assert_gt(c->documentation.len, 0);
            c = find_config(res, "cleanup.policy");
            cr_assert_eq(c->config_type, 7); /* LIST */
        }
        raw_done(&r);
    }
}

Test(admin, describe_configs_resources_and_filters)
{
    struct raw r;
    struct describe_configs_resp resp;
    raw_describe(1, RES_TOPIC, "no-such-topic", false, false, &r, &resp);
    cr_assert_eq(resp.results[0].error_code, KERR_UNKNOWN_TOPIC_OR_PARTITION);
    raw_done(&r);
    raw_describe(1, RES_TOPIC, "bad name!", false, false, &r, &resp);
    cr_assert_eq(resp.results[0].error_code, KERR_INVALID_TOPIC_EXCEPTION);
    raw_done(&r);
    raw_describe(1, RES_BROKER, "2", false, false, &r, &resp);
    cr_assert_eq(resp.results[0].error_code, KERR_INVALID_REQUEST);
    raw_done(&r);
    raw_describe(1, RES_BROKER, "", false, false, &r, &resp);
    cr_assert_eq(resp.results[0].error_code, 0);
    cr_assert_eq(resp.results[0].configs_count, 0);
    raw_done(&r);
    raw_describe(3, RES_BROKER, "1", false, false, &r, &resp);
    cr_assert_eq(resp.results[0].error_code, 0);
    struct describe_configs_resp_describe_configs_resource_result *c =
        find_config(&resp.results[0], "node.id");
    cr_assert_not_null(c);
    cr_assert(kstr_eq_c(c->value, "1"));
    cr_assert(c->read_only);
    cr_assert_eq(c->config_type, 3); /* INT */
    c = find_config(&resp.results[0], "log.dirs");
    cr_assert_eq(c->config_source, 4); /* set by the harness with --set */
    c = find_config(&resp.results[0], "log.retention.hours");
    cr_assert_eq(c->config_source, 5);
    cr_assert_eq(c->documentation.len, -1); /* not asked for */
    raw_done(&r);

    /* A filter, and an unknown resource type failing the whole request. */
    struct kstr keys[2] = {KSTR_LIT("segment.bytes"), KSTR_LIT("no.such.key")};
    struct describe_configs_req_describe_configs_resource res[2];
    describe_configs_req_describe_configs_resource_init(&res[0]);
    res[0].resource_type = RES_TOPIC;
    res[0].resource_name = KSTR_LIT("__consumer_offsets");
    res[0].configuration_keys = keys;
    res[0].configuration_keys_count = 2;
    res[1] = res[0];
    res[1].resource_type = 99;
    struct describe_configs_req req;
    describe_configs_req_init(&req);
    req.resources = res;
    req.resources_count = 1;
    raw_call(&r, 32, 2, &req, &resp);
    cr_assert_eq(resp.results[0].error_code, 0);
    cr_assert_eq(resp.results[0].configs_count, 1);
    cr_assert(kstr_eq_c(resp.results[0].configs[0].value, "104857600"));
    cr_assert_eq(resp.results[0].configs[0].config_source, 1);
    raw_done(&r);
    req.resources_count = 2;
    raw_call(&r, 32, 2, &req, &resp);
    cr_assert_eq(resp.results_count, 2);
    cr_assert_eq(resp.results[0].error_code, KERR_INVALID_REQUEST);
    cr_assert_eq(resp.results[1].error_code, KERR_INVALID_REQUEST);
    raw_done(&r);
}

static void raw_alter(int16_t v, int8_t type, const char *name,
                      struct alter_configs_req_alterable_config *cfg, int32_t n, bool validate_only,
                      struct raw *r, struct alter_configs_resp *resp)
{
    struct alter_configs_req_alter_configs_resource res;
    alter_configs_req_alter_configs_resource_init(&res);
    res.resource_type = type;
    res.resource_name = kstr_c(name);
    res.configs = cfg;
    res.configs_count = n;
    struct alter_configs_req req;
    alter_configs_req_init(&req);
    req.resources = &res;
    req.resources_count = 1;
    req.validate_only = validate_only;
    raw_call(r, 33, v, &req, resp);
    cr_assert_eq(resp->responses_count, 1);
}

Test(admin, alter_configs_every_version_and_the_rules)
{
    create_or_die("legacy", 1);
    char val[64];
    for (int16_t v = 0; v <= 2; v++) {
        char want[16];
        snprintf(want, sizeof want, "%d", 100000 + v);
        struct alter_configs_req_alterable_config c = {KSTR_LIT("retention.ms"), kstr_c(want)};
        struct raw r;
        struct alter_configs_resp resp;
        raw_alter(v, RES_TOPIC, "legacy", &c, 1, false, &r, &resp);
        cr_assert_eq(resp.responses[0].error_code, 0, "v%d", v);
        cr_assert_eq(resp.responses[0].error_message.len, -1);
        cr_assert_eq(resp.responses[0].resource_type, RES_TOPIC);
        raw_done(&r);
        cr_assert_eq(raw_config("legacy", "retention.ms", val, sizeof val), 1);
        cr_assert_str_eq(val, want);
    }
    /* validate_only changes nothing; errors name the key. */
    struct alter_configs_req_alterable_config c = {KSTR_LIT("retention.ms"), KSTR_LIT("5")};
    struct raw r;
    struct alter_configs_resp resp;
    raw_alter(1, RES_TOPIC, "legacy", &c, 1, true, &r, &resp);
    cr_assert_eq(resp.responses[0].error_code, 0);
    raw_done(&r);
    cr_assert_eq(raw_config("legacy", "retention.ms", val, sizeof val), 1);
    cr_assert_str_eq(val, "100002");
    c.value = KSTR_LIT("-7");
    raw_alter(1, RES_TOPIC, "legacy", &c, 1, false, &r, &resp);
    cr_assert_eq(resp.responses[0].error_code, KERR_INVALID_CONFIG);
    cr_assert(kstr_has(resp.responses[0].error_message, "retention.ms"));
    raw_done(&r);
    c.name = KSTR_LIT("no.such.config");
    c.value = KSTR_LIT("1");
    raw_alter(1, RES_TOPIC, "legacy", &c, 1, false, &r, &resp);
    cr_assert_eq(resp.responses[0].error_code, KERR_INVALID_CONFIG);
    cr_assert(kstr_has(resp.responses[0].error_message, "no.such.config"));
    raw_done(&r);
    c.name = KSTR_LIT("retention.ms");
    raw_alter(1, RES_TOPIC, "no-such-topic", &c, 1, false, &r, &resp);
    cr_assert_eq(resp.responses[0].error_code, KERR_UNKNOWN_TOPIC_OR_PARTITION);
    raw_done(&r);
    /* Broker configs are not dynamic (yet). */
    c.name = KSTR_LIT("log.retention.hours");
    raw_alter(1, RES_BROKER, "1", &c, 1, false, &r, &resp);
    cr_assert_eq(resp.responses[0].error_code, KERR_INVALID_REQUEST);
    cr_assert(kstr_has(resp.responses[0].error_message, "dynamically"));
    raw_done(&r);
    raw_alter(1, RES_BROKER, "7", &c, 1, false, &r, &resp);
    cr_assert_eq(resp.responses[0].error_code, KERR_INVALID_REQUEST);
    cr_assert(kstr_has(resp.responses[0].error_message, "Unexpected broker id"));
    raw_done(&r);
}

static void raw_incremental(int16_t v, struct incremental_alter_configs_req_alterable_config *cfg,
                            int32_t n, bool validate_only, int16_t want)
{
    struct incremental_alter_configs_req_alter_configs_resource res;
    incremental_alter_configs_req_alter_configs_resource_init(&res);
    res.resource_type = RES_TOPIC;
    res.resource_name = KSTR_LIT("incremental");
    res.configs = cfg;
    res.configs_count = n;
    struct incremental_alter_configs_req req;
    incremental_alter_configs_req_init(&req);
    req.resources = &res;
    req.resources_count = 1;
    req.validate_only = validate_only;
    struct raw r;
    struct incremental_alter_configs_resp resp;
    raw_call(&r, 44, v, &req, &resp);
    cr_assert_eq(resp.responses_count, 1);
    cr_assert_eq(resp.responses[0].error_code, want, "v%d: got %d (%.*s)", v,
                 resp.responses[0].error_code, (int)resp.responses[0].error_message.len,
                 resp.responses[0].error_message.ptr);
    raw_done(&r);
}

Test(admin, incremental_alter_configs_set_delete_append_subtract)
{
    create_or_die("incremental", 1);
    char val[64];
    for (int16_t v = 0; v <= 1; v++) {
        struct incremental_alter_configs_req_alterable_config set[2] = {
            {KSTR_LIT("retention.ms"), 0, KSTR_LIT("5000")},
            {KSTR_LIT("cleanup.policy"), 2, KSTR_LIT("compact")}, /* APPEND to the default */
        };
        raw_incremental(v, set, 2, false, 0);
        cr_assert_eq(raw_config("incremental", "retention.ms", val, sizeof val), 1);
        cr_assert_str_eq(val, "5000");
        cr_assert_eq(raw_config("incremental", "cleanup.policy", val, sizeof val), 1);
        cr_assert_str_eq(val, "delete,compact");

        struct incremental_alter_configs_req_alterable_config undo[2] = {
            {KSTR_LIT("retention.ms"), 1, KSTR_NULL},
            {KSTR_LIT("cleanup.policy"), 3, KSTR_LIT("delete")},
        };
        raw_incremental(v, undo, 2, false, 0);
        cr_assert_eq(raw_config("incremental", "retention.ms", val, sizeof val), 5);
        cr_assert_str_eq(val, "604800000");
        cr_assert_eq(raw_config("incremental", "cleanup.policy", val, sizeof val), 1);
        cr_assert_str_eq(val, "compact");

        /* validate_only, then the rules. */
        struct incremental_alter_configs_req_alterable_config one = {KSTR_LIT("retention.ms"), 0,
                                                                     KSTR_LIT("1")};
        raw_incremental(v, &one, 1, true, 0);
        cr_assert_eq(raw_config("incremental", "retention.ms", val, sizeof val), 5);
        one.config_operation = 2; /* APPEND to a LONG */
        raw_incremental(v, &one, 1, false, KERR_INVALID_CONFIG);
        one.config_operation = 9;
        raw_incremental(v, &one, 1, false, KERR_INVALID_REQUEST);
        one.config_operation = 0;
        one.value = KSTR_NULL;
        raw_incremental(v, &one, 1, false, KERR_INVALID_REQUEST);
        struct incremental_alter_configs_req_alterable_config twice[2] = {
            {KSTR_LIT("retention.ms"), 0, KSTR_LIT("1")},
            {KSTR_LIT("retention.ms"), 1, KSTR_NULL},
        };
        raw_incremental(v, twice, 2, false, KERR_INVALID_REQUEST);
        /* Back to no override for the next round. */
        struct incremental_alter_configs_req_alterable_config reset = {KSTR_LIT("cleanup.policy"),
                                                                       1, KSTR_NULL};
        raw_incremental(v, &reset, 1, false, 0);
    }
}

Test(admin, incremental_alter_configs_broker_logger_and_resource_rules)
{
    struct incremental_alter_configs_req_alterable_config set = {KSTR_LIT("log.retention.hours"),
                                                                 0, KSTR_LIT("1")};
    struct incremental_alter_configs_req_alterable_config del = {KSTR_LIT("log.retention.hours"),
                                                                 1, KSTR_NULL};
    struct incremental_alter_configs_req_alter_configs_resource res[6];
    for (int i = 0; i < 6; i++)
        incremental_alter_configs_req_alter_configs_resource_init(&res[i]);
    res[0] = (struct incremental_alter_configs_req_alter_configs_resource){RES_BROKER,
                                                                          KSTR_LIT("1"), &set, 1};
    res[1] = (struct incremental_alter_configs_req_alter_configs_resource){RES_BROKER,
                                                                          KSTR_LIT(""), &del, 1};
    res[2] = (struct incremental_alter_configs_req_alter_configs_resource){8, KSTR_LIT("1"),
                                                                          &set, 1};
    res[3] = (struct incremental_alter_configs_req_alter_configs_resource){77, KSTR_LIT("x"),
                                                                          &set, 1};
    res[4] = (struct incremental_alter_configs_req_alter_configs_resource){RES_TOPIC,
                                                                          KSTR_LIT("t"), &del, 1};
    res[5] = res[4];
    struct incremental_alter_configs_req req;
    incremental_alter_configs_req_init(&req);
    req.resources = res;
    req.resources_count = 6;
    struct raw r;
    struct incremental_alter_configs_resp resp;
    raw_call(&r, 44, 1, &req, &resp);
    cr_assert_eq(resp.responses_count, 6);
    static const int16_t want[6] = {KERR_INVALID_REQUEST, 0, KERR_INVALID_CONFIG,
                                    KERR_INVALID_REQUEST, KERR_INVALID_REQUEST,
                                    KERR_INVALID_REQUEST};
    for (int i = 0; i < 6; i++)
        cr_assert_eq(resp.responses[i].error_code, want[i], "resource %d: %d", i,
                     resp.responses[i].error_code);
    cr_assert(kstr_has(resp.responses[0].error_message, "log.retention.hours"));
    cr_assert(kstr_has(resp.responses[4].error_message, "at most once"));
    raw_done(&r);
}

/* --------------------------------------------------------- raw: records */

Test(admin, delete_records_every_version_and_the_rules)
{
    static const char *const conf[] = {"acks", "all", NULL};
    rd_kafka_t *rk = lk_new(RD_KAFKA_PRODUCER, conf);
    static const char *const compact[] = {"cleanup.policy", "compact", NULL};
    cr_assert_eq(lk_create(rk, "dr-compacted", 1, 1, compact, false, NULL, 0), 0);
    cr_assert_eq(lk_create(rk, "dr", 1, 1, NULL, false, NULL, 0), 0);
    lk_produce(rk, "dr", 0, 6);
    rd_kafka_destroy(rk);
    for (int16_t v = 0; v <= 2; v++) {
        struct delete_records_req_delete_records_partition ps[4] = {
            {0, 1 + v}, {5, 0}, {0, 1000}, {0, -5}};
        struct delete_records_req_delete_records_topic ts[4];
        for (int i = 0; i < 4; i++)
            delete_records_req_delete_records_topic_init(&ts[i]);
        ts[0].name = KSTR_LIT("dr");
        ts[0].partitions = ps;
        ts[0].partitions_count = 4;
        ts[1].name = KSTR_LIT("dr-compacted");
        ts[1].partitions = ps;
        ts[1].partitions_count = 1;
        ts[2].name = KSTR_LIT("__consumer_offsets");
        ts[2].partitions = ps;
        ts[2].partitions_count = 1;
        ts[3].name = KSTR_LIT("no-such-topic");
        ts[3].partitions = ps;
        ts[3].partitions_count = 1;
        struct delete_records_req req;
        delete_records_req_init(&req);
        req.topics = ts;
        req.topics_count = 4;
        req.timeout_ms = 10000;
        struct raw r;
        struct delete_records_resp resp;
        raw_call(&r, 21, v, &req, &resp);
        cr_assert_eq(resp.topics_count, 4);
        struct delete_records_resp_delete_records_partition_result *p = resp.topics[0].partitions;
        cr_assert_eq(p[0].error_code, 0, "v%d", v);
        cr_assert_eq(p[0].low_watermark, 1 + v);
        cr_assert_eq(p[1].error_code, KERR_UNKNOWN_TOPIC_OR_PARTITION);
        cr_assert_eq(p[2].error_code, KERR_OFFSET_OUT_OF_RANGE);
        cr_assert_eq(p[2].low_watermark, -1);
        cr_assert_eq(p[3].error_code, KERR_OFFSET_OUT_OF_RANGE);
        cr_assert_eq(resp.topics[1].partitions[0].error_code, KERR_POLICY_VIOLATION);
        cr_assert_eq(resp.topics[2].partitions[0].error_code, KERR_INVALID_TOPIC_EXCEPTION);
        cr_assert_eq(resp.topics[3].partitions[0].error_code, KERR_UNKNOWN_TOPIC_OR_PARTITION);
        raw_done(&r);
    }
    /* Below the log start: nothing moves. -1: up to the high watermark. */
    struct delete_records_req_delete_records_partition ps[2] = {{0, 0}, {0, -1}};
    struct delete_records_req_delete_records_topic t;
    delete_records_req_delete_records_topic_init(&t);
    t.name = KSTR_LIT("dr");
    t.partitions = ps;
    t.partitions_count = 1;
    struct delete_records_req req;
    delete_records_req_init(&req);
    req.topics = &t;
    req.topics_count = 1;
    struct raw r;
    struct delete_records_resp resp;
    raw_call(&r, 21, 1, &req, &resp);
    cr_assert_eq(resp.topics[0].partitions[0].error_code, 0);
    cr_assert_eq(resp.topics[0].partitions[0].low_watermark, 3);
    raw_done(&r);
    t.partitions = &ps[1];
    raw_call(&r, 21, 1, &req, &resp);
    cr_assert_eq(resp.topics[0].partitions[0].error_code, 0);
    cr_assert_eq(resp.topics[0].partitions[0].low_watermark, 6);
    raw_done(&r);
}

/* ------------------------------------------------------- hostile values */

Test(admin, hostile_values_are_answered_and_bounded)
{
    struct raw r;
    /* Partition counts far beyond Kafka's per-operation bound fail the
     * whole request before anything is created. */
    struct create_topics_req_creatable_topic big[2] = {ct_topic("huge", INT32_MAX, 1),
                                                       ct_topic("small", 1, 1)};
    struct create_topics_resp cresp;
    raw_create(5, big, 2, false, &r, &cresp);
    cr_assert_eq(cresp.topics_count, 2);
    cr_assert_eq(cresp.topics[0].error_code, KERR_POLICY_VIOLATION);
    cr_assert_eq(cresp.topics[1].error_code, KERR_POLICY_VIOLATION);
    raw_done(&r);
    cr_assert_eq(raw_topic_error("small"), KERR_UNKNOWN_TOPIC_OR_PARTITION);

    /* Names and configs with NUL bytes, over-long names and values,
     * negative indexes, empty replica lists. */
    static char longname[400], longvalue[40000];
    memset(longname, 'a', sizeof longname - 1);
    memset(longvalue, '1', sizeof longvalue - 1);
    struct create_topics_req_creatable_topic ts[6];
    ts[0] = ct_topic("x", 1, 1);
    ts[0].name = (struct kstr){"nul\0name", 8};
    ts[1] = ct_topic(longname, 1, 1);
    ts[2] = ct_topic("nul-config", 1, 1);
    struct create_topics_req_creatable_topic_config nc = {{"retention.ms\0x", 14},
                                                          KSTR_LIT("1")};
    ts[2].configs = &nc;
    ts[2].configs_count = 1;
    ts[3] = ct_topic("long-value", 1, 1);
    struct create_topics_req_creatable_topic_config lc = {KSTR_LIT("retention.ms"),
                                                          kstr_c(longvalue)};
    ts[3].configs = &lc;
    ts[3].configs_count = 1;
    struct create_topics_req_creatable_replica_assignment neg = {INT32_MIN, NULL, 0};
    ts[4] = ct_topic("negative-index", -1, -1);
    ts[4].assignments = &neg;
    ts[4].assignments_count = 1;
    ts[5] = ct_topic("rf-minus-two", 1, -2);
    raw_create(5, ts, 6, false, &r, &cresp);
    cr_assert_eq(cresp.topics_count, 6);
    cr_assert_eq(cresp.topics[0].error_code, KERR_INVALID_TOPIC_EXCEPTION);
    cr_assert_eq(cresp.topics[1].error_code, KERR_INVALID_TOPIC_EXCEPTION);
    cr_assert_eq(cresp.topics[2].error_code, KERR_INVALID_CONFIG);
    cr_assert_eq(cresp.topics[3].error_code, KERR_INVALID_CONFIG);
    cr_assert_eq(cresp.topics[4].error_code, KERR_INVALID_REPLICA_ASSIGNMENT);
    cr_assert_eq(cresp.topics[5].error_code, KERR_INVALID_REPLICATION_FACTOR);
    raw_done(&r);

    /* CreatePartitions: absurd counts. */
    create_or_die("hostile", 1);
    struct create_partitions_req_create_partitions_topic pt[2];
    for (int i = 0; i < 2; i++) {
        create_partitions_req_create_partitions_topic_init(&pt[i]);
        pt[i].assignments_count = -1;
    }
    pt[0].name = KSTR_LIT("hostile");
    pt[0].count = INT32_MAX;
    pt[1].name = KSTR_LIT("hostile");
    pt[1].count = INT32_MIN;
    struct create_partitions_req preq;
    create_partitions_req_init(&preq);
    preq.topics = pt;
    preq.topics_count = 1;
    struct create_partitions_resp presp;
    raw_call(&r, 37, 3, &preq, &presp);
    cr_assert_eq(presp.results[0].error_code, KERR_POLICY_VIOLATION);
    raw_done(&r);
    preq.topics = &pt[1];
    raw_call(&r, 37, 3, &preq, &presp);
    cr_assert_eq(presp.results[0].error_code, KERR_INVALID_PARTITIONS);
    raw_done(&r);

    /* DescribeConfigs: broker names Java would not parse as an int. */
    static const char *const names[] = {"+", "-", "1 ", "99999999999", "0x1", "+1"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        struct describe_configs_resp dresp;
        raw_describe(4, RES_BROKER, names[i], true, true, &r, &dresp);
        int16_t want = strcmp(names[i], "+1") == 0 ? 0 : KERR_INVALID_REQUEST;
        cr_assert_eq(dresp.results[0].error_code, want, "'%s'", names[i]);
        raw_done(&r);
    }

    /* DeleteRecords: extreme partitions and offsets. */
    struct delete_records_req_delete_records_partition dp[3] = {
        {INT32_MAX, 0}, {0, INT64_MIN}, {0, INT64_MAX}};
    struct delete_records_req_delete_records_topic dt;
    delete_records_req_delete_records_topic_init(&dt);
    dt.name = KSTR_LIT("hostile");
    dt.partitions = dp;
    dt.partitions_count = 3;
    struct delete_records_req dreq;
    delete_records_req_init(&dreq);
    dreq.topics = &dt;
    dreq.topics_count = 1;
    struct delete_records_resp drresp;
    raw_call(&r, 21, 2, &dreq, &drresp);
    cr_assert_eq(drresp.topics[0].partitions[0].error_code, KERR_UNKNOWN_TOPIC_OR_PARTITION);
    cr_assert_eq(drresp.topics[0].partitions[1].error_code, KERR_OFFSET_OUT_OF_RANGE);
    cr_assert_eq(drresp.topics[0].partitions[2].error_code, KERR_OFFSET_OUT_OF_RANGE);
    raw_done(&r);

    /* AlterConfigs: a NUL inside a key, a null value. */
    struct alter_configs_req_alterable_config ac[2] = {{{"retention.ms\0", 13}, KSTR_LIT("1")},
                                                       {KSTR_LIT("segment.ms"), KSTR_NULL}};
    struct alter_configs_resp aresp;
    raw_alter(2, RES_TOPIC, "hostile", ac, 1, false, &r, &aresp);
    cr_assert_eq(aresp.responses[0].error_code, KERR_INVALID_CONFIG);
    raw_done(&r);
    raw_alter(2, RES_TOPIC, "hostile", &ac[1], 1, false, &r, &aresp);
    cr_assert_eq(aresp.responses[0].error_code, KERR_INVALID_REQUEST);
    raw_done(&r);

    /* The broker is still fine. */
    cr_assert_eq(raw_produce("hostile", 0), 0);
}

/* ------------------------------------------------- static broker settings */

static void start_static(void)
{
    static const char *const settings[] = {"log.retention.hours=48",
                                           "sluice.gateway.credentials=AKID:SECRET", NULL};
    start_with(settings);
}

TestSuite(admin_static, .init = start_static, .fini = stop, .timeout = 60);

Test(admin_static, broker_settings_report_their_source_and_hide_secrets)
{
    rd_kafka_t *rk = lk_new(RD_KAFKA_PRODUCER, NULL);
    rd_kafka_event_t *ev;
    const rd_kafka_ConfigResource_t *res = lk_describe(rk, RD_KAFKA_RESOURCE_BROKER, "1", &ev);
    cr_assert_eq(rd_kafka_ConfigResource_error(res), 0, "%s",
                 rd_kafka_ConfigResource_error_string(res));
    const rd_kafka_ConfigEntry_t *e = lk_entry(res, "log.retention.hours");
    cr_assert_str_eq(rd_kafka_ConfigEntry_value(e), "48");
    cr_assert_eq(rd_kafka_ConfigEntry_source(e), RD_KAFKA_CONFIG_SOURCE_STATIC_BROKER_CONFIG);
    cr_assert(rd_kafka_ConfigEntry_is_read_only(e));
    e = lk_entry(res, "log.segment.bytes");
    cr_assert_eq(rd_kafka_ConfigEntry_source(e), RD_KAFKA_CONFIG_SOURCE_DEFAULT_CONFIG);
    e = lk_entry(res, "sluice.gateway.credentials");
    cr_assert(rd_kafka_ConfigEntry_is_sensitive(e));
    cr_assert_null(rd_kafka_ConfigEntry_value(e));
    rd_kafka_event_destroy(ev);

    /* Topic configs inherit the broker's log.* settings, and say so. */
    cr_assert_eq(lk_create(rk, "inherits", 1, 1, NULL, false, NULL, 0), 0);
    res = lk_describe(rk, RD_KAFKA_RESOURCE_TOPIC, "inherits", &ev);
    e = lk_entry(res, "retention.ms");
    cr_assert_str_eq(rd_kafka_ConfigEntry_value(e), "172800000");
    cr_assert_eq(rd_kafka_ConfigEntry_source(e), RD_KAFKA_CONFIG_SOURCE_STATIC_BROKER_CONFIG);
    rd_kafka_event_destroy(ev);
    rd_kafka_destroy(rk);

    struct raw r;
    struct describe_configs_resp resp;
    raw_describe(1, RES_TOPIC, "inherits", true, false, &r, &resp);
    struct describe_configs_resp_describe_configs_resource_result *c =
        find_config(&resp.results[0], "retention.ms");
    cr_assert_eq(c->synonyms_count, 2);
    cr_assert(kstr_eq_c(c->synonyms[0].name, "log.retention.hours"));
    cr_assert(kstr_eq_c(c->synonyms[0].value, "48"));
    cr_assert_eq(c->synonyms[0].source, 4);
    cr_assert_eq(c->synonyms[1].source, 5);
    raw_done(&r);
}

/* --------------------------------------------------- deletion disabled */

static void start_nodelete(void)
{
    static const char *const settings[] = {"delete.topic.enable=false", NULL};
    start_with(settings);
}

TestSuite(admin_nodelete, .init = start_nodelete, .fini = stop, .timeout = 60);

Test(admin_nodelete, every_entry_gets_topic_deletion_disabled)
{
    create_or_die("kept", 1);
    for (int16_t v = 0; v <= 5; v++) {
        struct raw r;
        struct delete_topics_resp resp;
        raw_delete_names(v, "kept", &r, &resp);
        cr_assert_eq(resp.responses_count, 1);
        cr_assert_eq(resp.responses[0].error_code,
                     v >= 3 ? KERR_TOPIC_DELETION_DISABLED : KERR_INVALID_REQUEST, "v%d", v);
        raw_done(&r);
    }
    cr_assert_eq(raw_topic_error("kept"), 0);
}
