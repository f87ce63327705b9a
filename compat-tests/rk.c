/* rk.c - see rk.h. */
#include "compat-tests/rk.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void apply(rd_kafka_conf_t *conf, const char *k, const char *v)
{
    char err[256];
    if (rd_kafka_conf_set(conf, k, v, err, sizeof err) != RD_KAFKA_CONF_OK)
        cr_assert_fail("librdkafka setting %s=%s: %s", k, v, err);
}

static void apply_list(rd_kafka_conf_t *conf, const char *const *settings)
{
    for (int i = 0; settings && settings[i]; i++) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s", settings[i]);
        char *eq = strchr(buf, '=');
        if (!eq)
            cr_assert_fail("bad setting %s", settings[i]);
        *eq = '\0';
        apply(conf, buf, eq + 1);
    }
}

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    (void)rk;
    struct rk_delivery *d = opaque;
    if (m->err) {
        if (!d->failed)
            d->first_error = m->err;
        d->failed++;
    } else {
        d->ok++;
    }
}

rd_kafka_t *rk_producer(const char *bootstrap, const char *const *settings)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    apply(conf, "bootstrap.servers", bootstrap);
    apply(conf, "log_level", "3");
    apply_list(conf, settings);
    struct rk_delivery *d = calloc(1, sizeof *d);
    rd_kafka_conf_set_opaque(conf, d);
    rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
    char err[256];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk)
        cr_assert_fail("rd_kafka_new: %s", err);
    return rk;
}

struct rk_delivery *rk_delivery_of(rd_kafka_t *rk)
{
    return rd_kafka_opaque(rk);
}

bool rk_flush(rd_kafka_t *rk, int timeout_ms)
{
    return rd_kafka_flush(rk, timeout_ms) == RD_KAFKA_RESP_ERR_NO_ERROR;
}

rd_kafka_t *rk_consumer(const char *bootstrap, const char *group, const char *const *settings)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    apply(conf, "bootstrap.servers", bootstrap);
    apply(conf, "group.id", group);
    apply(conf, "enable.partition.eof", "false");
    apply(conf, "log_level", "3");
    apply_list(conf, settings);
    char err[256];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    if (!rk)
        cr_assert_fail("rd_kafka_new: %s", err);
    rd_kafka_poll_set_consumer(rk);
    return rk;
}

rd_kafka_resp_err_t rk_create_topic(const char *bootstrap, const char *topic, int partitions,
                                    const char *const *configs)
{
    rd_kafka_t *rk = rk_producer(bootstrap, NULL);
    char err[256];
    rd_kafka_NewTopic_t *nt = rd_kafka_NewTopic_new(topic, partitions, 1, err, sizeof err);
    for (int i = 0; configs && configs[i]; i++) {
        char buf[256];
        snprintf(buf, sizeof buf, "%s", configs[i]);
        char *eq = strchr(buf, '=');
        *eq = '\0';
        rd_kafka_NewTopic_set_config(nt, buf, eq + 1);
    }
    rd_kafka_queue_t *q = rd_kafka_queue_new(rk);
    rd_kafka_CreateTopics(rk, &nt, 1, NULL, q);
    rd_kafka_event_t *ev = rd_kafka_queue_poll(q, 15000);
    rd_kafka_resp_err_t rc = RD_KAFKA_RESP_ERR__TIMED_OUT;
    if (ev) {
        rc = rd_kafka_event_error(ev);
        const rd_kafka_CreateTopics_result_t *res = rd_kafka_event_CreateTopics_result(ev);
        size_t n;
        const rd_kafka_topic_result_t **tr = res ? rd_kafka_CreateTopics_result_topics(res, &n) : NULL;
        if (!rc && tr && n == 1)
            rc = rd_kafka_topic_result_error(tr[0]);
        rd_kafka_event_destroy(ev);
    }
    rd_kafka_NewTopic_destroy(nt);
    rd_kafka_queue_destroy(q);
    free(rk_delivery_of(rk));
    rd_kafka_destroy(rk);
    return rc;
}

int rk_partition_count(rd_kafka_t *rk, const char *topic)
{
    const struct rd_kafka_metadata *md;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
    int n = -1;
    if (rd_kafka_metadata(rk, 0, rkt, &md, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (md->topic_cnt == 1 && !md->topics[0].err)
            n = md->topics[0].partition_cnt;
        rd_kafka_metadata_destroy(md);
    }
    rd_kafka_topic_destroy(rkt);
    return n;
}

int64_t rk_committed(rd_kafka_t *consumer, const char *topic, int32_t partition)
{
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(l, topic, partition);
    int64_t off = INT64_MIN;
    if (rd_kafka_committed(consumer, l, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR && !l->elems[0].err)
        off = l->elems[0].offset;
    rd_kafka_topic_partition_list_destroy(l);
    return off;
}

static void *dup_bytes(const void *p, size_t n)
{
    void *d = malloc(n ? n : 1);
    if (n)
        memcpy(d, p, n);
    return d;
}

static void keep(struct rk_msgs *out, const rd_kafka_message_t *m)
{
    if (out->n == out->cap) {
        out->cap = out->cap ? out->cap * 2 : 1024;
        out->v = realloc(out->v, out->cap * sizeof *out->v);
    }
    struct rk_msg *k = &out->v[out->n++];
    memset(k, 0, sizeof *k);
    k->partition = m->partition;
    k->offset = m->offset;
    rd_kafka_timestamp_type_t tt;
    k->timestamp = rd_kafka_message_timestamp(m, &tt);
    k->key_null = m->key == NULL;
    k->key = dup_bytes(m->key, m->key_len);
    k->key_len = m->key_len;
    k->value_null = m->payload == NULL;
    k->value = dup_bytes(m->payload, m->len);
    k->value_len = m->len;
    rd_kafka_headers_t *hdrs;
    if (rd_kafka_message_headers(m, &hdrs) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        const char *name;
        const void *val;
        size_t sz;
        for (size_t i = 0; i < 4 && rd_kafka_header_get_all(hdrs, i, &name, &val, &sz) == 0; i++) {
            k->header_names[i] = strdup(name);
            k->header_values[i] = val ? dup_bytes(val, sz) : NULL;
            k->header_lens[i] = sz;
            k->nheaders++;
        }
    }
}

void rk_read_all(const char *bootstrap, const char *topic, int64_t from, size_t want, int idle_ms,
                 const char *const *settings, struct rk_msgs *out)
{
    rd_kafka_t *rk = rk_consumer(bootstrap, "sluice-compat-reader", settings);
    int parts = rk_partition_count(rk, topic);
    cr_assert_gt(parts, 0, "topic %s has no partitions", topic);
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(parts);
    for (int p = 0; p < parts; p++)
        rd_kafka_topic_partition_list_add(l, topic, p)->offset = from;
    cr_assert_eq(rd_kafka_assign(rk, l), 0);
    double last = now_s();
    while (out->n < want && (now_s() - last) * 1000 < idle_ms) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
        if (!m)
            continue;
        if (!m->err) {
            keep(out, m);
            last = now_s();
        } else {
            cr_log_warn("consumer: %s", rd_kafka_message_errstr(m));
        }
        rd_kafka_message_destroy(m);
    }
    rd_kafka_topic_partition_list_destroy(l);
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
}

void rk_msgs_free(struct rk_msgs *m)
{
    for (size_t i = 0; i < m->n; i++) {
        free(m->v[i].key);
        free(m->v[i].value);
        for (int h = 0; h < m->v[i].nheaders; h++) {
            free(m->v[i].header_names[h]);
            free(m->v[i].header_values[h]);
        }
    }
    free(m->v);
    memset(m, 0, sizeof *m);
}
