/*
 * request.c - request lifetime and response encoding.
 *
 * The response frame is `int32 size | header | body`. The body may carry
 * file spans (zero-copy Fetch records): the writer notes where they go,
 * and they are appended to the output evbuffer as file segments between
 * the in-memory pieces, never copied.
 */
#include "broker/request.h"

#include <event2/buffer.h>
#include <stdlib.h>
#include <string.h>

#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/conn.h"
#include "protocol/status.h"

void (*rq_span_release)(void *owner);

struct request *rq_new(struct broker *b, struct conn *c, uint8_t *frame, size_t len)
{
    struct request *rq = calloc(1, sizeof *rq);
    if (!rq)
        return NULL;
    rq->b = b;
    rq->conn = c;
    rq->frame = frame;
    rq->frame_len = len;
    rq->start_ms = now_ms();
    arena_init(&rq->arena);
    return rq;
}

void rq_free(struct request *rq)
{
    if (!rq)
        return;
    if (rq->out)
        evbuffer_free(rq->out);
    arena_destroy(&rq->arena);
    free(rq->frame);
    free(rq);
}

void *rq_response(struct request *rq)
{
    void *resp = arena_alloc(&rq->arena, rq->api->resp.struct_size);
    if (!resp)
        return NULL;
    rq->api->resp.init(resp);
    rq->resp = resp;
    return resp;
}

static void segment_cleanup(struct evbuffer_file_segment const *seg, int flags, void *arg)
{
    (void)seg;
    (void)flags;
    if (rq_span_release && arg)
        rq_span_release(arg);
}

/* Move the writer's bytes and splices into an evbuffer, in order. */
static int writer_to_evbuffer(struct kwriter *w, struct evbuffer *out)
{
    size_t pos = 0;
    for (size_t i = 0; i < w->nsplices; i++) {
        const struct ksplice *sp = &w->splices[i];
        if (sp->at > pos && evbuffer_add(out, w->buf + pos, sp->at - pos) != 0)
            return -E_NOMEM;
        pos = sp->at;
        struct evbuffer_file_segment *seg =
            evbuffer_file_segment_new(sp->span.fd, sp->span.offset, sp->span.len, 0);
        if (!seg)
            return -E_IO;
        /* The segment now holds a reference to the owner; it is released
         * when libevent has sent (or dropped) the bytes. */
        evbuffer_file_segment_add_cleanup_cb(seg, segment_cleanup, sp->span.owner);
        int rc = evbuffer_add_file_segment(out, seg, 0, sp->span.len);
        evbuffer_file_segment_free(seg);
        if (rc != 0)
            return -E_IO;
    }
    if (w->len > pos && evbuffer_add(out, w->buf + pos, w->len - pos) != 0)
        return -E_NOMEM;
    return 0;
}

/* Release span owners that never made it into an evbuffer. */
static void release_unsent_spans(struct kwriter *w, size_t from)
{
    for (size_t i = from; i < w->nsplices; i++)
        if (rq_span_release && w->splices[i].span.owner)
            rq_span_release(w->splices[i].span.owner);
}

static int encode_response(struct request *rq)
{
    struct kwriter w;
    kw_init(&w);
    kw_i32(&w, 0); /* size, patched below */
    kw_i32(&w, rq->correlation_id);
    if (kmsg_response_header_version(rq->api, rq->version) >= 1)
        kw_uvarint(&w, 0); /* empty tagged fields */
    int rc = rq->api->resp.encode(&w, rq->version, rq->resp);
    if (rc == 0 && kw_total_len(&w) - 4 > INT32_MAX)
        rc = -E_TOOBIG;
    if (rc) {
        blog(BLOG_ERROR, "response_encode_failed", "api=%s version=%d reason=%s", rq->api->name,
             rq->version, w.err_what ? w.err_what : status_name(rc));
        release_unsent_spans(&w, 0);
        kw_destroy(&w);
        return rc;
    }
    kw_patch_i32(&w, 0, (int32_t)(kw_total_len(&w) - 4));
    rq->out = evbuffer_new();
    if (!rq->out || writer_to_evbuffer(&w, rq->out) != 0) {
        /* Spans added to the evbuffer are released by its cleanup; the
         * rest are ours to release. Simplest correct path: drop it all. */
        if (rq->out) {
            evbuffer_free(rq->out);
            rq->out = NULL;
        }
        kw_destroy(&w);
        return -E_NOMEM;
    }
    kw_destroy(&w);
    return 0;
}

void rq_finish(struct request *rq)
{
    if (!rq->conn) {
        rq_free(rq);
        return;
    }
    if (!rq->no_response) {
        if (!rq->resp || encode_response(rq) != 0) {
            /* We cannot answer; the client would wait forever, so close. */
            struct conn *c = rq->conn;
            rq->done = true;
            conn_close(c, "response_failed");
            return;
        }
    }
    rq->done = true;
    conn_response_ready(rq->conn);
}

void rq_finish_silently(struct request *rq)
{
    rq->no_response = true;
    rq_finish(rq);
}
