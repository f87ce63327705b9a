/*
 * gw_conn.c - one accepted connection: sniffing, idle timeout, teardown.
 *
 *   SNIFF --preface "PRI * HTTP/2.0..."--> H2
 *   SNIFF --anything else----------------> H1
 *   any   --gw_conn_close / error / idle--> CLOSING --> freed
 *
 * | from  | to      | by                                   |
 * |-------|---------|--------------------------------------|
 * | SNIFF | H1, H2  | sniff(): at most 24 bytes decide     |
 * | *     | CLOSING | gw_conn_close(), conn_close_after... |
 *
 * SNIFF holds no request state; H1 and H2 own their protocol state in
 * pstate; CLOSING reads nothing and is freed as soon as no callback of this
 * connection is on the stack (Redis's freeClientAsync). TLS connections go
 * through the same sniffing after the handshake, so ALPN "h2" and prior
 * knowledge take one path.
 */
#include "gateway/gw_int.h"

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/time.h>

#include "protocol/status.h"

/* RFC 9113 section 3.4: the client connection preface. */
static const char H2_PREFACE[] = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
#define H2_PREFACE_LEN 24

void gw_log(const struct gateway *gw, const char *fmt, ...)
{
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (gw && gw->cfg.log_fn)
        gw->cfg.log_fn(gw->cfg.log_arg, line);
    else
        fprintf(stderr, "gateway: %s\n", line);
}

/* A PutRecords body (~700 KiB) trickles in over loopback in pieces: woken
 * for each one, libevent pays an ioctl(FIONREAD) and a readv every time.
 * SO_RCVLOWAT holds the wake-up until the body is there (Linux caps it at
 * half the largest receive buffer, so it cannot wait for more than the
 * socket can hold; EOF and the idle timer still wake us). Plain TCP only:
 * on TLS the socket holds ciphertext, not the body's bytes. */
void gw_conn_expect_bytes(struct gw_conn *c, size_t n)
{
    if (c->tls)
        return;
    int want = n > GW_IN_HIGH_WATER ? (int)GW_IN_HIGH_WATER : n > 1 ? (int)n : 1;
    if (want == c->rcvlowat || (want == 1 && c->rcvlowat == 0))
        return;
    evutil_socket_t fd = bufferevent_getfd(c->bev);
    if (fd >= 0 && setsockopt(fd, SOL_SOCKET, SO_RCVLOWAT, &want, sizeof want) == 0)
        c->rcvlowat = want;
}

/* libevent 2.1's evbuffer_read takes at most 4 KiB per readv (plus an
 * ioctl and a trip round the loop each time): 170 of each for one
 * PutRecords body. A body's length is known, so it is read here in as few
 * calls as the kernel allows. Behind libevent's back, which is harmless on
 * a plain socket: its next read just finds nothing (EAGAIN) or the EOF. */
ssize_t gw_conn_read_direct(struct gw_conn *c, void *buf, size_t n)
{
    if (c->tls || c->peer_eof || !n)
        return 0;
    evutil_socket_t fd = bufferevent_getfd(c->bev);
    size_t got = 0;
    while (got < n) {
        size_t ask = n - got;
        ssize_t r = recv(fd, (char *)buf + got, ask, 0);
        if (r > 0) {
            got += (size_t)r;
            if ((size_t)r < ask)
                break; /* a short read: the socket is drained for now */
            continue;
        }
        if (r == 0) {
            c->peer_eof = true;
            break;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        return got ? (ssize_t)got : -1;
    }
    return (ssize_t)got;
}

static void conn_free(struct gw_conn *c)
{
    struct gateway *gw = c->gw;
    if (c->proto && c->proto->destroy)
        c->proto->destroy(c);
    c->proto = NULL;
    if (c->idle_ev)
        event_free(c->idle_ev);
    if (c->bev)
        bufferevent_free(c->bev);
    if (c->prev)
        c->prev->next = c->next;
    else
        gw->conns = c->next;
    if (c->next)
        c->next->prev = c->prev;
    gw->nconns--;
    free(c);
}

void gw_conn_enter(struct gw_conn *c)
{
    c->depth++;
}

bool gw_conn_leave(struct gw_conn *c)
{
    if (--c->depth == 0 && c->free_pending) {
        conn_free(c);
        return false;
    }
    return c->state != GW_CONN_CLOSING;
}

void gw_conn_close(struct gw_conn *c)
{
    if (c->free_pending)
        return;
    c->state = GW_CONN_CLOSING;
    if (c->depth > 0) {
        c->free_pending = true;
        if (c->bev)
            bufferevent_disable(c->bev, EV_READ | EV_WRITE);
        return;
    }
    conn_free(c);
}

void gw_conn_close_after_flush(struct gw_conn *c)
{
    c->close_after_flush = true;
    bufferevent_disable(c->bev, EV_READ);
    if (evbuffer_get_length(bufferevent_get_output(c->bev)) == 0) {
        gw_conn_close(c);
        return;
    }
    /* The write callback fires only at the low watermark: make that empty. */
    bufferevent_setwatermark(c->bev, EV_WRITE, 0, 0);
    bufferevent_enable(c->bev, EV_WRITE);
}

void gw_conn_touch(struct gw_conn *c)
{
    struct timeval tv = {c->gw->cfg.idle_timeout_ms / 1000,
                         (c->gw->cfg.idle_timeout_ms % 1000) * 1000};
    evtimer_add(c->idle_ev, &tv);
}

void gw_conn_dispatch(struct gw_conn *c, struct gw_exchange *ex)
{
    c->gw->handler(c->gw, ex);
}

static void sniff(struct gw_conn *c)
{
    struct evbuffer *in = bufferevent_get_input(c->bev);
    size_t n = evbuffer_get_length(in);
    if (n == 0)
        return;
    unsigned char head[H2_PREFACE_LEN];
    size_t m = n < H2_PREFACE_LEN ? n : H2_PREFACE_LEN;
    evbuffer_copyout(in, head, m);
    int rc;
    if (memcmp(head, H2_PREFACE, m) != 0) {
        c->state = GW_CONN_H1;
        c->proto = &gw_proto_h1;
        rc = gw_h1_init(c);
    } else if (m == H2_PREFACE_LEN) {
        c->state = GW_CONN_H2;
        c->proto = &gw_proto_h2;
        rc = gw_h2_init(c);
    } else {
        return; /* a prefix of the preface: wait for the rest */
    }
    if (rc) {
        c->proto = NULL;
        gw_conn_close(c);
    }
}

static void conn_readcb(struct bufferevent *bev, void *arg)
{
    (void)bev;
    struct gw_conn *c = arg;
    gw_conn_enter(c);
    /* HTTP/1.1 restarts the idle timer itself, on progress only (a head
     * completed, body bytes taken), so a head dribbled a byte at a time
     * cannot hold a connection forever. */
    if (c->state != GW_CONN_H1)
        gw_conn_touch(c);
    if (c->state == GW_CONN_SNIFF)
        sniff(c);
    if ((c->state == GW_CONN_H1 || c->state == GW_CONN_H2) && !c->free_pending)
        c->proto->on_read(c);
    gw_conn_leave(c);
}

static void conn_writecb(struct bufferevent *bev, void *arg)
{
    struct gw_conn *c = arg;
    gw_conn_enter(c);
    if (c->close_after_flush) {
        if (evbuffer_get_length(bufferevent_get_output(bev)) == 0)
            gw_conn_close(c);
    } else if (c->proto && c->state != GW_CONN_CLOSING) {
        gw_conn_touch(c);
        c->proto->on_write(c);
    }
    gw_conn_leave(c);
}

static void conn_eventcb(struct bufferevent *bev, short what, void *arg)
{
    (void)bev;
    struct gw_conn *c = arg;
    gw_conn_enter(c);
    if (what & BEV_EVENT_CONNECTED) {
        /* TLS handshake done; sniffing decides the protocol either way. */
    } else if (what & BEV_EVENT_EOF && !(what & BEV_EVENT_ERROR)) {
        c->peer_eof = true;
        /* Answer a request already read before going away (HTTP/1.1
         * clients may half-close after sending). */
        if (c->proto && c->proto->busy(c) && c->state == GW_CONN_H1)
            bufferevent_disable(c->bev, EV_READ);
        else
            gw_conn_close(c);
    } else if (what & (BEV_EVENT_ERROR | BEV_EVENT_TIMEOUT | BEV_EVENT_EOF)) {
        gw_conn_close(c);
    }
    gw_conn_leave(c);
}

/* A body slower than the idle timeout per SO_RCVLOWAT's worth of bytes
 * never wakes us, yet it is progress, not idleness: when bytes wait in the
 * socket, drop the mark so they are read (which raises it again). */
static bool body_trickling_in(struct gw_conn *c)
{
    if (c->rcvlowat <= 1)
        return false;
    int waiting = 0;
    evutil_socket_t fd = bufferevent_getfd(c->bev);
    if (fd < 0 || ioctl(fd, FIONREAD, &waiting) != 0 || waiting <= 0)
        return false;
    gw_conn_expect_bytes(c, 0);
    return true;
}

static void conn_idlecb(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct gw_conn *c = arg;
    gw_conn_enter(c);
    if (c->proto && c->proto->busy(c))
        gw_conn_touch(c);
    else if (body_trickling_in(c))
        gw_conn_touch(c);
    else
        gw_conn_close(c);
    gw_conn_leave(c);
}

int gw_conn_new(struct gateway *gw, struct bufferevent *bev, bool tls, const char *peer)
{
    struct gw_conn *c = calloc(1, sizeof *c);
    if (!c) {
        bufferevent_free(bev);
        return -E_NOMEM;
    }
    c->gw = gw;
    c->bev = bev;
    c->tls = tls;
    c->state = GW_CONN_SNIFF;
    snprintf(c->peer, sizeof c->peer, "%s", peer ? peer : "-");
    c->idle_ev = evtimer_new(gw->base, conn_idlecb, c);
    c->next = gw->conns;
    if (gw->conns)
        gw->conns->prev = c;
    gw->conns = c;
    gw->nconns++;
    if (!c->idle_ev) {
        conn_free(c);
        return -E_NOMEM;
    }
    bufferevent_setcb(bev, conn_readcb, conn_writecb, conn_eventcb, c);
    /* Input is bounded: the protocols drain it into bounded request state
     * and stop reading while a request is being served. (Bodies of known
     * length bypass libevent's 4 KiB reads: gw_conn_read_direct.) */
    size_t high = GW_IN_HIGH_WATER;
    if (high < gw->cfg.max_header_bytes + 1)
        high = gw->cfg.max_header_bytes + 1;
    bufferevent_setwatermark(bev, EV_READ, 0, high);
    bufferevent_setwatermark(bev, EV_WRITE, GW_OUT_HIGH_WATER / 2, 0);
    /* libevent moves 16 KiB per read/write call by default: a 700 KiB
     * PutRecords body or a 10 MiB GetRecords answer would take dozens of
     * system calls and callbacks. */
    bufferevent_set_max_single_read(bev, high);
    bufferevent_set_max_single_write(bev, GW_OUT_HIGH_WATER);
    bufferevent_enable(bev, EV_READ | EV_WRITE);
    gw_conn_touch(c);
    return 0;
}
