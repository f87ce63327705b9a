/*
 * gateway.c - start and stop the gateway: listeners, accept, TLS context,
 * the per-process shard-iterator key, and the clock.
 */
#include "gateway/gw_int.h"

#include <arpa/inet.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <event2/listener.h>
#include <event2/util.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/rand.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "protocol/status.h"

static int64_t real_now_ms(void *arg)
{
    (void)arg;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t gw_now_ms(const struct gateway *gw)
{
    return gw->now_ms(gw->clock_arg);
}

void gw_set_clock(struct gateway *gw, int64_t (*now_ms)(void *arg), void *arg)
{
    gw->now_ms = now_ms ? now_ms : real_now_ms;
    gw->clock_arg = now_ms ? arg : NULL;
}

void gw_set_handler(struct gateway *gw, gw_handler_fn fn)
{
    gw->handler = fn ? fn : gw_api_handle;
}

size_t gw_connection_count(const struct gateway *gw)
{
    return gw->nconns;
}

static int start_conn(struct gateway *gw, evutil_socket_t fd, bool tls, const char *peer)
{
    if (gw->nconns >= gw->cfg.max_connections) {
        gw_log(gw, "event=connection_refused reason=max_connections peer=%s", peer);
        evutil_closesocket(fd);
        return -E_TOOBIG;
    }
    evutil_make_socket_nonblocking(fd);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one); /* fails quietly on socketpairs */
    struct bufferevent *bev;
    if (tls) {
        if (!gw->ssl_ctx) {
            evutil_closesocket(fd);
            return -E_INVAL;
        }
        bev = gw_tls_bev_new(gw, fd);
    } else {
        bev = bufferevent_socket_new(gw->base, fd, BEV_OPT_CLOSE_ON_FREE);
    }
    if (!bev) {
        evutil_closesocket(fd);
        return -E_NOMEM;
    }
    return gw_conn_new(gw, bev, tls, peer);
}

int gw_adopt_fd(struct gateway *gw, int fd, bool tls)
{
    return start_conn(gw, fd, tls, "adopted");
}

static void accept_cb(struct evconnlistener *l, evutil_socket_t fd, struct sockaddr *sa, int len,
                      void *arg)
{
    (void)len;
    struct gateway *gw = arg;
    char peer[64] = "-";
    if (sa->sa_family == AF_INET) {
        struct sockaddr_in *in = (struct sockaddr_in *)sa;
        char a[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, &in->sin_addr, a, sizeof a);
        snprintf(peer, sizeof peer, "%s:%u", a, ntohs(in->sin_port));
    } else if (sa->sa_family == AF_INET6) {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)sa;
        char a[INET6_ADDRSTRLEN];
        inet_ntop(AF_INET6, &in6->sin6_addr, a, sizeof a);
        snprintf(peer, sizeof peer, "[%s]:%u", a, ntohs(in6->sin6_port));
    }
    start_conn(gw, fd, l == gw->tls_listener, peer);
}

static struct evconnlistener *listen_on(struct gateway *gw, const char *addr, int *err)
{
    struct sockaddr_storage ss;
    int sslen = sizeof ss;
    memset(&ss, 0, sizeof ss);
    /* libevent's parser refuses port 0, which asks the kernel for a free
     * port (tests, ephemeral setups): parse with port 1, then zero it. */
    char tmp[300];
    size_t al = strlen(addr);
    bool port0 = al >= 2 && al < sizeof tmp && !strcmp(addr + al - 2, ":0");
    if (port0) {
        memcpy(tmp, addr, al + 1);
        tmp[al - 1] = '1';
    }
    int prc = evutil_parse_sockaddr_port(port0 ? tmp : addr, (struct sockaddr *)&ss, &sslen);
    if (!prc && port0) {
        if (ss.ss_family == AF_INET)
            ((struct sockaddr_in *)&ss)->sin_port = 0;
        else if (ss.ss_family == AF_INET6)
            ((struct sockaddr_in6 *)&ss)->sin6_port = 0;
    }
    if (prc != 0) {
        gw_log(gw, "event=bad_listener address=\"%s\"", addr);
        *err = -E_INVAL;
        return NULL;
    }
    struct evconnlistener *l =
        evconnlistener_new_bind(gw->base, accept_cb, gw,
                                LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE | LEV_OPT_CLOSE_ON_EXEC,
                                128, (struct sockaddr *)&ss, sslen);
    if (!l) {
        gw_log(gw, "event=listen_failed address=%s", addr);
        *err = -E_IO;
    }
    return l;
}

int gw_listener_port(const struct gateway *gw, bool tls)
{
    struct evconnlistener *l = tls ? gw->tls_listener : gw->listener;
    if (!l)
        return -1;
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    if (getsockname(evconnlistener_get_fd(l), (struct sockaddr *)&ss, &len))
        return -1;
    if (ss.ss_family == AF_INET)
        return ntohs(((struct sockaddr_in *)&ss)->sin_port);
    if (ss.ss_family == AF_INET6)
        return ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
    return -1;
}

struct gateway *gw_new(struct event_base *base, const struct gw_config *cfg,
                       struct gw_backend *backend, int *err)
{
    int dummy;
    if (!err)
        err = &dummy;
    *err = 0;
    struct gateway *gw = calloc(1, sizeof *gw);
    if (!gw) {
        *err = -E_NOMEM;
        return NULL;
    }
    /* libevent writes sockets with writev, which raises SIGPIPE when a peer
     * has gone; a client hanging up must never stop the broker. Only the
     * default disposition is replaced (the broker may have its own). */
    struct sigaction sa;
    if (sigaction(SIGPIPE, NULL, &sa) == 0 && sa.sa_handler == SIG_DFL)
        signal(SIGPIPE, SIG_IGN);
    gw->base = base;
    gw->backend = backend;
    gw->handler = gw_api_handle;
    gw_set_clock(gw, NULL, NULL);
    if (gw_config_copy(&gw->cfg, cfg)) {
        free(gw);
        *err = -E_NOMEM;
        return NULL;
    }
    if (RAND_bytes(gw->iter_key, sizeof gw->iter_key) != 1) {
        *err = -E_IO;
        goto fail;
    }
    if ((*err = gw_api_new(gw)))
        goto fail;
    const struct gw_config *c = &gw->cfg;
    if (c->tls_cert[0] || c->tls_key[0]) {
        if (!c->tls_cert[0] || !c->tls_key[0]) {
            gw_log(gw, "event=tls_config_failed reason=\"tls.cert and tls.key go together\"");
            *err = -E_INVAL;
            goto fail;
        }
        if ((*err = gw_tls_ctx_new(gw, c->tls_cert, c->tls_key)))
            goto fail;
    }
    if (c->tls_listener[0] && !gw->ssl_ctx) {
        gw_log(gw, "event=tls_config_failed reason=\"tls.listener needs tls.cert and tls.key\"");
        *err = -E_INVAL;
        goto fail;
    }
    if (c->listener[0]) {
        gw->listener = listen_on(gw, c->listener, err);
        if (!gw->listener)
            goto fail;
        gw_log(gw, "event=listening protocol=http address=%s port=%d", c->listener,
               gw_listener_port(gw, false));
    }
    if (c->tls_listener[0]) {
        gw->tls_listener = listen_on(gw, c->tls_listener, err);
        if (!gw->tls_listener)
            goto fail;
        gw_log(gw, "event=listening protocol=https address=%s port=%d alpn=h2,http/1.1",
               c->tls_listener, gw_listener_port(gw, true));
    }
    if (c->auth == GW_AUTH_ANY)
        gw_log(gw, "event=auth_disabled auth=any warning=\"any well-formed SigV4 signature is "
               "accepted: local development only\"");
    else if (c->ncreds == 0)
        gw_log(gw, "event=no_credentials auth=sigv4 warning=\"sluice.gateway.credentials is empty: "
               "every request will be refused\"");
    return gw;
fail:
    gw_free(gw);
    return NULL;
}

void gw_free(struct gateway *gw)
{
    if (!gw)
        return;
    if (gw->listener)
        evconnlistener_free(gw->listener);
    if (gw->tls_listener)
        evconnlistener_free(gw->tls_listener);
    while (gw->conns) {
        /* Nothing of ours is on the stack once the owner frees us. */
        gw->conns->depth = 0;
        gw->conns->free_pending = false;
        gw_conn_close(gw->conns);
    }
    gw_api_free(gw);
    gw_tls_ctx_free(gw);
    gw_config_destroy(&gw->cfg);
    memset(gw->iter_key, 0, sizeof gw->iter_key);
    free(gw);
}
