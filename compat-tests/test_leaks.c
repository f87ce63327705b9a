/*
 * test_leaks.c - resources a long-running broker must give back, checked
 * from outside through /proc: file descriptors of deleted segments.
 *
 * Regression: a Fetch answered at once gathered its file spans twice and
 * dropped the references of the first gather, so every segment a consumer
 * had read stayed open forever - after retention deleted it, too (found by
 * LeakSanitizer in make compat-asan; here it is visible without one).
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdbool.h>
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
    /* 64 KiB segments, 128 KiB kept, retention checked twice a second. */
    static const char *const settings[] = {"num.partitions=1", "log.segment.bytes=65536",
                                           "log.retention.bytes=131072",
                                           "log.retention.check.interval.ms=500", NULL};
    hx_init(&bp, settings);
    cr_assert_eq(hx_start(&bp), 0);
}

static void stop(void)
{
    cr_expect_eq(hx_stop(&bp), 0, "broker did not stop cleanly");
    hx_cleanup(&bp);
}

TestSuite(leaks, .init = start, .fini = stop, .timeout = 120);

/* Descriptors of the broker that point at deleted files. */
static int deleted_fds(bool print)
{
    char dir[64];
    snprintf(dir, sizeof dir, "/proc/%d/fd", (int)bp.pid);
    DIR *d = opendir(dir);
    cr_assert_not_null(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[320], target[512];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        ssize_t len = readlink(path, target, sizeof target - 1);
        if (len <= 0)
            continue;
        target[len] = '\0';
        if (strstr(target, " (deleted)") && strstr(target, "/data/")) {
            n++;
            if (print)
                fprintf(stderr, "leaks: fd %s -> %s\n", e->d_name, target);
        }
    }
    closedir(d);
    return n;
}

static void produce(const char *topic, long from, long n)
{
    static const char *const ps[] = {"acks=all", "linger.ms=2", "batch.num.messages=20", NULL};
    rd_kafka_t *p = rk_producer(bp.bootstrap, ps);
    char v[200];
    for (long i = from; i < from + n; i++) {
        int len = snprintf(v, sizeof v, "%08ld-%0150d", i, 0);
        rd_kafka_resp_err_t e;
        while ((e = rd_kafka_producev(p, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_PARTITION(0),
                                      RD_KAFKA_V_VALUE(v, (size_t)len),
                                      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END)) ==
               RD_KAFKA_RESP_ERR__QUEUE_FULL)
            rd_kafka_poll(p, 5);
        cr_assert_eq(e, 0);
    }
    cr_assert(rk_flush(p, 30000));
    cr_assert_eq(rk_delivery_of(p)->ok, n);
    free(rk_delivery_of(p));
    rd_kafka_destroy(p);
}

Test(leaks, segments_read_by_consumers_are_closed_once_retention_deletes_them)
{
    /* Rounds of produce, then read everything still there: every segment
     * is fetched from before retention removes it. */
    int fds0 = hx_fd_count(&bp);
    for (int round = 0; round < 6; round++) {
        produce("kept", round * 1000L, 1000);
        struct rk_msgs got = {0};
        rk_read_all(bp.bootstrap, "kept", RD_KAFKA_OFFSET_BEGINNING, 1000, 3000, NULL, &got);
        cr_assert_geq(got.n, 500u, "round %d: read %zu", round, got.n);
        rk_msgs_free(&got);
        usleep(700 * 1000); /* a retention pass */
    }
    /* Retention has deleted most segments by now; none may stay open. */
    int deleted = 0;
    for (int i = 0; i < 50; i++) {
        deleted = deleted_fds(i == 49);
        if (deleted == 0)
            break;
        usleep(100 * 1000);
    }
    int fds1 = hx_fd_count(&bp);
    fprintf(stderr, "leaks: broker fds %d -> %d, %d of them on deleted segments\n", fds0, fds1,
            deleted);
    cr_assert_eq(deleted, 0, "%d descriptors still point at deleted segments", deleted);
    cr_assert_lt(fds1, fds0 + 8, "fds grew from %d to %d", fds0, fds1);
}
