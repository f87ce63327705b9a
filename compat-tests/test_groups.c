/*
 * test_groups.c - consumer groups with librdkafka consumers against a real
 * broker: partitions shared without overlap, fail-over after a member
 * dies, resuming from committed offsets (also after a restart and after
 * kill -9), the cooperative-sticky, range and roundrobin assignors, static
 * membership without a rebalance, ListGroups/DescribeGroups and lag.
 *
 * The broker runs with short group timeouts (group.min.session.timeout.ms
 * and group.initial.rebalance.delay.ms) so that a dead member is noticed
 * in seconds.
 */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "compat-tests/harness.h"
#include "compat-tests/rk.h"

static struct broker_proc bp;

static void start(void)
{
    static const char *const settings[] = {"num.partitions=6", "group.min.session.timeout.ms=1000",
                                           "group.initial.rebalance.delay.ms=200", NULL};
    hx_init(&bp, settings);
    cr_assert_eq(hx_start(&bp), 0);
}

static void stop(void)
{
    cr_expect_eq(hx_stop(&bp), 0, "broker did not stop cleanly");
    hx_cleanup(&bp);
}

TestSuite(groups, .init = start, .fini = stop, .timeout = 240);

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Produce n messages "<seq>" round-robin over every partition. */
static void produce_n(const char *topic, long from, long n)
{
    rd_kafka_t *p = rk_producer(bp.bootstrap, (const char *const[]){"acks=all", NULL});
    int parts = rk_partition_count(p, topic);
    if (parts < 0) {
        /* auto-create through the producer's metadata request */
        rd_kafka_producev(p, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_VALUE("warm", 4), RD_KAFKA_V_END);
        rk_flush(p, 10000);
        parts = rk_partition_count(p, topic);
        rk_delivery_of(p)->ok = 0;
    }
    cr_assert_gt(parts, 0);
    for (long i = from; i < from + n; i++) {
        char v[32];
        int len = snprintf(v, sizeof v, "%ld", i);
        cr_assert_eq(rd_kafka_producev(p, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_PARTITION((int32_t)(i % parts)),
                                       RD_KAFKA_V_VALUE(v, (size_t)len),
                                       RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END), 0);
        rd_kafka_poll(p, 0);
    }
    cr_assert(rk_flush(p, 30000));
    cr_assert_eq(rk_delivery_of(p)->failed, 0);
    free(rk_delivery_of(p));
    rd_kafka_destroy(p);
}

/* ------------------------------------------------------- member threads */

struct member {
    char name[32];
    const char *topic;
    const char *group;
    const char *const *settings;
    rd_kafka_t *rk;
    atomic_int stop;
    atomic_long count;
    long max_seq;
    char *seen;          /* seen[seq] = 1 when read (shared array per test) */
    char *committed_by;  /* per seq: read and committed by this member */
    atomic_int rebalances;
    bool commit_each;    /* synchronous commit after each message */
    pthread_t thread;
    double first_msg_at;
    double started_at;
};

static void rebalance_cb(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *parts, void *opaque)
{
    struct member *m = opaque;
    atomic_fetch_add(&m->rebalances, 1);
    bool coop = strcmp(rd_kafka_rebalance_protocol(rk), "COOPERATIVE") == 0;
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        if (coop)
            rd_kafka_incremental_assign(rk, parts);
        else
            rd_kafka_assign(rk, parts);
    } else {
        if (coop)
            rd_kafka_incremental_unassign(rk, parts);
        else
            rd_kafka_assign(rk, NULL);
    }
}

static void *member_loop(void *arg)
{
    struct member *m = arg;
    while (!atomic_load(&m->stop)) {
        rd_kafka_message_t *msg = rd_kafka_consumer_poll(m->rk, 50);
        if (!msg)
            continue;
        if (!msg->err && msg->len > 0 && msg->len < 32) {
            char buf[32];
            memcpy(buf, msg->payload, msg->len);
            buf[msg->len] = '\0';
            long seq = strtol(buf, NULL, 10);
            if (seq >= 0 && seq < m->max_seq) {
                if (m->first_msg_at == 0)
                    m->first_msg_at = now_s();
                m->seen[seq]++;
                atomic_fetch_add(&m->count, 1);
                if (m->commit_each && rd_kafka_commit_message(m->rk, msg, 0) == 0 && m->committed_by)
                    m->committed_by[seq] = 1;
            }
        }
        rd_kafka_message_destroy(msg);
    }
    return NULL;
}

static void member_start(struct member *m, const char *name, const char *topic, const char *group,
                         const char *const *settings, long max_seq, char *seen)
{
    memset(m, 0, sizeof *m);
    snprintf(m->name, sizeof m->name, "%s", name);
    m->topic = topic;
    m->group = group;
    m->max_seq = max_seq;
    m->seen = seen;
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char err[256];
    const char *base[] = {"bootstrap.servers", bp.bootstrap, "group.id", group,
                          "auto.offset.reset", "earliest", "enable.partition.eof", "false",
                          "session.timeout.ms", "3000", "heartbeat.interval.ms", "300",
                          "log_level", "3", NULL};
    for (int i = 0; base[i]; i += 2)
        cr_assert_eq(rd_kafka_conf_set(conf, base[i], base[i + 1], err, sizeof err), 0, "%s", err);
    for (int i = 0; settings && settings[i]; i++) {
        char kv[256];
        snprintf(kv, sizeof kv, "%s", settings[i]);
        char *eq = strchr(kv, '=');
        *eq = '\0';
        cr_assert_eq(rd_kafka_conf_set(conf, kv, eq + 1, err, sizeof err), 0, "%s", err);
    }
    rd_kafka_conf_set_rebalance_cb(conf, rebalance_cb);
    rd_kafka_conf_set_opaque(conf, m);
    m->rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    cr_assert_not_null(m->rk, "%s", err);
    rd_kafka_poll_set_consumer(m->rk);
    rd_kafka_topic_partition_list_t *sub = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(sub, topic, RD_KAFKA_PARTITION_UA);
    m->started_at = now_s();
    cr_assert_eq(rd_kafka_subscribe(m->rk, sub), 0);
    rd_kafka_topic_partition_list_destroy(sub);
    pthread_create(&m->thread, NULL, member_loop, m);
}

/* Stop polling; close (LeaveGroup) or vanish (as after kill -9). */
static void member_stop(struct member *m, bool leave)
{
    atomic_store(&m->stop, 1);
    pthread_join(m->thread, NULL);
    if (leave) {
        rd_kafka_consumer_close(m->rk);
        rd_kafka_destroy(m->rk);
    } else {
        rd_kafka_destroy_flags(m->rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    }
    m->rk = NULL;
}

static long total(struct member *ms, int n)
{
    long t = 0;
    for (int i = 0; i < n; i++)
        t += atomic_load(&ms[i].count);
    return t;
}

static bool wait_total(struct member *ms, int n, long want, double timeout_s)
{
    double end = now_s() + timeout_s;
    while (now_s() < end) {
        if (total(ms, n) >= want)
            return true;
        usleep(20000);
    }
    return false;
}

static int assigned_count(rd_kafka_t *rk, char *owner, int idx)
{
    rd_kafka_topic_partition_list_t *a = NULL;
    if (rd_kafka_assignment(rk, &a) != 0 || !a)
        return -1;
    int n = a->cnt;
    for (int i = 0; i < a->cnt; i++) {
        if (owner)
            owner[a->elems[i].partition] = owner[a->elems[i].partition] ? 'X' : (char)('A' + idx);
    }
    rd_kafka_topic_partition_list_destroy(a);
    return n;
}

static void share_and_read_once(const char *topic, const char *group, const char *strategy)
{
    const long n = 6000;
    produce_n(topic, 0, n);
    char *seen = calloc((size_t)n, 1);
    struct member ms[3];
    char setting[96];
    snprintf(setting, sizeof setting, "partition.assignment.strategy=%s", strategy);
    const char *settings[] = {setting, NULL};
    for (int i = 0; i < 3; i++) {
        char name[8];
        snprintf(name, sizeof name, "m%d", i);
        member_start(&ms[i], name, topic, group, settings, n, seen);
    }
    cr_assert(wait_total(ms, 3, n, 60), "read %ld of %ld", total(ms, 3), n);
    usleep(300000); /* nothing more must arrive */
    for (long s = 0; s < n; s++)
        cr_assert_eq(seen[s], 1, "%s: message %ld read %d times", strategy, s, seen[s]);
    /* Every partition owned by exactly one member. */
    char owner[6] = {0};
    int sum = 0;
    for (int i = 0; i < 3; i++) {
        int c = assigned_count(ms[i].rk, owner, i);
        cr_assert_geq(c, 1, "%s: member %d owns nothing", strategy, i);
        sum += c;
    }
    cr_assert_eq(sum, 6, "%s: %d partitions assigned", strategy, sum);
    for (int p = 0; p < 6; p++)
        cr_assert(owner[p] >= 'A' && owner[p] <= 'C', "%s: partition %d owner %c", strategy, p,
                  owner[p] ? owner[p] : '-');
    for (int i = 0; i < 3; i++)
        member_stop(&ms[i], true);
    free(seen);
}

Test(groups, three_consumers_share_six_partitions_range)
{
    share_and_read_once("g-range", "grp-range", "range");
}

Test(groups, three_consumers_share_six_partitions_roundrobin)
{
    share_and_read_once("g-rr", "grp-rr", "roundrobin");
}

Test(groups, three_consumers_share_six_partitions_cooperative_sticky)
{
    share_and_read_once("g-coop", "grp-coop", "cooperative-sticky");
}

Test(groups, cooperative_sticky_moves_only_some_partitions_when_a_member_joins)
{
    const long n = 600;
    produce_n("g-inc", 0, n);
    char *seen = calloc((size_t)n * 2, 1);
    const char *settings[] = {"partition.assignment.strategy=cooperative-sticky", NULL};
    struct member ms[2];
    member_start(&ms[0], "a", "g-inc", "grp-inc", settings, n * 2, seen);
    cr_assert(wait_total(ms, 1, n, 30));
    cr_assert_eq(assigned_count(ms[0].rk, NULL, 0), 6);
    member_start(&ms[1], "b", "g-inc", "grp-inc", settings, n * 2, seen);
    double end = now_s() + 30;
    while (now_s() < end && assigned_count(ms[1].rk, NULL, 1) < 3)
        usleep(50000);
    /* Incremental: b got 3, a kept 3 without losing all and regaining. */
    cr_assert_eq(assigned_count(ms[1].rk, NULL, 1), 3);
    cr_assert_eq(assigned_count(ms[0].rk, NULL, 0), 3);
    produce_n("g-inc", n, n);
    cr_assert(wait_total(ms, 2, 2 * n, 30));
    for (long s = 0; s < 2 * n; s++)
        cr_assert_eq(seen[s], 1, "message %ld read %d times", s, seen[s]);
    member_stop(&ms[1], true);
    member_stop(&ms[0], true);
    free(seen);
}

Test(groups, a_dead_member_loses_its_partitions_after_the_session_timeout)
{
    const long n = 3000;
    produce_n("g-fail", 0, n);
    char *seen = calloc((size_t)n, 1);
    char *committed_a = calloc((size_t)n, 1);
    struct member ms[2];
    /* Members read slowly enough that work remains after the first dies. */
    member_start(&ms[0], "a", "g-fail", "grp-fail", NULL, n, seen);
    ms[0].commit_each = true;
    ms[0].committed_by = committed_a;
    member_start(&ms[1], "b", "g-fail", "grp-fail", NULL, n, seen);
    ms[1].commit_each = true;
    double end = now_s() + 30;
    while (now_s() < end && (assigned_count(ms[0].rk, NULL, 0) < 1 || assigned_count(ms[1].rk, NULL, 1) < 1))
        usleep(50000);
    /* Let both make progress, then a dies without leaving. */
    while (now_s() < end && (atomic_load(&ms[0].count) < 50 || atomic_load(&ms[1].count) < 50))
        usleep(10000);
    member_stop(&ms[0], false);
    double died = now_s();
    cr_assert(wait_total(ms, 2, n, 60), "read %ld of %ld after the failure", total(ms, 2), n);
    double took = now_s() - died;
    cr_log_info("partitions of the dead member moved after %.2f s (session timeout 3 s)", took);
    /* Everything read; the only double reads are messages a read but had
     * not committed when it died. */
    long twice = 0;
    for (long s = 0; s < n; s++) {
        cr_assert_geq(seen[s], 1, "message %ld never read", s);
        if (seen[s] > 1) {
            cr_assert_not(committed_a[s], "message %ld was committed and read again", s);
            twice++;
        }
    }
    cr_assert_leq(twice, 6, "%ld messages read twice", twice);
    member_stop(&ms[1], true);
    free(seen);
    free(committed_a);
}

static void resume_after(int how)
{
    const long n = 2000;
    char topic[32], group[32];
    snprintf(topic, sizeof topic, "g-resume-%d", how);
    snprintf(group, sizeof group, "grp-resume-%d", how);
    produce_n(topic, 0, n);
    char *seen = calloc((size_t)n, 1);
    struct member m;
    member_start(&m, "first", topic, group, NULL, n, seen);
    m.commit_each = true;
    cr_assert(wait_total(&m, 1, n / 2, 30));
    member_stop(&m, true);
    long first = atomic_load(&m.count);
    if (how == 1)
        cr_assert_eq(hx_stop(&bp), 0);
    else if (how == 2)
        hx_kill(&bp);
    if (how)
        cr_assert_eq(hx_start(&bp), 0);
    /* A new consumer resumes exactly after the committed offsets. */
    member_start(&m, "second", topic, group, NULL, n, seen);
    cr_assert(wait_total(&m, 1, n - first, 60), "second read %ld of %ld", atomic_load(&m.count),
              n - first);
    usleep(300000);
    for (long s = 0; s < n; s++)
        cr_assert_eq(seen[s], 1, "message %ld read %d times", s, seen[s]);
    member_stop(&m, true);
    free(seen);
}

Test(groups, a_new_consumer_resumes_from_committed_offsets)
{
    resume_after(0);
}

Test(groups, committed_offsets_survive_a_clean_restart)
{
    resume_after(1);
}

Test(groups, committed_offsets_survive_kill_9)
{
    resume_after(2);
}

Test(groups, static_member_restart_causes_no_rebalance)
{
    const long n = 1200;
    produce_n("g-static", 0, n);
    char *seen = calloc((size_t)n * 2, 1);
    const char *sa[] = {"group.instance.id=static-a", "session.timeout.ms=10000", NULL};
    const char *sb[] = {"group.instance.id=static-b", "session.timeout.ms=10000", NULL};
    struct member a, b;
    member_start(&a, "a", "g-static", "grp-static", sa, n * 2, seen);
    member_start(&b, "b", "g-static", "grp-static", sb, n * 2, seen);
    struct member both[2];
    (void)both;
    double end = now_s() + 30;
    while (now_s() < end && atomic_load(&a.count) + atomic_load(&b.count) < n)
        usleep(20000);
    cr_assert_eq(atomic_load(&a.count) + atomic_load(&b.count), n);
    int b_rebalances = atomic_load(&b.rebalances);
    char owner_before[6] = {0};
    assigned_count(a.rk, owner_before, 0);
    /* a restarts (a static member's close does not leave the group). */
    member_stop(&a, true);
    member_start(&a, "a2", "g-static", "grp-static", sa, n * 2, seen);
    end = now_s() + 20;
    while (now_s() < end && assigned_count(a.rk, NULL, 0) < 1)
        usleep(50000);
    char owner_after[6] = {0};
    cr_assert_geq(assigned_count(a.rk, owner_after, 0), 1);
    cr_assert(memcmp(owner_before, owner_after, 6) == 0, "a got different partitions back");
    usleep(1500000); /* a rebalance would show up at b within a heartbeat */
    cr_assert_eq(atomic_load(&b.rebalances), b_rebalances, "b saw a rebalance");
    produce_n("g-static", n, n);
    end = now_s() + 30;
    while (now_s() < end && atomic_load(&a.count) + atomic_load(&b.count) < n)
        usleep(20000);
    for (long s = n; s < 2 * n; s++)
        cr_assert_eq(seen[s], 1, "message %ld read %d times", s, seen[s]);
    member_stop(&a, true);
    member_stop(&b, true);
    free(seen);
}

Test(groups, list_and_describe_groups_and_lag)
{
    const long n = 600;
    produce_n("g-lag", 0, n);
    char *seen = calloc((size_t)n, 1);
    struct member m;
    member_start(&m, "lagger", "g-lag", "grp-lag", (const char *const[]){"enable.auto.commit=false", NULL}, n, seen);
    cr_assert(wait_total(&m, 1, n, 30));
    /* Commit only partitions 0..2 at their end; 3..5 stay uncommitted. */
    rd_kafka_topic_partition_list_t *c = rd_kafka_topic_partition_list_new(3);
    for (int p = 0; p < 3; p++)
        rd_kafka_topic_partition_list_add(c, "g-lag", p)->offset = n / 6;
    cr_assert_eq(rd_kafka_commit(m.rk, c, 0), 0);
    rd_kafka_topic_partition_list_destroy(c);

    const struct rd_kafka_group_list *gl;
    cr_assert_eq(rd_kafka_list_groups(m.rk, "grp-lag", &gl, 10000), 0);
    cr_assert_eq(gl->group_cnt, 1);
    cr_assert_str_eq(gl->groups[0].state, "Stable");
    cr_assert_str_eq(gl->groups[0].protocol_type, "consumer");
    cr_assert_eq(gl->groups[0].member_cnt, 1);
    rd_kafka_group_list_destroy(gl);
    cr_assert_eq(rd_kafka_list_groups(m.rk, NULL, &gl, 10000), 0);
    bool listed = false;
    for (int i = 0; i < gl->group_cnt; i++)
        listed |= strcmp(gl->groups[i].group, "grp-lag") == 0;
    cr_assert(listed);
    rd_kafka_group_list_destroy(gl);

    /* Lag from committed offsets + high watermarks equals the unread
     * count for a consumer restarting from the commits. */
    long lag = 0;
    for (int p = 0; p < 6; p++) {
        int64_t lo, hi;
        cr_assert_eq(rd_kafka_query_watermark_offsets(m.rk, "g-lag", p, &lo, &hi, 10000), 0);
        int64_t co = rk_committed(m.rk, "g-lag", p);
        lag += hi - (co >= 0 ? co : lo);
    }
    cr_assert_eq(lag, n / 2);
    member_stop(&m, true);
    memset(seen, 0, (size_t)n);
    struct member again;
    member_start(&again, "again", "g-lag", "grp-lag", NULL, n, seen);
    cr_assert(wait_total(&again, 1, lag, 30));
    usleep(300000);
    cr_assert_eq(atomic_load(&again.count), lag);
    member_stop(&again, true);
    free(seen);
}

Test(groups, subscribe_to_first_message_and_leave_rebalance_times)
{
    const long n = 600;
    produce_n("g-time", 0, n);
    char *seen = calloc((size_t)n * 2, 1);
    struct member a, b;
    member_start(&a, "a", "g-time", "grp-time", NULL, n * 2, seen);
    double end = now_s() + 30;
    while (now_s() < end && a.first_msg_at == 0)
        usleep(1000);
    cr_assert_gt(a.first_msg_at, 0);
    double first = a.first_msg_at - a.started_at;
    member_start(&b, "b", "g-time", "grp-time", NULL, n * 2, seen);
    while (now_s() < end && assigned_count(b.rk, NULL, 1) < 3)
        usleep(1000);
    int before = atomic_load(&a.rebalances);
    double t0 = now_s();
    member_stop(&b, true); /* graceful: LeaveGroup */
    while (now_s() < end && (atomic_load(&a.rebalances) < before + 2 || assigned_count(a.rk, NULL, 0) < 6))
        usleep(1000);
    double leave = now_s() - t0;
    cr_assert_eq(assigned_count(a.rk, NULL, 0), 6);
    cr_log_info("subscribe -> first message: %.0f ms; graceful leave -> others rebalanced: %.0f ms",
                first * 1000, leave * 1000);
    printf("groups: subscribe_to_first_message_ms=%.0f graceful_leave_rebalance_ms=%.0f\n",
           first * 1000, leave * 1000);
    member_stop(&a, true);
    free(seen);
}
