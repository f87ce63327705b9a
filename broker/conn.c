/*
 * conn.c - a client connection: framing, dispatch, ordered responses and
 * backpressure.
 *
 *      accept                  frame complete
 *   ----------> READING -------------------------> (dispatch, stay READING)
 *                 |  ^
 *   in flight >=  |  |  a response leaves and in flight < max and
 *   max, or out-  v  |  output below the low watermark
 *   put too full PAUSED
 *
 *   READING or PAUSED --conn_close_after_flush()--> DRAINING
 *   DRAINING --earlier answers sent, or CLOSE_LINGER_MS--> CLOSING
 *   any state --conn_close()--> CLOSING (freed when no callback runs)
 *
 * Transitions: READING->PAUSED and PAUSED->READING in update_reading();
 * ->DRAINING in conn_close_after_flush(); DRAINING->CLOSING in
 * finish_draining() or conn_sweep_idle(); ->CLOSING in conn_close().
 *
 * DRAINING is how a protocol violation ends a connection: nothing more is
 * read, but the requests that arrived before the bad one are still
 * answered, in order, before the close - what a Kafka client sees from
 * Kafka, which reads one request at a time. It lasts at most
 * CLOSE_LINGER_MS, so a client that does not read cannot hold it.
 *
 * Kafka answers requests on a connection strictly in order. Unlike Kafka,
 * which mutes a connection until each response is sent, Sluice keeps
 * reading up to queued.max.requests requests while earlier ones are parked
 * (acks=all Produce waiting for fsync, long-poll Fetch): librdkafka
 * pipelines up to 5 produce requests, and one group commit can then cover
 * all of them. Responses are still released strictly in arrival order from
 * the inflight queue, so clients see Kafka's ordering. (STYLE.md suggests
 * one request at a time; this is the deliberate exception, for throughput.)
 *
 * Facts: a frame size is checked against socket.request.max.bytes before
 * any of its body is buffered (frame_check_size); the input buffer never
 * holds more than one frame beyond what has been taken; output above
 * OUT_HIGH pauses reading; a frame whose first byte arrived more than
 * connections.max.idle.ms ago while we were reading closes the connection
 * (conn_sweep_idle), so trickled bytes cannot hold a connection forever.
 */
#include "broker/conn.h"

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/dispatch.h"
#include "broker/frame.h"

#define OUT_HIGH (8u << 20)  /* pause reading above this much unsent output */
#define OUT_LOW (1u << 20)   /* resume below this */
#define IN_CHUNK (256u << 10) /* input read watermark while no frame pending */
#define CLOSE_LINGER_MS 5000 /* longest a DRAINING connection waits to flush */

static void on_read(struct bufferevent *bev, void *arg);
static void on_write(struct bufferevent *bev, void *arg);
static void on_event(struct bufferevent *bev, short what, void *arg);
static void flush_done(struct conn *c);

static void conn_free(struct conn *c)
{
    struct request *rq;
    while ((rq = TAILQ_FIRST(&c->inflight))) {
        TAILQ_REMOVE(&c->inflight, rq, link);
        if (rq->done)
            rq_free(rq);
        else if (rq->cancel)
            rq->cancel(rq); /* unparks and frees */
        else
            rq->conn = NULL; /* orphan: freed when its handler finishes */
    }
    if (c->bev)
        bufferevent_free(c->bev);
    TAILQ_REMOVE(&c->b->conns, c, link);
    c->b->nconns--;
    free(c);
}

void conn_close(struct conn *c, const char *reason)
{
    if (c->state == CONN_CLOSING)
        return;
    c->state = CONN_CLOSING;
    blog(BLOG_INFO, "connection_closed", "conn=%llu peer=%s reason=%s requests=%llu",
         (unsigned long long)c->id, c->peer, reason, (unsigned long long)c->requests);
    bufferevent_disable(c->bev, EV_READ | EV_WRITE);
    if (c->in_callback)
        c->free_pending = true;
    else
        conn_free(c);
}

/* DRAINING ends once every earlier request is answered and sent. */
static void finish_draining(struct conn *c)
{
    if (c->state != CONN_DRAINING || !TAILQ_EMPTY(&c->inflight) ||
        evbuffer_get_length(bufferevent_get_output(c->bev)) > 0)
        return;
    conn_close(c, c->drain_reason);
}

void conn_close_after_flush(struct conn *c, const char *reason)
{
    if (c->state == CONN_CLOSING || c->state == CONN_DRAINING)
        return;
    c->state = CONN_DRAINING;
    c->drain_reason = reason;
    c->drain_deadline_ms = now_ms() + CLOSE_LINGER_MS;
    bufferevent_disable(c->bev, EV_READ);
    struct evbuffer *in = bufferevent_get_input(c->bev);
    evbuffer_drain(in, evbuffer_get_length(in));
    /* Be told when the output is completely sent, not just below OUT_LOW. */
    bufferevent_setwatermark(c->bev, EV_WRITE, 0, 0);
    flush_done(c);
    finish_draining(c);
}

/* Leave a callback: free the connection if it was closed inside. */
static void leave(struct conn *c)
{
    if (--c->in_callback == 0 && c->free_pending)
        conn_free(c);
}

static void update_reading(struct conn *c)
{
    if (c->state == CONN_CLOSING)
        return;
    size_t out = evbuffer_get_length(bufferevent_get_output(c->bev));
    bool full = c->ninflight >= c->b->max_inflight || out > OUT_HIGH;
    if (c->state == CONN_READING && full) {
        c->state = CONN_PAUSED;
        bufferevent_disable(c->bev, EV_READ);
    } else if (c->state == CONN_PAUSED && !full && out <= OUT_LOW) {
        c->state = CONN_READING;
        /* Time spent paused was ours, not the client's. */
        c->frame_started_ms = 0;
        bufferevent_enable(c->bev, EV_READ);
        /* Frames may already be buffered: process them now. */
        on_read(c->bev, c);
    }
}

struct conn *conn_new(struct broker *b, int fd, const char *peer)
{
    struct conn *c = calloc(1, sizeof *c);
    if (!c) {
        close(fd);
        return NULL;
    }
    c->b = b;
    c->id = ++b->next_conn_id;
    snprintf(c->peer, sizeof c->peer, "%s", peer);
    TAILQ_INIT(&c->inflight);
    c->last_active_ms = now_ms();
    c->bev = bufferevent_socket_new(b->base, fd, BEV_OPT_CLOSE_ON_FREE);
    if (!c->bev) {
        close(fd);
        free(c);
        return NULL;
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    TAILQ_INSERT_TAIL(&b->conns, c, link);
    b->nconns++;
    bufferevent_setcb(c->bev, on_read, on_write, on_event, c);
    bufferevent_setwatermark(c->bev, EV_READ, 0, IN_CHUNK);
    bufferevent_setwatermark(c->bev, EV_WRITE, OUT_LOW, 0);
    bufferevent_enable(c->bev, EV_READ | EV_WRITE);
    c->state = CONN_READING;
    return c;
}

/* Send every finished response at the head of the queue. */
static void flush_done(struct conn *c)
{
    struct evbuffer *out = bufferevent_get_output(c->bev);
    struct request *rq;
    while ((rq = TAILQ_FIRST(&c->inflight)) && rq->done) {
        TAILQ_REMOVE(&c->inflight, rq, link);
        c->ninflight--;
        if (rq->out)
            evbuffer_add_buffer(out, rq->out);
        rq_free(rq);
    }
}

void conn_response_ready(struct conn *c)
{
    if (c->state == CONN_CLOSING)
        return;
    c->in_callback++;
    flush_done(c);
    c->last_active_ms = now_ms();
    update_reading(c);
    finish_draining(c);
    leave(c);
}

/* Take one complete frame off the input, if there is one. Returns 1 when a
 * frame was taken, 0 when more bytes are needed, -1 after closing. */
static int take_frame(struct conn *c)
{
    struct evbuffer *in = bufferevent_get_input(c->bev);
    size_t avail = evbuffer_get_length(in);
    if (avail < 4)
        return 0;
    uint8_t hdr[4];
    evbuffer_copyout(in, hdr, 4);
    int32_t size;
    /* Limits first: a size beyond the cap is refused before buffering. A
     * request header alone needs 8 bytes (key, version, correlation id). */
    if (frame_check_size(hdr, 4, c->b->socket_request_max_bytes, &size) != FRAME_SIZE_OK) {
        blog(BLOG_WARN, "bad_frame_size", "conn=%llu peer=%s size=%d max=%lld",
             (unsigned long long)c->id, c->peer, size, (long long)c->b->socket_request_max_bytes);
        conn_close_after_flush(c, "bad_frame_size");
        return -1;
    }
    if (avail < 4 + (size_t)size) {
        /* Let the input grow to exactly one frame, no more. */
        bufferevent_setwatermark(c->bev, EV_READ, 0, 4 + (size_t)size);
        return 0;
    }
    uint8_t *frame = malloc((size_t)size);
    if (!frame) {
        conn_close(c, "out_of_memory");
        return -1;
    }
    evbuffer_drain(in, 4);
    evbuffer_remove(in, frame, (size_t)size);
    c->frame_started_ms = 0;
    bufferevent_setwatermark(c->bev, EV_READ, 0, IN_CHUNK);
    struct request *rq = rq_new(c->b, c, frame, (size_t)size);
    if (!rq) {
        free(frame);
        conn_close(c, "out_of_memory");
        return -1;
    }
    TAILQ_INSERT_TAIL(&c->inflight, rq, link);
    c->ninflight++;
    c->requests++;
    /* dispatch either finishes the request (now or later) or closes us. */
    disp_request(rq);
    return c->state == CONN_CLOSING || c->state == CONN_DRAINING ? -1 : 1;
}

/* Start the partial-frame clock when bytes of a frame not yet complete
 * sit in the input; stop it when none do. */
static void note_partial_frame(struct conn *c)
{
    if (c->state != CONN_READING)
        return;
    if (evbuffer_get_length(bufferevent_get_input(c->bev)) == 0)
        c->frame_started_ms = 0;
    else if (c->frame_started_ms == 0)
        c->frame_started_ms = now_ms();
}

static void on_read(struct bufferevent *bev, void *arg)
{
    (void)bev;
    struct conn *c = arg;
    c->in_callback++;
    c->last_active_ms = now_ms();
    while (c->state == CONN_READING) {
        if (take_frame(c) <= 0)
            break;
        update_reading(c);
    }
    note_partial_frame(c);
    leave(c);
}

static void on_write(struct bufferevent *bev, void *arg)
{
    (void)bev;
    struct conn *c = arg;
    c->in_callback++;
    c->last_active_ms = now_ms();
    update_reading(c);
    finish_draining(c);
    leave(c);
}

static void on_event(struct bufferevent *bev, short what, void *arg)
{
    (void)bev;
    struct conn *c = arg;
    c->in_callback++;
    if (what & BEV_EVENT_EOF)
        conn_close(c, "peer_closed");
    else if (what & BEV_EVENT_ERROR)
        conn_close(c, "socket_error");
    leave(c);
}

void conn_sweep_idle(struct broker *b)
{
    int64_t now = now_ms();
    struct conn *c, *next;
    for (c = TAILQ_FIRST(&b->conns); c; c = next) {
        next = TAILQ_NEXT(c, link);
        if (c->state == CONN_DRAINING && now > c->drain_deadline_ms) {
            conn_close(c, c->drain_reason);
            continue;
        }
        if (b->idle_ms <= 0)
            continue;
        /* A connection with parked requests is waiting on us, not idle. */
        if (c->ninflight == 0 && now - c->last_active_ms > b->idle_ms) {
            conn_close(c, "idle");
            continue;
        }
        /* Slowloris: a client trickling the bytes of one frame stays
         * "active" forever and pins a connection (and up to a frame's
         * worth of input). A frame must arrive whole within
         * connections.max.idle.ms of its first byte. Only counted while
         * we are reading: bytes waiting behind a pause are not late. */
        if (c->state == CONN_READING && c->frame_started_ms > 0 &&
            now - c->frame_started_ms > b->idle_ms) {
            blog(BLOG_WARN, "partial_frame_timeout", "conn=%llu peer=%s buffered=%zu waited_ms=%lld",
                 (unsigned long long)c->id, c->peer,
                 evbuffer_get_length(bufferevent_get_input(c->bev)),
                 (long long)(now - c->frame_started_ms));
            conn_close(c, "partial_frame_timeout");
        }
    }
}
