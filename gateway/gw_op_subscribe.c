/*
 * gw_op_subscribe.c - SubscribeToShard: an HTTP/2 response that streams
 * `application/vnd.amazon.eventstream` messages for up to 5 minutes.
 *
 *   initial-response event ({}), then SubscribeToShardEvent events
 *   {Records, ContinuationSequenceNumber, MillisBehindLatest[, ChildShards]}
 *   whenever records arrive and at least every HEARTBEAT_MS, until the
 *   subscription's lifetime ends (clean end of stream; clients resubscribe
 *   from the last ContinuationSequenceNumber) or the shard is closed and
 *   read to its end (last event carries ChildShards and no continuation).
 *
 * COMPAT-TRAPS: the initial-response event comes first, and every event
 * before the end of a closed shard has a ContinuationSequenceNumber: it
 * names the last record delivered (or the position just before the next
 * one), so AFTER_SEQUENCE_NUMBER resumes exactly there.
 *
 * One subscription polls its shard on a timer from the loop. While the
 * peer's flow-control window keeps the exchange's pending buffer over half
 * full, polls are skipped, so a slow reader never makes us buffer more than
 * pending_max. One live subscription per consumer and shard, as AWS allows
 * (a second gets ResourceInUseException).
 */
#include "gateway/gw_ops.h"

#include <event2/event.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/gw_evstream.h"
#include "gateway/gw_seq.h"
#include "protocol/status.h"

#define SUB_PENDING_MAX (2u << 20)
#define SUB_EVENT_MAX_BYTES (1u << 20)
#define SUB_EVENT_MAX_RECORDS 10000
#define SUB_HEARTBEAT_MS 5000

struct gw_sub {
    struct gw_sub *prev, *next;
    struct gateway *gw;
    struct gw_exchange *ex;
    struct event *timer;
    enum gw_fmt fmt;
    char stream[129];
    char consumer[129];
    int32_t partition;
    int64_t offset; /* next offset to deliver */
    int64_t started_ms;
    int64_t last_event_ms;
    bool reading;  /* a backend read is outstanding */
    bool finished; /* stream ended or cancelled: free when not reading */
};

static void sub_free(struct gw_sub *s)
{
    struct gw_api *api = s->gw->api;
    if (s->prev)
        s->prev->next = s->next;
    else
        api->subs = s->next;
    if (s->next)
        s->next->prev = s->prev;
    api->nsubs--;
    if (s->timer)
        event_free(s->timer);
    free(s);
}

/* End the subscription; frees now unless a read is in flight. */
static void sub_finish(struct gw_sub *s, bool end_stream)
{
    if (!s->finished) {
        s->finished = true;
        if (s->timer)
            evtimer_del(s->timer);
        if (s->ex) {
            struct gw_exchange *ex = s->ex;
            s->ex = NULL;
            ex->on_cancel = NULL;
            ex->on_writable = NULL;
            if (end_stream)
                gw_exchange_stream_end(ex);
            else
                gw_exchange_release(ex);
        }
    }
    if (!s->reading)
        sub_free(s);
}

static const char *content_type(enum gw_fmt fmt)
{
    return fmt == GW_FMT_CBOR ? "application/x-amz-cbor-1.1" : "application/x-amz-json-1.1";
}

/* Send one event message; payload is a document in the request format. */
static int send_event(struct gw_sub *s, const char *message_type, const char *type_header,
                      const char *type, const struct gw_val *payload)
{
    uint8_t *body = NULL;
    size_t len = 0;
    if (gw_doc_serialize(payload, s->fmt, &body, &len))
        return -E_NOMEM;
    struct gw_evs_header h[3] = {
        {kstr_c(":message-type"), kstr_c(message_type)},
        {kstr_c(type_header), kstr_c(type)},
        {kstr_c(":content-type"), kstr_c(content_type(s->fmt))},
    };
    struct kwriter w;
    kw_init(&w);
    int rc = gw_evstream_encode(&w, h, 3, body, len);
    free(body);
    if (!rc)
        rc = gw_exchange_stream_send(s->ex, w.buf, w.len);
    kw_destroy(&w);
    return rc;
}

static void send_exception(struct gw_sub *s, enum gw_exc exc, const char *msg)
{
    struct arena a;
    arena_init(&a);
    struct gw_val *v = gv_map(&a);
    gv_put(&a, v, "message", gv_str(&a, msg));
    if (v)
        send_event(s, "exception", ":exception-type", gw_exc_name(exc), v);
    arena_destroy(&a);
}

static void sub_poll(struct gw_sub *s);

static void read_done(void *arg, int status, const struct gw_read_record *recs, size_t n,
                      int64_t next_offset)
{
    struct gw_sub *s = arg;
    s->reading = false;
    if (s->finished) {
        sub_free(s);
        return;
    }
    if (status) {
        send_exception(s, GW_EXC_INTERNAL_FAILURE, "Could not read the shard.");
        sub_finish(s, true);
        return;
    }
    struct gateway *gw = s->gw;
    int64_t now = gw_now_ms(gw);
    struct gw_stream meta;
    if (gw_meta_load(gw->backend, s->stream, &meta) || s->partition >= meta.nshards) {
        send_exception(s, GW_EXC_RESOURCE_NOT_FOUND, "The stream or shard no longer exists.");
        sub_finish(s, true);
        return;
    }
    const struct gw_shard *sh = &meta.shards[s->partition];
    bool closed = !sh->open;
    if (closed) {
        while (n > 0 && recs[n - 1].offset >= sh->end_offset)
            n--;
        if (next_offset > sh->end_offset)
            next_offset = sh->end_offset;
    }
    if (next_offset < s->offset)
        next_offset = s->offset;
    bool at_end = closed && next_offset >= sh->end_offset;
    if (n == 0 && !at_end && now - s->last_event_ms < SUB_HEARTBEAT_MS) {
        gw_meta_free(&meta);
        return; /* nothing new yet */
    }
    struct arena a;
    arena_init(&a);
    struct gw_val *ev = gv_map(&a);
    gv_put(&a, ev, "Records", gw_val_records(&a, s->partition, recs, n));
    int64_t log_start = 0, log_end = next_offset;
    gw->backend->ops->offsets(gw->backend->impl, s->stream, s->partition, &log_start, &log_end);
    int64_t behind = 0;
    if (n > 0 && next_offset < log_end && now > recs[n - 1].timestamp_ms)
        behind = now - recs[n - 1].timestamp_ms;
    if (at_end) {
        struct gw_val *children = gv_arr(&a);
        for (int32_t i = 0; i < meta.nshards; i++) {
            const struct gw_shard *ch = &meta.shards[i];
            if (ch->parent != s->partition && ch->adjacent != s->partition)
                continue;
            char id[24], par[24], lo[GW_U128_DEC], hi[GW_U128_DEC];
            struct gw_val *e = gv_map(&a), *parents = gv_arr(&a), *range = gv_map(&a);
            gw_shard_id(i, id);
            gv_put(&a, e, "ShardId", gv_str(&a, id));
            gw_shard_id(ch->parent, par);
            gv_push(&a, parents, gv_str(&a, par));
            if (ch->adjacent >= 0) {
                gw_shard_id(ch->adjacent, par);
                gv_push(&a, parents, gv_str(&a, par));
            }
            gv_put(&a, e, "ParentShards", parents);
            gw_u128_format(ch->start, lo);
            gw_u128_format(ch->end, hi);
            gv_put(&a, range, "StartingHashKey", gv_str(&a, lo));
            gv_put(&a, range, "EndingHashKey", gv_str(&a, hi));
            gv_put(&a, e, "HashKeyRange", range);
            gv_push(&a, children, e);
        }
        gv_put(&a, ev, "ChildShards", children);
    } else {
        char seq[GW_SEQ_BUF];
        gw_seq_format(s->partition, next_offset - 1, seq);
        gv_put(&a, ev, "ContinuationSequenceNumber", gv_str(&a, seq));
    }
    gv_put(&a, ev, "MillisBehindLatest", gv_int(&a, behind));
    gw_meta_free(&meta);
    int rc = ev ? send_event(s, "event", ":event-type", "SubscribeToShardEvent", ev) : -E_NOMEM;
    arena_destroy(&a);
    if (rc == -E_AGAIN)
        return; /* window full: the same records are read again later */
    if (rc) {
        sub_finish(s, false);
        return;
    }
    s->offset = next_offset;
    s->last_event_ms = now;
    if (at_end)
        sub_finish(s, true);
}

static void sub_poll(struct gw_sub *s)
{
    if (s->finished || s->reading || !s->ex)
        return;
    struct gateway *gw = s->gw;
    if (gw_now_ms(gw) - s->started_ms >= (int64_t)gw->cfg.subscribe_lifetime_ms) {
        sub_finish(s, true);
        return;
    }
    if (gw_exchange_pending(s->ex) > SUB_PENDING_MAX / 2)
        return;
    s->reading = true;
    int rc = gw->backend->ops->read(gw->backend->impl, s->stream, s->partition, s->offset,
                                    SUB_EVENT_MAX_RECORDS, SUB_EVENT_MAX_BYTES, read_done, s);
    if (rc) {
        s->reading = false;
        send_exception(s, GW_EXC_INTERNAL_FAILURE, "Could not read the shard.");
        sub_finish(s, true);
    }
}

static void sub_timer(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct gw_sub *s = arg;
    sub_poll(s);
}

static void sub_cancelled(struct gw_exchange *ex, void *arg)
{
    (void)ex;
    sub_finish(arg, false);
}

static void sub_writable(struct gw_exchange *ex, void *arg)
{
    (void)ex;
    (void)arg; /* the timer's next poll sends; nothing to do now */
}

void gw_subscribe_close_all(struct gateway *gw)
{
    /* Bounded by the list length: each pass frees or finishes one. */
    while (gw->api->subs) {
        struct gw_sub *s = gw->api->subs;
        s->reading = false; /* the backend outlives no gateway */
        sub_finish(s, true);
    }
}

void gw_subscribe_to_shard(struct gw_call *c)
{
    struct gw_subscribe_in in = {0};
    if (gw_dec_subscribe(c->a, c->fmt, c->in, &in, &c->err))
        return gw_call_fail(c);
    if (c->ex->req.http_version != 20)
        return gw_call_error(c, GW_EXC_INVALID_ARGUMENT,
                             "SubscribeToShard is served over HTTP/2 only.");
    const char *stream = gw_arn_stream_name(c->a, in.consumer_arn);
    const char *cp = strstr(in.consumer_arn, "/consumer/");
    char consumer[129] = "";
    if (cp) {
        size_t n = strcspn(cp + 10, ":");
        if (n < sizeof consumer) {
            memcpy(consumer, cp + 10, n);
            consumer[n] = '\0';
        }
    }
    struct gw_stream s;
    if (gw_call_load_stream_name(c, stream, &s))
        return gw_call_fail(c);
    struct gw_consumer *co = gw_meta_consumer_find(&s, consumer);
    if (!co || strcmp(gw_consumer_arn(c, s.name, co), in.consumer_arn)) {
        gw_err_set(&c->err, GW_EXC_RESOURCE_NOT_FOUND, "Consumer %s not found.", in.consumer_arn);
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    int32_t idx = gw_shard_index(&s, in.shard_id);
    int64_t offset = 0;
    if (idx < 0)
        gw_err_set(&c->err, GW_EXC_RESOURCE_NOT_FOUND,
                   "Shard %s in stream %s under account %s does not exist", in.shard_id, s.name,
                   c->gw->cfg.account_id);
    else
        gw_resolve_position(c, &s, &s.shards[idx], in.type, in.sequence_number,
                            in.sequence_number_len, in.has_timestamp, in.timestamp_ms, &offset);
    for (struct gw_sub *o = c->gw->api->subs; !c->err.exc && o; o = o->next)
        if (!o->finished && o->partition == idx && !strcmp(o->stream, s.name) &&
            !strcmp(o->consumer, consumer))
            gw_err_set(&c->err, GW_EXC_RESOURCE_IN_USE,
                       "Another active subscription exists for consumer %s on shard %s.",
                       in.consumer_arn, in.shard_id);
    if (c->err.exc) {
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    struct gw_sub *sub = calloc(1, sizeof *sub);
    if (!sub) {
        gw_meta_free(&s);
        return gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "out of memory");
    }
    struct gateway *gw = c->gw;
    sub->gw = gw;
    sub->fmt = c->fmt;
    memcpy(sub->stream, s.name, sizeof sub->stream);
    memcpy(sub->consumer, consumer, sizeof sub->consumer);
    sub->partition = idx;
    sub->offset = offset;
    sub->started_ms = c->now_ms;
    sub->last_event_ms = c->now_ms;
    gw_meta_free(&s);
    sub->next = gw->api->subs;
    if (gw->api->subs)
        gw->api->subs->prev = sub;
    gw->api->subs = sub;
    gw->api->nsubs++;
    sub->timer = event_new(gw->base, -1, EV_PERSIST, sub_timer, sub);
    struct gw_response resp = {.status = 200, .content_type = "application/vnd.amazon.eventstream"};
    c->replied = true;
    struct gw_exchange *ex = c->ex;
    sub->ex = ex;
    ex->on_cancel = sub_cancelled;
    ex->on_writable = sub_writable;
    ex->cb_arg = sub;
    if (!sub->timer || gw_exchange_stream_start(ex, &resp, SUB_PENDING_MAX)) {
        sub_finish(sub, false);
        return;
    }
    struct arena a;
    arena_init(&a);
    struct gw_val *empty = gv_map(&a);
    int rc = empty ? send_event(sub, "event", ":event-type", "initial-response", empty) : -E_NOMEM;
    arena_destroy(&a);
    if (rc) {
        sub_finish(sub, true);
        return;
    }
    struct timeval tv = {gw->cfg.subscribe_poll_ms / 1000, (gw->cfg.subscribe_poll_ms % 1000) * 1000};
    evtimer_add(sub->timer, &tv);
    sub_poll(sub); /* deliver what is already there without waiting a tick */
}
