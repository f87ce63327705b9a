/*
 * main.c - the sluice binary: configuration, start-up, the event loop and
 * an orderly shutdown.
 *
 * Start-up: embedded defaults < --config FILE < --set key=value. Then the
 * data directory (cluster id, storage recovery), listeners, timers.
 * SIGTERM/SIGINT: stop accepting, let in-flight requests finish (parked
 * fetches are answered early), flush storage, write the clean-shutdown
 * marker, exit 0.
 */
#include <errno.h>
#include <malloc.h>
#include <event2/event.h>
#include <event2/thread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/conn.h"
#include "broker/lifecycle.h"
#include "broker/listener.h"

#ifndef SLUICE_VERSION
#define SLUICE_VERSION "0.1.0"
#endif

static void usage(FILE *out)
{
    fprintf(out,
            "usage: sluice [--config FILE] [--set key=value ...] [--version] [--help]\n"
            "\n"
            "Runs one Sluice broker. Without options it serves Kafka clients on\n"
            "127.0.0.1:9092 with data under ./data (the embedded defaults).\n"
            "  --config FILE     read a Kafka-style server.properties file\n"
            "  --set key=value   override one setting (repeatable, applied last)\n"
            "  --version         print the version and exit\n"
            "  --help            this text and every setting with its default\n\n");
}

/* Allow many connections: 2,000 idle clients must not hit EMFILE. */
static void raise_fd_limit(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max > 1048576 ? 1048576 : rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
}

int main(int argc, char **argv)
{
    struct broker b;
    memset(&b, 0, sizeof b);
    if (config_init(&b.cfg) != 0) {
        fprintf(stderr, "sluice: out of memory\n");
        return 1;
    }
    char err[512];
    /* --config first, so --set overrides it whatever the argument order. */
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--version") == 0) {
            printf("sluice %s\n", SLUICE_VERSION);
            return 0;
        }
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            config_print_help();
            return 0;
        }
        if (strcmp(argv[i], "--config") == 0) {
            if (i + 1 >= argc) {
                usage(stderr);
                return 2;
            }
            if (config_load_file(&b.cfg, argv[++i], err, sizeof err) != 0) {
                fprintf(stderr, "sluice: %s\n", err);
                return 2;
            }
        } else if (strcmp(argv[i], "--set") == 0) {
            i++; /* applied below */
            if (i >= argc) {
                usage(stderr);
                return 2;
            }
        } else {
            fprintf(stderr, "sluice: unknown argument '%s'\n", argv[i]);
            usage(stderr);
            return 2;
        }
    }
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--config") == 0) {
            i++;
        } else if (strcmp(argv[i], "--set") == 0) {
            if (config_set_pair(&b.cfg, argv[++i], err, sizeof err) != 0) {
                fprintf(stderr, "sluice: --set %s\n", err);
                return 2;
            }
        }
    }
    int lvl = blog_parse_level(config_get(&b.cfg, "sluice.log.level") ? config_get(&b.cfg, "sluice.log.level") : "info");
    blog_set_level(lvl < 0 ? BLOG_INFO : (enum blog_level)lvl);
    for (size_t i = 0; i < b.cfg.count; i++)
        if (!b.cfg.entries[i].known)
            blog(BLOG_WARN, "config_unknown_key", "key=%s", b.cfg.entries[i].name);

    signal(SIGPIPE, SIG_IGN);
    /* Requests and answers of several MiB (Kinesis PutRecords/GetRecords,
     * large fetches) would otherwise each get fresh mmap'd memory and pay
     * a page fault per 4 KiB on every call; keep them in the heap and keep
     * freed heap memory for reuse. */
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
    raise_fd_limit();
    evthread_use_pthreads();
    b.base = event_base_new();
    if (!b.base) {
        fprintf(stderr, "sluice: cannot create the event loop\n");
        return 1;
    }
    int rc = broker_start(&b);
    if (rc == 0) {
        blog(BLOG_INFO, "started", "version=%s node_id=%d cluster_id=%s", SLUICE_VERSION,
             b.node_id, b.cluster_id);
        event_base_dispatch(b.base);
    }
    rc = broker_stop(&b) || rc;
    event_base_free(b.base);
    config_destroy(&b.cfg);
    libevent_global_shutdown();
    return rc ? 1 : 0;
}
