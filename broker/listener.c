/*
 * listener.c - evconnlistener per configured listener. Only PLAINTEXT is
 * served for now (SASL and TLS listeners come with their issue); other
 * security protocols are refused at start-up rather than silently served
 * in clear text.
 */
#include "broker/listener.h"

#include <arpa/inet.h>
#include <errno.h>
#include <event2/listener.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/conn.h"
#include "protocol/status.h"

struct listener {
    struct listener *next;
    struct evconnlistener *ev;
    struct listen_addr addr;
    int bound_port;
    struct broker *b;
};

int listener_parse(const char *spec, struct listen_addr *out)
{
    memset(out, 0, sizeof *out);
    const char *sep = strstr(spec, "://");
    if (!sep || sep == spec || (size_t)(sep - spec) >= sizeof out->name)
        return -E_INVAL;
    memcpy(out->name, spec, (size_t)(sep - spec));
    const char *hp = sep + 3;
    const char *colon = strrchr(hp, ':');
    if (!colon)
        return -E_INVAL;
    size_t hlen = (size_t)(colon - hp);
    if (hlen >= sizeof out->host)
        return -E_INVAL;
    /* [::1]:9092 */
    if (hlen >= 2 && hp[0] == '[' && hp[hlen - 1] == ']') {
        memcpy(out->host, hp + 1, hlen - 2);
    } else {
        memcpy(out->host, hp, hlen);
    }
    char *end;
    long port = strtol(colon + 1, &end, 10);
    if (*end || port < 0 || port > 65535 || end == colon + 1)
        return -E_INVAL;
    out->port = (int)port;
    return 0;
}

static void on_accept(struct evconnlistener *ev, evutil_socket_t fd, struct sockaddr *sa, int len,
                      void *arg)
{
    (void)ev;
    (void)len;
    struct listener *l = arg;
    char host[INET6_ADDRSTRLEN] = "?";
    int port = 0;
    if (sa->sa_family == AF_INET) {
        struct sockaddr_in *in = (struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
        port = ntohs(in->sin_port);
    } else if (sa->sa_family == AF_INET6) {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
        port = ntohs(in6->sin6_port);
    }
    char peer[64];
    snprintf(peer, sizeof peer, "%s:%d", host, port);
    if (l->b->stopping) {
        evutil_closesocket(fd);
        return;
    }
    struct conn *c = conn_new(l->b, fd, peer);
    if (c)
        blog(BLOG_DEBUG, "connection_accepted", "conn=%llu peer=%s listener=%s",
             (unsigned long long)c->id, peer, l->addr.name);
}

static void on_accept_error(struct evconnlistener *ev, void *arg)
{
    (void)ev;
    struct listener *l = arg;
    /* EMFILE and friends: keep the listener, log, let clients retry. */
    blog(BLOG_WARN, "accept_failed", "listener=%s error=\"%s\"", l->addr.name,
         strerror(EVUTIL_SOCKET_ERROR()));
}

static int start_one(struct broker *b, const struct listen_addr *a)
{
    if (strcmp(a->name, "PLAINTEXT") != 0) {
        blog(BLOG_ERROR, "listener_unsupported", "listener=%s reason=\"only PLAINTEXT is served\"",
             a->name);
        return -E_UNSUPPORTED;
    }
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
                             .ai_flags = AI_PASSIVE | AI_NUMERICSERV};
    struct addrinfo *res = NULL;
    char port[8];
    snprintf(port, sizeof port, "%d", a->port);
    int rc = getaddrinfo(a->host[0] ? a->host : NULL, port, &hints, &res);
    if (rc != 0 || !res) {
        blog(BLOG_ERROR, "listener_failed", "host=%s port=%d error=\"%s\"", a->host, a->port,
             gai_strerror(rc));
        return -E_INVAL;
    }
    struct listener *l = calloc(1, sizeof *l);
    if (!l) {
        freeaddrinfo(res);
        return -E_NOMEM;
    }
    l->addr = *a;
    l->b = b;
    l->ev = evconnlistener_new_bind(b->base, on_accept, l,
                                    LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE, 1024,
                                    res->ai_addr, (int)res->ai_addrlen);
    freeaddrinfo(res);
    if (!l->ev) {
        blog(BLOG_ERROR, "listener_failed", "host=%s port=%d error=\"%s\"", a->host, a->port,
             strerror(errno));
        free(l);
        return -E_IO;
    }
    evconnlistener_set_error_cb(l->ev, on_accept_error);
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    l->bound_port = a->port;
    if (getsockname(evconnlistener_get_fd(l->ev), (struct sockaddr *)&ss, &sl) == 0) {
        if (ss.ss_family == AF_INET)
            l->bound_port = ntohs(((struct sockaddr_in *)&ss)->sin_port);
        else if (ss.ss_family == AF_INET6)
            l->bound_port = ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
    }
    l->next = b->listeners;
    b->listeners = l;
    blog(BLOG_INFO, "listening", "listener=%s host=%s port=%d", a->name, a->host, l->bound_port);
    return 0;
}

int listener_start_all(struct broker *b)
{
    const char *spec = config_get(&b->cfg, "listeners");
    if (!spec) {
        blog(BLOG_ERROR, "config_invalid", "key=listeners reason=empty");
        return -E_INVAL;
    }
    char *copy = strdup(spec);
    if (!copy)
        return -E_NOMEM;
    int rc = 0;
    char *save = NULL;
    for (char *tok = strtok_r(copy, ",", &save); tok && !rc; tok = strtok_r(NULL, ",", &save)) {
        while (*tok == ' ')
            tok++;
        struct listen_addr a;
        if (listener_parse(tok, &a) != 0) {
            blog(BLOG_ERROR, "config_invalid", "key=listeners value=\"%s\"", tok);
            rc = -E_INVAL;
            break;
        }
        rc = start_one(b, &a);
    }
    free(copy);
    return rc;
}

void listener_stop_all(struct broker *b)
{
    struct listener *l = b->listeners;
    while (l) {
        struct listener *next = l->next;
        evconnlistener_free(l->ev);
        free(l);
        l = next;
    }
    b->listeners = NULL;
}

int listener_bound_port(const struct broker *b)
{
    const struct listener *l = b->listeners;
    if (!l)
        return -1;
    while (l->next) /* the first configured one is last in the list */
        l = l->next;
    return l->bound_port;
}
