/*
 * sluice_bench.c - Kafka workload driver on librdkafka, used by `make bench`
 * against build/sluice and, as the reference, librdkafka's mock cluster.
 *
 *   sluice_bench mock TOPIC:PARTITIONS...      run a mock cluster, print its
 *                                              bootstrap servers, exit on EOF
 *   sluice_bench produce -b B -t T -n N -s SIZE -a ACKS
 *   sluice_bench consume -b B -t T -n N
 *   sluice_bench latency -b B -t T -r RATE -d SECONDS
 *
 * Every mode verifies what it moved: produce counts delivery reports and
 * fails on any error; consume checks the exact message count, that every
 * sequence number 0..N-1 arrives once, and that sequence numbers rise
 * within each partition (the producer numbers messages in send order and
 * the broker must keep per-partition order). Results are printed as one
 * `key=value` line for the driver script; progress goes to stderr.
 */
#include <errno.h>
#include <inttypes.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int64_t wall_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static void die(const char *fmt, const char *arg)
{
    fprintf(stderr, "sluice_bench: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n");
    exit(1);
}

static void conf_set(rd_kafka_conf_t *conf, const char *k, const char *v)
{
    char err[256];
    if (rd_kafka_conf_set(conf, k, v, err, sizeof err) != RD_KAFKA_CONF_OK)
        die("%s", err);
}

/* ------------------------------------------------------------- mock */

static int run_mock(int argc, char **argv)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char err[256];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk)
        die("%s", err);
    rd_kafka_mock_cluster_t *mc = rd_kafka_mock_cluster_new(rk, 1);
    if (!mc)
        die("%s", "cannot create the mock cluster");
    for (int i = 0; i < argc; i++) {
        char name[256];
        int parts = 1;
        snprintf(name, sizeof name, "%s", argv[i]);
        char *colon = strchr(name, ':');
        if (colon) {
            *colon = '\0';
            parts = atoi(colon + 1);
        }
        rd_kafka_mock_topic_create(mc, name, parts, 1);
    }
    printf("%s\n", rd_kafka_mock_cluster_bootstraps(mc));
    fflush(stdout);
    /* Run until the driver closes our stdin. */
    char buf[64];
    while (fread(buf, 1, sizeof buf, stdin) > 0)
        ;
    rd_kafka_mock_cluster_destroy(mc);
    rd_kafka_destroy(rk);
    return 0;
}

/* ---------------------------------------------------------- produce */

struct produce_state {
    long delivered;
    long failed;
    const char *first_error;
};

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    (void)rk;
    struct produce_state *st = opaque;
    if (m->err) {
        st->failed++;
        if (!st->first_error)
            st->first_error = rd_kafka_err2str(m->err);
    } else {
        st->delivered++;
    }
}

static int run_produce(const char *brokers, const char *topic, long n, int size, const char *acks)
{
    struct produce_state st = {0};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    conf_set(conf, "bootstrap.servers", brokers);
    conf_set(conf, "acks", acks);
    conf_set(conf, "linger.ms", "5");
    conf_set(conf, "queue.buffering.max.messages", "1000000");
    conf_set(conf, "queue.buffering.max.kbytes", "1048576");
    rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
    rd_kafka_conf_set_opaque(conf, &st);
    char err[256];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk)
        die("%s", err);
    char *payload = calloc(1, (size_t)size < 16 ? 16 : (size_t)size);
    double t0 = now_s(), last = t0;
    for (long i = 0; i < n; i++) {
        /* Sequence number first, then filler. */
        char num[24];
        snprintf(num, sizeof num, "%015ld", i);
        memcpy(payload, num, 15);
        char key[24];
        int klen = snprintf(key, sizeof key, "k%ld", i % 1024);
        rd_kafka_resp_err_t e;
        while ((e = rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_KEY(key, (size_t)klen),
                                      RD_KAFKA_V_VALUE(payload, (size_t)size),
                                      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                                      RD_KAFKA_V_END)) == RD_KAFKA_RESP_ERR__QUEUE_FULL)
            rd_kafka_poll(rk, 10);
        if (e)
            die("produce: %s", rd_kafka_err2str(e));
        if ((i & 1023) == 0) {
            rd_kafka_poll(rk, 0);
            if (now_s() - last > 2) {
                last = now_s();
                fprintf(stderr, "  produce %ld/%ld delivered=%ld\r", i, n, st.delivered);
            }
        }
    }
    while (st.delivered + st.failed < n) {
        rd_kafka_poll(rk, 100);
        if (now_s() - t0 > 600)
            die("%s", "produce: timed out waiting for delivery reports");
    }
    double secs = now_s() - t0;
    rd_kafka_destroy(rk);
    free(payload);
    if (st.failed)
        die("produce: delivery failed: %s", st.first_error);
    printf("mode=produce messages=%ld bytes=%ld seconds=%.3f msgs_per_s=%.0f mb_per_s=%.1f\n", n,
           n * size, secs, n / secs, n * (double)size / secs / 1e6);
    return 0;
}

/* ---------------------------------------------------------- consume */

static rd_kafka_topic_partition_list_t *all_partitions(rd_kafka_t *rk, const char *topic)
{
    const struct rd_kafka_metadata *md;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
    rd_kafka_resp_err_t e = rd_kafka_metadata(rk, 0, rkt, &md, 10000);
    if (e)
        die("metadata: %s", rd_kafka_err2str(e));
    if (md->topic_cnt != 1 || md->topics[0].err)
        die("%s", "metadata: topic not found");
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(md->topics[0].partition_cnt);
    for (int i = 0; i < md->topics[0].partition_cnt; i++)
        rd_kafka_topic_partition_list_add(l, topic, md->topics[0].partitions[i].id)->offset =
            RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(rkt);
    return l;
}

/* Messages the partitions hold now: sum of (high watermark - log start). */
static long retained(rd_kafka_t *rk, const char *topic, int parts)
{
    long total = 0;
    for (int p = 0; p < parts; p++) {
        int64_t lo, hi;
        if (rd_kafka_query_watermark_offsets(rk, topic, p, &lo, &hi, 10000))
            die("%s", "consume: watermarks unavailable");
        total += (long)(hi - lo);
    }
    return total;
}

/* Read n messages back, checking each sequence number once and their
 * order per partition. With retained_only, n becomes what the partitions
 * still hold (librdkafka's mock cluster keeps only its last few segments,
 * so it cannot serve everything a long produce run wrote). */
static int run_consume(const char *brokers, const char *topic, long n, bool retained_only)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    conf_set(conf, "bootstrap.servers", brokers);
    conf_set(conf, "group.id", "sluice-bench");
    conf_set(conf, "enable.auto.commit", "false");
    conf_set(conf, "enable.partition.eof", "false");
    char err[256];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    if (!rk)
        die("%s", err);
    rd_kafka_topic_partition_list_t *parts = all_partitions(rk, topic);
    long max_seq = n;
    if (retained_only)
        n = retained(rk, topic, parts->cnt);
    else if (retained(rk, topic, parts->cnt) != n)
        die("%s", "consume: the topic does not hold exactly the messages produced");
    if (rd_kafka_assign(rk, parts))
        die("%s", "assign failed");
    long *last_seq = calloc((size_t)parts->cnt, sizeof *last_seq);
    for (int i = 0; i < parts->cnt; i++)
        last_seq[i] = -1;
    unsigned char *seen = calloc((size_t)max_seq, 1);
    long got = 0, bytes = 0;
    double t0 = now_s(), last = t0, idle_since = t0;
    while (got < n) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
        if (!m) {
            if (now_s() - idle_since > 30)
                die("%s", "consume: no message for 30 s");
            continue;
        }
        idle_since = now_s();
        if (m->err) {
            fprintf(stderr, "consume: %s\n", rd_kafka_message_errstr(m));
            rd_kafka_message_destroy(m);
            continue;
        }
        long seq = -1;
        if (m->len >= 15) {
            char num[16];
            memcpy(num, m->payload, 15);
            num[15] = '\0';
            seq = strtol(num, NULL, 10);
        }
        if (seq < 0 || seq >= max_seq)
            die("%s", "consume: message without a valid sequence number");
        if (seen[seq])
            die("%s", "consume: a message arrived twice");
        seen[seq] = 1;
        if (m->partition < 0 || m->partition >= parts->cnt || seq <= last_seq[m->partition])
            die("%s", "consume: per-partition order broken");
        last_seq[m->partition] = seq;
        got++;
        bytes += (long)m->len;
        rd_kafka_message_destroy(m);
        if (now_s() - last > 2) {
            last = now_s();
            fprintf(stderr, "  consume %ld/%ld\r", got, n);
        }
    }
    double secs = now_s() - t0;
    rd_kafka_consumer_close(rk);
    rd_kafka_topic_partition_list_destroy(parts);
    rd_kafka_destroy(rk);
    free(seen);
    free(last_seq);
    printf("mode=consume messages=%ld bytes=%ld seconds=%.3f msgs_per_s=%.0f mb_per_s=%.1f\n", got,
           bytes, secs, got / secs, bytes / secs / 1e6);
    return 0;
}

/* ---------------------------------------------------------- latency */

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

static int run_latency(const char *brokers, const char *topic, int rate, int seconds, const char *acks)
{
    rd_kafka_conf_t *pconf = rd_kafka_conf_new();
    conf_set(pconf, "bootstrap.servers", brokers);
    if (acks)
        conf_set(pconf, "acks", acks);
    conf_set(pconf, "linger.ms", "0");
    char err[256];
    struct produce_state st = {0};
    rd_kafka_conf_set_dr_msg_cb(pconf, on_delivery);
    rd_kafka_conf_set_opaque(pconf, &st);
    rd_kafka_t *prod = rd_kafka_new(RD_KAFKA_PRODUCER, pconf, err, sizeof err);
    if (!prod)
        die("%s", err);
    /* The consumer keeps librdkafka's default fetch settings. */
    rd_kafka_conf_t *cconf = rd_kafka_conf_new();
    conf_set(cconf, "bootstrap.servers", brokers);
    conf_set(cconf, "group.id", "sluice-bench-latency");
    conf_set(cconf, "enable.auto.commit", "false");
    rd_kafka_t *cons = rd_kafka_new(RD_KAFKA_CONSUMER, cconf, err, sizeof err);
    if (!cons)
        die("%s", err);
    rd_kafka_topic_partition_list_t *parts = all_partitions(cons, topic);
    for (int i = 0; i < parts->cnt; i++)
        parts->elems[i].offset = RD_KAFKA_OFFSET_END;
    rd_kafka_assign(cons, parts);
    /* Warm both clients up (connections, metadata, the consumer's position)
     * so that start-up is not measured as latency: one message through. */
    rd_kafka_producev(prod, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_VALUE("warmup", 6),
                      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
    rd_kafka_flush(prod, 10000);
    for (int i = 0; i < 20; i++) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(cons, 100);
        if (m)
            rd_kafka_message_destroy(m);
    }
    long total = (long)rate * seconds;
    int64_t *lat = calloc((size_t)total, sizeof *lat);
    long sent = 0, got = 0;
    double t0 = now_s(), interval = 1.0 / rate;
    while (got < total) {
        double now = now_s();
        while (sent < total && now - t0 >= sent * interval) {
            char payload[64];
            int len = snprintf(payload, sizeof payload, "%015ld %" PRId64, sent, wall_us());
            rd_kafka_producev(prod, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_VALUE(payload, (size_t)len),
                              RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
            sent++;
        }
        rd_kafka_poll(prod, 0);
        rd_kafka_message_t *m = rd_kafka_consumer_poll(cons, 1);
        if (m) {
            if (!m->err && m->len > 16) {
                char buf[64];
                size_t l = m->len < sizeof buf - 1 ? m->len : sizeof buf - 1;
                memcpy(buf, m->payload, l);
                buf[l] = '\0';
                int64_t ts = strtoll(buf + 16, NULL, 10);
                if (got < total) {
                    lat[got] = wall_us() - ts;
                    if (getenv("BENCH_TRACE") && (got < 30 || lat[got] > 100000))
                        fprintf(stderr, "msg %ld latency %.2f ms at %.3f s\n", got, lat[got] / 1000.0,
                                now_s() - t0);
                    got++;
                }
            }
            rd_kafka_message_destroy(m);
        }
        if (now - t0 > seconds * 3 + 30)
            die("%s", "latency: timed out");
    }
    qsort(lat, (size_t)total, sizeof *lat, cmp_i64);
    printf("mode=latency messages=%ld rate=%d p50_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f\n",
           total, rate, lat[total / 2] / 1000.0, lat[total * 99 / 100] / 1000.0,
           lat[total * 999 / 1000] / 1000.0, lat[total - 1] / 1000.0);
    rd_kafka_flush(prod, 5000);
    rd_kafka_destroy(prod);
    rd_kafka_consumer_close(cons);
    rd_kafka_topic_partition_list_destroy(parts);
    rd_kafka_destroy(cons);
    free(lat);
    return 0;
}

/* ---------------------------------------------------------- groups */

struct group_member {
    rd_kafka_t *rk;
    int assigned;
    int rebalances;
};

static void group_rebalance(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                            rd_kafka_topic_partition_list_t *parts, void *opaque)
{
    struct group_member *m = opaque;
    m->rebalances++;
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        rd_kafka_assign(rk, parts);
        m->assigned = parts->cnt;
    } else {
        rd_kafka_assign(rk, NULL);
        m->assigned = 0;
    }
}

static void group_member_new(struct group_member *m, const char *brokers, const char *topic)
{
    memset(m, 0, sizeof *m);
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    conf_set(conf, "bootstrap.servers", brokers);
    conf_set(conf, "group.id", "sluice-bench-group");
    conf_set(conf, "auto.offset.reset", "earliest");
    conf_set(conf, "enable.auto.commit", "false");
    rd_kafka_conf_set_rebalance_cb(conf, group_rebalance);
    rd_kafka_conf_set_opaque(conf, m);
    char err[256];
    m->rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    if (!m->rk)
        die("%s", err);
    rd_kafka_poll_set_consumer(m->rk);
    rd_kafka_topic_partition_list_t *sub = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(sub, topic, RD_KAFKA_PARTITION_UA);
    rd_kafka_subscribe(m->rk, sub);
    rd_kafka_topic_partition_list_destroy(sub);
}

/* Time from subscribe() to the first message, and from a member's
 * graceful close to the remaining member owning every partition again,
 * with librdkafka's default group settings. The topic must hold data. */
static int run_group(const char *brokers, const char *topic)
{
    struct group_member a, b;
    double t0 = now_s();
    group_member_new(&a, brokers, topic);
    double first = -1;
    while (now_s() - t0 < 60) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(a.rk, 5);
        if (m) {
            bool ok = !m->err;
            rd_kafka_message_destroy(m);
            if (ok) {
                first = now_s() - t0;
                break;
            }
        }
    }
    if (first < 0)
        die("%s", "group: no message within 60 s");
    int all = a.assigned;
    group_member_new(&b, brokers, topic);
    double end = now_s() + 60;
    while (now_s() < end && (b.assigned == 0 || a.assigned == all)) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(a.rk, 5);
        if (m)
            rd_kafka_message_destroy(m);
        m = rd_kafka_consumer_poll(b.rk, 5);
        if (m)
            rd_kafka_message_destroy(m);
    }
    if (b.assigned == 0)
        die("%s", "group: the second member got nothing");
    double t1 = now_s();
    rd_kafka_consumer_close(b.rk);
    while (now_s() < end && a.assigned != all) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(a.rk, 1);
        if (m)
            rd_kafka_message_destroy(m);
    }
    double leave = now_s() - t1;
    if (a.assigned != all)
        die("%s", "group: partitions did not come back after the leave");
    printf("mode=group subscribe_to_first_ms=%.0f leave_rebalance_ms=%.0f partitions=%d\n",
           first * 1000, leave * 1000, all);
    rd_kafka_destroy(b.rk);
    rd_kafka_consumer_close(a.rk);
    rd_kafka_destroy(a.rk);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: sluice_bench mock|produce|consume|latency ...\n");
        return 2;
    }
    const char *mode = argv[1];
    if (strcmp(mode, "mock") == 0)
        return run_mock(argc - 2, argv + 2);
    const char *brokers = "127.0.0.1:9092", *topic = "bench", *acks = "1";
    long n = 100000;
    int size = 100, rate = 10000, secs = 10, acks_set = 0;
    bool retained_only = false;
    int opt;
    optind = 2;
    while ((opt = getopt(argc, argv, "b:t:n:s:a:r:d:R")) != -1) {
        switch (opt) {
        case 'b': brokers = optarg; break;
        case 't': topic = optarg; break;
        case 'n': n = atol(optarg); break;
        case 's': size = atoi(optarg); break;
        case 'a': acks = optarg; acks_set = 1; break;
        case 'r': rate = atoi(optarg); break;
        case 'd': secs = atoi(optarg); break;
        case 'R': retained_only = true; break;
        default: return 2;
        }
    }
    if (size < 16)
        size = 16;
    if (strcmp(mode, "produce") == 0)
        return run_produce(brokers, topic, n, size, acks);
    if (strcmp(mode, "consume") == 0)
        return run_consume(brokers, topic, n, retained_only);
    if (strcmp(mode, "group") == 0)
        return run_group(brokers, topic);
    if (strcmp(mode, "latency") == 0)
        return run_latency(brokers, topic, rate, secs, acks_set ? acks : NULL);
    fprintf(stderr, "sluice_bench: unknown mode %s\n", mode);
    return 2;
}
