/*
 * lifecycle.c - start-up and orderly shutdown.
 *
 * The cluster id is created once and kept in <log.dir>/meta.properties
 * (Kafka's file and keys), so Metadata's ClusterId is stable across
 * restarts.
 */
#include "broker/lifecycle.h"

#include <errno.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/conn.h"
#include "broker/listener.h"
#include "broker/services.h"
#include "protocol/status.h"

#define SHUTDOWN_GRACE_MS 10000
#define TICK_MS 100

static const char *first_log_dir(const struct broker *b, char *buf, size_t len)
{
    const char *dirs = config_get(&b->cfg, "log.dirs");
    snprintf(buf, len, "%s", dirs ? dirs : "./data");
    char *comma = strchr(buf, ',');
    if (comma)
        *comma = '\0';
    return buf;
}

static int mkdir_p(const char *path)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++) {
        if (*p == '/') {
            *p = '\0';
            if (mkdir(tmp, 0755) != 0 && errno != EEXIST)
                return -E_IO;
            *p = '/';
        }
    }
    if (mkdir(tmp, 0755) != 0 && errno != EEXIST)
        return -E_IO;
    return 0;
}

/* Kafka's cluster ids are 16 random bytes in unpadded URL-safe base64. */
static void new_cluster_id(char out[23])
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    uint8_t raw[18] = {0};
    if (getrandom(raw, 16, 0) != 16) {
        /* Fallback only matters on exotic kernels; mix time and pid. */
        uint64_t t = (uint64_t)wall_ms() ^ ((uint64_t)getpid() << 32);
        memcpy(raw, &t, 8);
    }
    int o = 0;
    for (int i = 0; i < 18 && o < 22; i += 3) {
        uint32_t v = (uint32_t)raw[i] << 16 | (uint32_t)raw[i + 1] << 8 | raw[i + 2];
        for (int k = 3; k >= 0 && o < 22; k--)
            out[o++] = alphabet[(v >> (6 * k)) & 63];
    }
    out[22] = '\0';
}

static int write_file_durably(const char *dir, const char *name, const char *text)
{
    char path[4096], tmp[4096];
    if (snprintf(path, sizeof path, "%s/%s", dir, name) >= (int)sizeof path ||
        snprintf(tmp, sizeof tmp, "%s/%s.tmp", dir, name) >= (int)sizeof tmp)
        return -E_INVAL;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return -E_IO;
    size_t len = strlen(text);
    ssize_t n = write(fd, text, len);
    if (n != (ssize_t)len || fsync(fd) != 0) {
        close(fd);
        unlink(tmp);
        return -E_IO;
    }
    close(fd);
    if (rename(tmp, path) != 0)
        return -E_IO;
    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    return 0;
}

static int load_cluster_id(struct broker *b, const char *dir)
{
    char path[4096];
    if (snprintf(path, sizeof path, "%s/meta.properties", dir) >= (int)sizeof path)
        return -E_INVAL;
    FILE *f = fopen(path, "r");
    if (f) {
        char line[256];
        while (fgets(line, sizeof line, f)) {
            if (strncmp(line, "cluster.id=", 11) == 0) {
                char *v = line + 11;
                v[strcspn(v, "\r\n")] = '\0';
                if (strlen(v) < sizeof b->cluster_id)
                    memcpy(b->cluster_id, v, strlen(v) + 1);
            }
        }
        fclose(f);
        if (b->cluster_id[0])
            return 0;
    }
    char id[23];
    new_cluster_id(id);
    snprintf(b->cluster_id, sizeof b->cluster_id, "%s", id);
    char text[256];
    snprintf(text, sizeof text, "#Written by sluice\nversion=1\ncluster.id=%s\nnode.id=%d\n", id,
             b->node_id);
    return write_file_durably(dir, "meta.properties", text);
}

static void on_signal(evutil_socket_t sig, short what, void *arg)
{
    (void)what;
    struct broker *b = arg;
    blog(BLOG_INFO, "signal", "signal=%s", sig == SIGTERM ? "SIGTERM" : "SIGINT");
    broker_request_stop(b);
}

static void on_tick(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct broker *b = arg;
    services_tick(b);
    if (!b->stopping) {
        conn_sweep_idle(b);
        return;
    }
    /* Shutting down: wait for in-flight requests and unsent output. */
    if (!b->stop_deadline_ms)
        b->stop_deadline_ms = now_ms() + SHUTDOWN_GRACE_MS;
    bool busy = false;
    struct conn *c;
    TAILQ_FOREACH(c, &b->conns, link) {
        if (c->ninflight > 0 ||
            evbuffer_get_length(bufferevent_get_output(c->bev)) > 0) {
            busy = true;
            break;
        }
    }
    if (!busy || now_ms() > b->stop_deadline_ms) {
        if (busy)
            blog(BLOG_WARN, "shutdown_grace_expired", "connections=%zu", b->nconns);
        event_base_loopexit(b->base, NULL);
    }
}

void broker_request_stop(struct broker *b)
{
    if (b->stopping)
        return;
    b->stopping = true;
    listener_stop_all(b);
    services_begin_stop(b);
}

int broker_start(struct broker *b)
{
    TAILQ_INIT(&b->conns);
    rb_scratch_init(&b->rb_scratch);
    b->node_id = (int32_t)config_get_i64(&b->cfg, "node.id", 1);
    b->socket_request_max_bytes = config_get_i64(&b->cfg, "socket.request.max.bytes", 104857600);
    b->message_max_bytes = config_get_i64(&b->cfg, "message.max.bytes", 1048588);
    b->idle_ms = config_get_i64(&b->cfg, "connections.max.idle.ms", 600000);
    b->max_inflight = (int)config_get_i64(&b->cfg, "queued.max.requests", 500);
    if (b->max_inflight < 1)
        b->max_inflight = 1;
    b->auto_create_topics = config_get_bool(&b->cfg, "auto.create.topics.enable", true);
    b->default_partitions = (int32_t)config_get_i64(&b->cfg, "num.partitions", 1);

    char dir[4096];
    first_log_dir(b, dir, sizeof dir);
    if (mkdir_p(dir) != 0) {
        blog(BLOG_ERROR, "data_dir_failed", "dir=%s error=\"%s\"", dir, strerror(errno));
        return -E_IO;
    }
    if (load_cluster_id(b, dir) != 0) {
        blog(BLOG_ERROR, "meta_properties_failed", "dir=%s", dir);
        return -E_IO;
    }
    int rc = services_start(b, dir);
    if (rc)
        return rc;
    rc = listener_start_all(b);
    if (rc)
        return rc;

    /* Advertise what clients can reach: advertised.listeners, else the
     * first listener (0.0.0.0 becomes 127.0.0.1, port 0 the bound port). */
    const char *adv = config_get(&b->cfg, "advertised.listeners");
    if (!adv)
        adv = config_get(&b->cfg, "listeners");
    char first[512];
    snprintf(first, sizeof first, "%s", adv);
    first[strcspn(first, ",")] = '\0';
    struct listen_addr a;
    if (listener_parse(first, &a) != 0) {
        blog(BLOG_ERROR, "config_invalid", "key=advertised.listeners value=\"%s\"", first);
        return -E_INVAL;
    }
    if (!a.host[0] || strcmp(a.host, "0.0.0.0") == 0 || strcmp(a.host, "::") == 0)
        snprintf(a.host, sizeof a.host, "127.0.0.1");
    b->advertised_host = strdup(a.host);
    b->advertised_port = a.port ? a.port : listener_bound_port(b);

    b->sig_int = evsignal_new(b->base, SIGINT, on_signal, b);
    b->sig_term = evsignal_new(b->base, SIGTERM, on_signal, b);
    b->tick = event_new(b->base, -1, EV_PERSIST, on_tick, b);
    if (!b->sig_int || !b->sig_term || !b->tick)
        return -E_NOMEM;
    evsignal_add(b->sig_int, NULL);
    evsignal_add(b->sig_term, NULL);
    struct timeval tv = {0, TICK_MS * 1000};
    event_add(b->tick, &tv);
    return 0;
}

int broker_stop(struct broker *b)
{
    listener_stop_all(b);
    struct conn *c;
    while ((c = TAILQ_FIRST(&b->conns)))
        conn_close(c, "shutdown");
    int rc = services_stop(b);
    if (b->sig_int)
        event_free(b->sig_int);
    if (b->sig_term)
        event_free(b->sig_term);
    if (b->tick)
        event_free(b->tick);
    free(b->advertised_host);
    rb_scratch_destroy(&b->rb_scratch);
    if (rc == 0)
        blog(BLOG_INFO, "stopped", "clean=true");
    return rc;
}
