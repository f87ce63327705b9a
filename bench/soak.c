/*
 * soak.c - `make soak`: one broker under hours-like load for SOAK_SECONDS
 * (default 600), and the question whether it gives back what it takes.
 *
 * Load, all at once, all the time:
 *   - producer A: acks=1, about 2,000 messages/s, keyed, lz4;
 *   - producer B: acks=all, idempotent, about 500 messages/s;
 *   - a tail reader (assign) checking per-partition order of producer B;
 *   - group churn: a consumer of group "soak" joins every 3 s and lives
 *     4-15 s; one in four is abandoned without leaving (the broker must
 *     expire it after the session timeout), the others close properly;
 *   - connection churn: a raw connection every 100 ms asks ApiVersions and
 *     Metadata and hangs up.
 * Small segments and a byte retention make segments roll and get deleted
 * throughout, so leaked descriptors of deleted segments would show.
 *
 * Every 10 s the broker's RSS (/proc/<pid>/status VmRSS) and open
 * descriptors (/proc/<pid>/fd) are sampled and printed. Flat means, over
 * the samples after the warm-up (the first sixth of the run, at least
 * 30 s), split in thirds: the last third's largest RSS is within 10% + 8
 * MiB of the first third's largest, and its largest fd count within 16
 * of the first third's largest (the members' own connections come and
 * go; a leak per deleted segment or per connection grows without bound). Not flat, a broker that
 * died or did not stop cleanly, or a consumer that saw producer B out of order: exit 1.
 *
 * Usage: SLUICE_BIN=build/sluice SOAK_SECONDS=180 build/bench/soak
 */
#include <arpa/inet.h>
#include <librdkafka/rdkafka.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "compat-tests/harness.h"

#define PARTS 8
#define TOPIC "soak"
#define SAMPLE_S 10
#define MAX_SAMPLES 4096
/* Each live group member holds a connection or two, and 1-5 are alive at
 * any moment: descriptor counts move by about that much. */
#define FD_SLACK 16

static struct broker_proc bp;
static atomic_bool stopping;
static volatile sig_atomic_t interrupted; /* SIGINT/SIGTERM: stop the broker, then exit */
static atomic_long produced_a, produced_b, acked, delivery_errors, consumed, tail_read,
    order_errors, joins, leaves, abandons, conns;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void conf_set(rd_kafka_conf_t *c, const char *k, const char *v)
{
    char err[256];
    if (rd_kafka_conf_set(c, k, v, err, sizeof err) != RD_KAFKA_CONF_OK) {
        fprintf(stderr, "soak: %s=%s: %s\n", k, v, err);
        exit(2);
    }
}

static void on_dr(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    (void)rk;
    (void)opaque;
    if (m->err)
        atomic_fetch_add(&delivery_errors, 1);
    else
        atomic_fetch_add(&acked, 1);
}

struct producer_args {
    const char *name;
    bool durable;
    int rate; /* messages per second */
    atomic_long *count;
};

static void *producer_run(void *arg)
{
    struct producer_args *pa = arg;
    rd_kafka_conf_t *c = rd_kafka_conf_new();
    conf_set(c, "bootstrap.servers", bp.bootstrap);
    conf_set(c, "log_level", "3");
    conf_set(c, "linger.ms", "5");
    if (pa->durable) {
        conf_set(c, "acks", "all");
        conf_set(c, "enable.idempotence", "true");
    } else {
        conf_set(c, "acks", "1");
        conf_set(c, "compression.codec", "lz4");
    }
    rd_kafka_conf_set_dr_msg_cb(c, on_dr);
    char err[256];
    rd_kafka_t *p = rd_kafka_new(RD_KAFKA_PRODUCER, c, err, sizeof err);
    if (!p) {
        fprintf(stderr, "soak: producer: %s\n", err);
        exit(2);
    }
    long seq = 0;
    double t0 = now_s();
    char val[256], key[32];
    while (!atomic_load(&stopping)) {
        long due = (long)((now_s() - t0) * pa->rate);
        while (seq < due && !atomic_load(&stopping)) {
            /* Producer B: value "B <partition> <seq in partition>". */
            int part = (int)(seq % PARTS);
            int klen = snprintf(key, sizeof key, "k%ld", seq % 1000);
            int vlen =
                snprintf(val, sizeof val, "%s %d %012ld %0120d", pa->name, part, seq / PARTS, 0);
            rd_kafka_resp_err_t e = rd_kafka_producev(
                p, RD_KAFKA_V_TOPIC(TOPIC),
                RD_KAFKA_V_PARTITION(pa->durable ? part : RD_KAFKA_PARTITION_UA),
                RD_KAFKA_V_KEY(key, (size_t)klen), RD_KAFKA_V_VALUE(val, (size_t)vlen),
                RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
            if (e == RD_KAFKA_RESP_ERR__QUEUE_FULL)
                break;
            if (e) {
                fprintf(stderr, "soak: producev: %s\n", rd_kafka_err2str(e));
                break;
            }
            seq++;
            atomic_fetch_add(pa->count, 1);
        }
        rd_kafka_poll(p, 10);
    }
    rd_kafka_flush(p, 10000);
    rd_kafka_destroy(p);
    return NULL;
}

/* Reads every partition from the start and checks producer B's order. */
static void *tail_run(void *arg)
{
    (void)arg;
    rd_kafka_conf_t *c = rd_kafka_conf_new();
    conf_set(c, "bootstrap.servers", bp.bootstrap);
    conf_set(c, "group.id", "soak-tail");
    conf_set(c, "log_level", "3");
    conf_set(c, "check.crcs", "true");
    conf_set(c, "enable.auto.commit", "false");
    conf_set(c, "auto.offset.reset", "earliest");
    char err[256];
    rd_kafka_t *k = rd_kafka_new(RD_KAFKA_CONSUMER, c, err, sizeof err);
    rd_kafka_poll_set_consumer(k);
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(PARTS);
    for (int p = 0; p < PARTS; p++)
        rd_kafka_topic_partition_list_add(l, TOPIC, p)->offset = RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_assign(k, l);
    rd_kafka_topic_partition_list_destroy(l);
    long last[PARTS];
    for (int p = 0; p < PARTS; p++)
        last[p] = -1;
    while (!atomic_load(&stopping)) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(k, 200);
        if (!m)
            continue;
        if (!m->err) {
            atomic_fetch_add(&tail_read, 1);
            const char *v = m->payload;
            if (m->len > 20 && v[0] == 'B') {
                int part;
                long s;
                if (sscanf(v, "B %d %ld", &part, &s) == 2) {
                    /* Retention may remove the oldest; never backwards. */
                    if (part != m->partition || s <= last[part]) {
                        atomic_fetch_add(&order_errors, 1);
                        fprintf(stderr, "soak: partition %d: B seq %ld after %ld\n", part, s,
                                last[part]);
                    }
                    last[part] = s;
                }
            }
        } else if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF &&
                   m->err != RD_KAFKA_RESP_ERR_OFFSET_OUT_OF_RANGE) {
            fprintf(stderr, "soak: tail: %s\n", rd_kafka_message_errstr(m));
        }
        rd_kafka_message_destroy(m);
    }
    rd_kafka_consumer_close(k);
    rd_kafka_destroy(k);
    return NULL;
}

struct member_args {
    double life_s;
    bool abandon;
};

static void *member_run(void *arg)
{
    struct member_args *ma = arg;
    rd_kafka_conf_t *c = rd_kafka_conf_new();
    conf_set(c, "bootstrap.servers", bp.bootstrap);
    conf_set(c, "group.id", "soak");
    conf_set(c, "log_level", "0");
    conf_set(c, "session.timeout.ms", "6000");
    conf_set(c, "heartbeat.interval.ms", "1000");
    conf_set(c, "auto.offset.reset", "earliest");
    conf_set(c, "auto.commit.interval.ms", "1000");
    char err[256];
    rd_kafka_t *k = rd_kafka_new(RD_KAFKA_CONSUMER, c, err, sizeof err);
    rd_kafka_poll_set_consumer(k);
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(l, TOPIC, RD_KAFKA_PARTITION_UA);
    rd_kafka_subscribe(k, l);
    rd_kafka_topic_partition_list_destroy(l);
    atomic_fetch_add(&joins, 1);
    double t0 = now_s();
    while (!atomic_load(&stopping) && now_s() - t0 < ma->life_s) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(k, 200);
        if (m) {
            if (!m->err)
                atomic_fetch_add(&consumed, 1);
            rd_kafka_message_destroy(m);
        }
    }
    if (ma->abandon) {
        /* Gone without a LeaveGroup: the broker expires the member. */
        atomic_fetch_add(&abandons, 1);
        rd_kafka_destroy_flags(k, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    } else {
        rd_kafka_consumer_close(k);
        rd_kafka_destroy(k);
        atomic_fetch_add(&leaves, 1);
    }
    free(ma);
    return NULL;
}

static void *churn_run(void *arg)
{
    (void)arg;
    unsigned r = 12345;
    pthread_t live[64];
    int n = 0;
    double next = now_s();
    while (!atomic_load(&stopping)) {
        if (now_s() >= next && n < 64) {
            r = r * 1103515245u + 12345u;
            struct member_args *ma = malloc(sizeof *ma);
            ma->life_s = 4 + (r >> 8) % 12;
            ma->abandon = (r >> 4) % 4 == 0;
            pthread_create(&live[n++], NULL, member_run, ma);
            next += 3;
        }
        usleep(100 * 1000);
        /* Reap finished members (joins are cheap; keep the array short). */
        if (n == 64) {
            for (int i = 0; i < n; i++)
                pthread_join(live[i], NULL);
            n = 0;
        }
    }
    for (int i = 0; i < n; i++)
        pthread_join(live[i], NULL);
    return NULL;
}

/* A raw ApiVersions v0 then Metadata v1 (all topics), then hang up. */
static void *conn_churn_run(void *arg)
{
    (void)arg;
    /* size | key version correlation | client id "sk" [| topics -1] */
    static const uint8_t buf[] = {
        0, 0, 0, 12, 0, 18, 0, 0, 0, 0, 0, 1, 0, 2, 's', 'k', /* ApiVersions v0 */
        0, 0, 0, 16, 0, 3,  0, 1, 0, 0, 0, 2, 0, 2, 's', 'k', 0xff, 0xff, 0xff, 0xff};
    while (!atomic_load(&stopping)) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        struct sockaddr_in a = {.sin_family = AF_INET,
                                .sin_port = htons((uint16_t)bp.port),
                                .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
        struct timeval tv = {5, 0};
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        if (connect(fd, (struct sockaddr *)&a, sizeof a) == 0 &&
            send(fd, buf, sizeof buf, MSG_NOSIGNAL) == (ssize_t)sizeof buf) {
            uint8_t sink[65536];
            (void)recv(fd, sink, sizeof sink, 0);
            atomic_fetch_add(&conns, 1);
        }
        close(fd);
        usleep(100 * 1000);
    }
    return NULL;
}

struct sample {
    int t;
    long rss_kib;
    int fds;
};

static long max_rss(const struct sample *s, int from, int to)
{
    long m = 0;
    for (int i = from; i < to; i++)
        if (s[i].rss_kib > m)
            m = s[i].rss_kib;
    return m;
}

static int max_fds(const struct sample *s, int from, int to)
{
    int m = 0;
    for (int i = from; i < to; i++)
        if (s[i].fds > m)
            m = s[i].fds;
    return m;
}

static void on_signal(int sig)
{
    (void)sig;
    interrupted = 1;
}

int main(void)
{
    int seconds = getenv("SOAK_SECONDS") ? atoi(getenv("SOAK_SECONDS")) : 600;
    if (seconds < 60) {
        fprintf(stderr, "soak: SOAK_SECONDS must be at least 60\n");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    /* Steady state within the warm-up: about 4 segments of 512 KiB per
     * partition, the oldest deleted every few seconds. */
    static const char *const settings[] = {"num.partitions=8",
                                           "log.segment.bytes=524288",
                                           "log.retention.bytes=1572864",
                                           "log.retention.check.interval.ms=2000",
                                           "offsets.topic.num.partitions=8",
                                           "group.initial.rebalance.delay.ms=0",
                                           NULL};
    hx_init(&bp, settings);
    if (hx_start(&bp) != 0)
        return 1;
    fprintf(stderr, "soak: broker pid %d on %s, %d s, sampling every %d s\n", (int)bp.pid,
            bp.bootstrap, seconds, SAMPLE_S);

    struct producer_args pa = {"A", false, 2000, &produced_a};
    struct producer_args pb = {"B", true, 500, &produced_b};
    pthread_t th[5];
    pthread_create(&th[0], NULL, producer_run, &pa);
    pthread_create(&th[1], NULL, producer_run, &pb);
    pthread_create(&th[2], NULL, tail_run, NULL);
    pthread_create(&th[3], NULL, churn_run, NULL);
    pthread_create(&th[4], NULL, conn_churn_run, NULL);

    static struct sample samples[MAX_SAMPLES];
    int ns = 0;
    double t0 = now_s();
    bool died = false;
    printf("%6s %10s %6s %10s %10s %10s %8s %7s %8s\n", "t_s", "rss_kib", "fds", "produced",
           "acked", "consumed", "joins", "leaves", "conns");
    for (int t = SAMPLE_S; t <= seconds; t += SAMPLE_S) {
        while (now_s() - t0 < t && !interrupted)
            usleep(100 * 1000);
        if (interrupted) {
            fprintf(stderr, "soak: interrupted at %.0f s\n", now_s() - t0);
            break;
        }
        if (!hx_alive(&bp)) {
            fprintf(stderr, "soak: the broker died at %d s\n", t);
            died = true;
            break;
        }
        struct sample s = {t, hx_rss_kib(&bp), hx_fd_count(&bp)};
        if (ns < MAX_SAMPLES)
            samples[ns++] = s;
        printf("%6d %10ld %6d %10ld %10ld %10ld %8ld %7ld %8ld\n", t, s.rss_kib, s.fds,
               atomic_load(&produced_a) + atomic_load(&produced_b), atomic_load(&acked),
               atomic_load(&consumed) + atomic_load(&tail_read), atomic_load(&joins),
               atomic_load(&leaves) + atomic_load(&abandons), atomic_load(&conns));
        fflush(stdout);
    }
    atomic_store(&stopping, true);
    for (int i = 0; i < 5; i++)
        pthread_join(th[i], NULL);
    int stop_rc = died ? -1 : hx_stop(&bp);

    /* Flatness over the samples after the warm-up. */
    int warm = seconds / 6 < 30 ? 30 : seconds / 6;
    int from = 0;
    while (from < ns && samples[from].t <= warm)
        from++;
    int n = ns - from, third = n / 3;
    bool ok = !died && !interrupted && stop_rc == 0 && third >= 1 &&
              atomic_load(&order_errors) == 0;
    if (third >= 1) {
        long r1 = max_rss(samples, from, from + third), r3 = max_rss(samples, ns - third, ns);
        int f1 = max_fds(samples, from, from + third), f3 = max_fds(samples, ns - third, ns);
        long rss_limit = r1 + r1 / 10 + 8 * 1024;
        bool rss_flat = r3 <= rss_limit, fds_flat = f3 <= f1 + FD_SLACK;
        printf("soak: after a %d s warm-up, first third max RSS %ld KiB, last third max %ld KiB "
               "(limit %ld): %s\n",
               warm, r1, r3, rss_limit, rss_flat ? "flat" : "GROWING");
        printf("soak: first third max fds %d, last third max %d (limit %d): %s\n", f1, f3,
               f1 + FD_SLACK, fds_flat ? "flat" : "GROWING");
        ok = ok && rss_flat && fds_flat;
    } else {
        printf("soak: too few samples after the warm-up\n");
    }
    printf("soak: produced %ld (A %ld, B %ld), acknowledged %ld, delivery errors %ld, consumed %ld "
           "(group) + %ld (tail), order errors %ld, members joined %ld, left %ld, abandoned %ld, "
           "connections %ld; broker %s\n",
           atomic_load(&produced_a) + atomic_load(&produced_b), atomic_load(&produced_a),
           atomic_load(&produced_b), atomic_load(&acked), atomic_load(&delivery_errors),
           atomic_load(&consumed), atomic_load(&tail_read), atomic_load(&order_errors),
           atomic_load(&joins), atomic_load(&leaves), atomic_load(&abandons), atomic_load(&conns),
           died           ? "DIED"
           : stop_rc == 0 ? "stopped cleanly"
                          : "did NOT stop cleanly");
    printf("soak: %s\n", ok ? "PASS" : "FAIL");
    hx_cleanup(&bp);
    return ok ? 0 : 1;
}
