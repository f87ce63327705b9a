/*
 * gw_op_consumers.c - Register/Describe/List/DeregisterStreamConsumer
 * (enhanced fan-out consumers). A consumer is ACTIVE as soon as it is
 * registered; its ARN is <stream ARN>/consumer/<name>:<creation epoch
 * seconds>, the shape AWS uses. At most 20 consumers per stream.
 */
#include "gateway/gw_ops.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/gw_status.h"
#include "protocol/status.h"

#define DEFAULT_MAX_RESULTS 100

/* Stream and consumer names from a consumer ARN (into the arena). */
static int parse_consumer_arn(struct arena *a, const char *arn, const char **stream,
                              const char **consumer)
{
    *stream = gw_arn_stream_name(a, arn);
    const char *p = *stream ? strstr(arn, "/consumer/") : NULL;
    if (!p)
        return -E_INVAL;
    p += 10;
    size_t n = strcspn(p, ":");
    char *name = arena_alloc(a, n + 1);
    if (!name || n == 0)
        return -E_INVAL;
    memcpy(name, p, n);
    name[n] = '\0';
    *consumer = name;
    return 0;
}

static struct gw_val *consumer_val(struct gw_call *c, const struct gw_stream *s,
                                   const struct gw_consumer *co, bool with_stream)
{
    struct arena *a = c->a;
    struct gw_val *v = gv_map(a);
    gv_put(a, v, "ConsumerName", gv_str(a, co->name));
    gv_put(a, v, "ConsumerARN", gv_str(a, gw_consumer_arn(c, s->name, co)));
    gv_put(a, v, "ConsumerStatus", gv_str(a, "ACTIVE"));
    gv_put(a, v, "ConsumerCreationTimestamp", gv_time(a, co->created_ms));
    if (with_stream)
        gv_put(a, v, "StreamARN", gv_str(a, gw_stream_arn(c, s->name)));
    return v;
}

/* Load the stream and find the consumer named by the input. */
static struct gw_consumer *find(struct gw_call *c, const struct gw_consumer_in *in,
                                struct gw_stream *s)
{
    const char *stream = NULL, *name = in->consumer_name;
    if (in->consumer_arn) {
        const char *arn_name;
        if (parse_consumer_arn(c->a, in->consumer_arn, &stream, &arn_name)) {
            gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT, "Invalid ConsumerARN %s.",
                       in->consumer_arn);
            return NULL;
        }
        name = arn_name;
    } else {
        stream = gw_arn_stream_name(c->a, in->stream_arn);
    }
    if (gw_call_load_stream_name(c, stream, s))
        return NULL;
    struct gw_consumer *co = gw_meta_consumer_find(s, name);
    if (co && in->consumer_arn && strcmp(gw_consumer_arn(c, s->name, co), in->consumer_arn))
        co = NULL; /* same name, other incarnation */
    if (!co) {
        gw_err_set(&c->err, GW_EXC_RESOURCE_NOT_FOUND,
                   "Consumer %s under stream %s under account %s not found.", name, s->name,
                   c->gw->cfg.account_id);
        gw_meta_free(s);
    }
    return co;
}

void gw_register_stream_consumer(struct gw_call *c)
{
    struct gw_consumer_in in = {0};
    struct gw_stream s;
    if (gw_dec_consumer(c->a, c->fmt, c->in, true, &in, &c->err) ||
        gw_call_load_stream_name(c, gw_arn_stream_name(c->a, in.stream_arn), &s))
        return gw_call_fail(c);
    int rc = gw_call_admit(c, &s, GW_ADMIT_CREATED);
    if (rc)
        ; /* not while CREATING */
    else if (gw_meta_consumer_find(&s, in.consumer_name))
        rc = gw_err_set(&c->err, GW_EXC_RESOURCE_IN_USE,
                        "Consumer %s under stream %s already exists for account %s.",
                        in.consumer_name, s.name, c->gw->cfg.account_id);
    else if (s.nconsumers >= GW_MAX_CONSUMERS)
        rc = gw_err_set(&c->err, GW_EXC_LIMIT_EXCEEDED,
                        "Stream %s under account %s already has %d registered consumers.",
                        s.name, c->gw->cfg.account_id, GW_MAX_CONSUMERS);
    else if (gw_meta_consumer_add(&s, in.consumer_name, c->now_ms))
        rc = gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE, "out of memory");
    if (!rc)
        rc = gw_call_save_stream(c, &s);
    if (rc) {
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    struct gw_val *out = gv_map(c->a);
    gv_put(c->a, out, "Consumer",
           consumer_val(c, &s, gw_meta_consumer_find(&s, in.consumer_name), false));
    gw_meta_free(&s);
    gw_call_reply(c, out);
}

void gw_describe_stream_consumer(struct gw_call *c)
{
    struct gw_consumer_in in = {0};
    struct gw_stream s;
    struct gw_consumer *co;
    if (gw_dec_consumer(c->a, c->fmt, c->in, false, &in, &c->err) || !(co = find(c, &in, &s)))
        return gw_call_fail(c);
    struct gw_val *out = gv_map(c->a);
    gv_put(c->a, out, "ConsumerDescription", consumer_val(c, &s, co, true));
    gw_meta_free(&s);
    gw_call_reply(c, out);
}

void gw_deregister_stream_consumer(struct gw_call *c)
{
    struct gw_consumer_in in = {0};
    struct gw_stream s;
    struct gw_consumer *co;
    if (gw_dec_consumer(c->a, c->fmt, c->in, false, &in, &c->err) || !(co = find(c, &in, &s)))
        return gw_call_fail(c);
    char *name = arena_strdup(c->a, co->name);
    int rc = gw_call_admit(c, &s, GW_ADMIT_CREATED);
    if (!rc) {
        gw_meta_consumer_remove(&s, name);
        rc = gw_call_save_stream(c, &s);
    }
    gw_meta_free(&s);
    if (rc)
        return gw_call_fail(c);
    gw_call_reply_empty(c);
}

void gw_list_stream_consumers(struct gw_call *c)
{
    struct gw_list_consumers_in in = {0};
    struct gw_stream s;
    if (gw_dec_list_consumers(c->a, c->fmt, c->in, &in, &c->err) ||
        gw_call_load_stream_name(c, gw_arn_stream_name(c->a, in.stream_arn), &s))
        return gw_call_fail(c);
    size_t first = 0;
    if (in.next_token) {
        /* NextToken: base64 of the decimal index to continue from. */
        uint8_t *raw;
        size_t n;
        const char *why;
        char buf[16];
        if (gw_base64_decode(c->a, in.next_token, in.next_token_len, &raw, &n, &why) || n == 0 ||
            n >= sizeof buf) {
            gw_meta_free(&s);
            return gw_call_error(c, GW_EXC_INVALID_ARGUMENT, "Invalid NextToken.");
        }
        memcpy(buf, raw, n);
        buf[n] = '\0';
        first = strspn(buf, "0123456789") == n ? (size_t)strtoul(buf, NULL, 10) : s.nconsumers;
    }
    struct arena *a = c->a;
    int64_t max = in.has_max_results ? in.max_results : DEFAULT_MAX_RESULTS;
    struct gw_val *list = gv_arr(a);
    size_t i = first;
    for (; i < s.nconsumers && (int64_t)(i - first) < max; i++)
        gv_push(a, list, consumer_val(c, &s, &s.consumers[i], false));
    struct gw_val *out = gv_map(a);
    gv_put(a, out, "Consumers", list);
    if (i < s.nconsumers) {
        char idx[24];
        snprintf(idx, sizeof idx, "%zu", i);
        char *tok = gw_base64_encode((const uint8_t *)idx, strlen(idx));
        if (tok) {
            gv_put(a, out, "NextToken", gv_str(a, tok));
            free(tok);
        }
    }
    gw_meta_free(&s);
    gw_call_reply(c, out);
}
