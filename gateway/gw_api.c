/*
 * gw_api.c - the Kinesis API front door: from an exchange to an operation
 * and from its result to an HTTP response.
 *
 *   method POST? -> Content-Type JSON or CBOR? -> X-Amz-Target known?
 *   -> SigV4 -> parse body -> operation -> reply (same format as request)
 *
 * Authentication comes before the body is parsed, so an unauthenticated
 * client never reaches the JSON/CBOR parsers. Error bodies follow the AWS
 * JSON 1.1 protocol: {"__type": "<Exception>", "message": "..."} with the
 * exception's HTTP status and an x-amzn-ErrorType header; CBOR requests get
 * the same map in CBOR.
 */
#include "gateway/gw_ops.h"

#include <openssl/rand.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gateway/gw_sigv4.h"
#include "protocol/status.h"

#define TARGET_PREFIX "Kinesis_20131202."
#define CT_JSON "application/x-amz-json-1.1"
#define CT_CBOR "application/x-amz-cbor-1.1"

static const struct {
    const char *name;
    void (*fn)(struct gw_call *c);
} OPS[] = {
    {"AddTagsToStream", gw_add_tags_to_stream},
    {"CreateStream", gw_create_stream},
    {"DecreaseStreamRetentionPeriod", gw_decrease_retention},
    {"DeleteStream", gw_delete_stream},
    {"DeregisterStreamConsumer", gw_deregister_stream_consumer},
    {"DescribeLimits", gw_describe_limits},
    {"DescribeStream", gw_describe_stream},
    {"DescribeStreamConsumer", gw_describe_stream_consumer},
    {"DescribeStreamSummary", gw_describe_stream_summary},
    {"GetRecords", gw_get_records},
    {"GetShardIterator", gw_get_shard_iterator},
    {"IncreaseStreamRetentionPeriod", gw_increase_retention},
    {"ListShards", gw_list_shards},
    {"ListStreamConsumers", gw_list_stream_consumers},
    {"ListStreams", gw_list_streams},
    {"ListTagsForStream", gw_list_tags_for_stream},
    {"MergeShards", gw_merge_shards},
    {"PutRecord", gw_put_record},
    {"PutRecords", gw_put_records},
    {"RegisterStreamConsumer", gw_register_stream_consumer},
    {"RemoveTagsFromStream", gw_remove_tags_from_stream},
    {"SplitShard", gw_split_shard},
    {"SubscribeToShard", gw_subscribe_to_shard},
    {"UpdateMaxRecordSize", gw_update_max_record_size},
    {"UpdateShardCount", gw_update_shard_count},
};

int gw_api_new(struct gateway *gw)
{
    gw->api = calloc(1, sizeof *gw->api);
    return gw->api ? 0 : -E_NOMEM;
}

void gw_api_free(struct gateway *gw)
{
    if (!gw->api)
        return;
    gw_subscribe_close_all(gw);
    free(gw->api);
    gw->api = NULL;
}

static const char *request_id(struct arena *a)
{
    uint8_t r[16];
    if (RAND_bytes(r, sizeof r) != 1)
        memset(r, 0, sizeof r);
    r[6] = (uint8_t)((r[6] & 0x0f) | 0x40); /* UUID version 4 */
    r[8] = (uint8_t)((r[8] & 0x3f) | 0x80);
    return arena_printf(a, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
                        r[12], r[13], r[14], r[15]);
}

/* body_malloced: body is a malloc'd buffer the transport takes over. */
static void send_body_ex(struct gw_exchange *ex, int status, enum gw_fmt fmt, const uint8_t *body,
                         size_t len, const char *error_type, bool body_malloced)
{
    struct gw_response resp = {.status = status,
                               .content_type = fmt == GW_FMT_CBOR ? CT_CBOR : CT_JSON,
                               .body = body,
                               .body_len = len,
                               .body_malloced = body_malloced};
    gw_response_add_header(&resp, "x-amzn-requestid", request_id(&ex->arena));
    if (error_type)
        gw_response_add_header(&resp, "x-amzn-errortype", error_type);
    gw_exchange_respond(ex, &resp);
}

static void send_body(struct gw_exchange *ex, int status, enum gw_fmt fmt, const uint8_t *body,
                      size_t len, const char *error_type)
{
    send_body_ex(ex, status, fmt, body, len, error_type, false);
}

static void send_error(struct gw_exchange *ex, enum gw_fmt fmt, const struct gw_err *err)
{
    enum gw_exc exc = err->exc ? err->exc : GW_EXC_INTERNAL_FAILURE;
    struct gw_val *v = gv_map(&ex->arena);
    if (v) {
        gv_put(&ex->arena, v, "__type", gv_str(&ex->arena, gw_exc_name(exc)));
        if (err->msg[0])
            gv_put(&ex->arena, v, "message", gv_str(&ex->arena, err->msg));
    }
    uint8_t *body = NULL;
    size_t len = 0;
    if (v)
        gw_doc_serialize(v, fmt, &body, &len);
    send_body(ex, gw_exc_status(exc), fmt, body, len, gw_exc_name(exc));
    free(body);
}

/* A successful answer to an operation that changed stream metadata waits
 * until the backend says the change is durable (gw_backend_ops.sync), so
 * a client that got 200 never sees the change undone by a crash. */
struct deferred_reply {
    struct gw_call *c;
    uint8_t *body; /* in the exchange's arena */
    size_t len;
};

static void on_durable(void *arg, int status)
{
    struct deferred_reply *d = arg;
    struct gw_call *c = d->c;
    if (status) {
        struct gw_err e = {.exc = GW_EXC_INTERNAL_FAILURE};
        snprintf(e.msg, sizeof e.msg, "Could not store stream metadata durably (%s).",
                 status_name(status));
        send_error(c->ex, c->fmt, &e);
        return;
    }
    send_body(c->ex, 200, c->fmt, d->body, d->len, NULL);
}

/* Send now, or once the metadata change is durable. Copies body. */
static void send_ok(struct gw_call *c, const uint8_t *body, size_t len)
{
    const struct gw_backend *be = gw_call_backend(c);
    if (!c->changed || !be->ops->sync) {
        send_body(c->ex, 200, c->fmt, body, len, NULL);
        return;
    }
    struct deferred_reply *d = arena_alloc(c->a, sizeof *d);
    uint8_t *copy = len ? arena_memdup(c->a, body, len) : NULL;
    if (!d || (len && !copy)) {
        struct gw_err e = {.exc = GW_EXC_INTERNAL_FAILURE};
        snprintf(e.msg, sizeof e.msg, "out of memory");
        send_error(c->ex, c->fmt, &e);
        return;
    }
    *d = (struct deferred_reply){c, copy, len};
    int rc = be->ops->sync(be->impl, on_durable, d);
    if (rc)
        on_durable(d, rc);
}

void gw_call_reply(struct gw_call *c, struct gw_val *out)
{
    if (c->replied)
        return;
    c->replied = true;
    if (!out)
        out = gv_map(c->a);
    uint8_t *body = NULL;
    size_t len = 0;
    if (!out || gw_doc_serialize(out, c->fmt, &body, &len)) {
        struct gw_err e = {.exc = GW_EXC_INTERNAL_FAILURE};
        snprintf(e.msg, sizeof e.msg, "Could not serialize the response.");
        send_error(c->ex, c->fmt, &e);
        return;
    }
    if (c->changed && gw_call_backend(c)->ops->sync) {
        send_ok(c, body, len);
        free(body);
        return;
    }
    /* The usual case: the serialized answer goes out without a copy. */
    send_body_ex(c->ex, 200, c->fmt, body, len, NULL, true);
}

void gw_call_reply_empty(struct gw_call *c)
{
    if (c->replied)
        return;
    c->replied = true;
    send_ok(c, NULL, 0);
}

void gw_call_fail(struct gw_call *c)
{
    if (c->replied)
        return;
    c->replied = true;
    if (c->err.exc == GW_EXC_NONE)
        gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE, "Internal failure.");
    send_error(c->ex, c->fmt, &c->err);
}

void gw_call_error(struct gw_call *c, enum gw_exc exc, const char *fmt, ...)
{
    if (c->err.exc == GW_EXC_NONE) {
        c->err.exc = exc;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(c->err.msg, sizeof c->err.msg, fmt, ap);
        va_end(ap);
    }
    gw_call_fail(c);
}

/* Content-Type without parameters, case-insensitive. */
static int content_format(const char *ct, enum gw_fmt *fmt)
{
    if (!ct)
        return -E_INVAL;
    size_t n = strcspn(ct, "; ");
    if ((n == strlen(CT_JSON) && !strncasecmp(ct, CT_JSON, n)) ||
        (n == 16 && !strncasecmp(ct, "application/json", n))) {
        *fmt = GW_FMT_JSON;
        return 0;
    }
    if (n == strlen(CT_CBOR) && !strncasecmp(ct, CT_CBOR, n)) {
        *fmt = GW_FMT_CBOR;
        return 0;
    }
    return -E_INVAL;
}

void gw_api_handle(struct gateway *gw, struct gw_exchange *ex)
{
    const struct gw_request *req = &ex->req;
    struct gw_err err = {0};
    enum gw_fmt fmt = GW_FMT_JSON;
    if (strcmp(req->method, "POST")) {
        gw_err_set(&err, GW_EXC_ACCESS_DENIED,
                   "Unable to determine service/operation name to be authorized");
        send_error(ex, fmt, &err);
        return;
    }
    if (content_format(gw_request_header(req, "content-type"), &fmt)) {
        gw_err_set(&err, GW_EXC_SERIALIZATION,
                   "Content-Type must be application/x-amz-json-1.1 or application/x-amz-cbor-1.1.");
        send_error(ex, GW_FMT_JSON, &err);
        return;
    }
    const char *target = gw_request_header(req, "x-amz-target");
    size_t np = strlen(TARGET_PREFIX);
    void (*fn)(struct gw_call *) = NULL;
    const char *op_name = NULL;
    if (target && !strncmp(target, TARGET_PREFIX, np)) {
        for (size_t i = 0; i < sizeof OPS / sizeof OPS[0]; i++)
            if (!strcmp(target + np, OPS[i].name)) {
                fn = OPS[i].fn;
                op_name = OPS[i].name;
            }
    }
    if (!fn) {
        gw_err_set(&err, GW_EXC_UNKNOWN_OPERATION, "Unknown operation: %s",
                   target ? target : "(no X-Amz-Target)");
        send_error(ex, fmt, &err);
        return;
    }
    struct gw_sigv4_params sp = {.service = "kinesis",
                                 .region = gw->cfg.region,
                                 .now_ms = gw_now_ms(gw),
                                 .mode = gw->cfg.auth,
                                 .creds = gw->cfg.creds,
                                 .ncreds = gw->cfg.ncreds,
                                 .require_target = true};
    const char *who = NULL;
    if (gw_sigv4_verify(&ex->arena, req, &sp, &who, &err)) {
        send_error(ex, fmt, &err);
        return;
    }
    struct gw_call *c = arena_alloc(&ex->arena, sizeof *c);
    if (!c) {
        gw_err_set(&err, GW_EXC_INTERNAL_FAILURE, "out of memory");
        send_error(ex, fmt, &err);
        return;
    }
    c->gw = gw;
    c->ex = ex;
    c->a = &ex->arena;
    c->fmt = fmt;
    c->now_ms = gw_now_ms(gw);
    c->op_name = op_name;
    struct gw_val *in;
    if (gw_doc_parse(c->a, fmt, req->body, req->body_len, &in, &c->err)) {
        gw_call_fail(c);
        return;
    }
    c->in = in;
    fn(c);
}
