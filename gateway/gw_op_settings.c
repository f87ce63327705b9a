/*
 * gw_op_settings.c - the per-stream settings an ACTIVE stream may change:
 * Increase/DecreaseStreamRetentionPeriod and UpdateMaxRecordSize. Each is
 * kept as a Kinesis attribute (what Describe shows) and, where storage
 * enforces something, as topic config too.
 */
#include "gateway/gw_ops.h"

#include "gateway/gw_status.h"
#include "protocol/status.h"

static void retention(struct gw_call *c, bool increase)
{
    struct gw_retention_in in = {0};
    struct gw_stream s;
    if (gw_dec_retention(c->a, c->fmt, c->in, &in, &c->err) || gw_call_load_stream(c, &in.ref, &s))
        return gw_call_fail(c);
    /* The first error set wins: a busy stream outranks the checks below. */
    gw_call_admit(c, &s, GW_ADMIT_ACTIVE);
    if (in.hours < 24) {
        gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                   "Minimum allowed retention period is 24 hours. Requested retention period "
                   "(%lld hours) is too short.",
                   (long long)in.hours);
    } else if (increase && in.hours < s.retention_hours) {
        gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                   "Requested retention period (%lld hours) for stream %s can not be shorter "
                   "than existing retention period (%d hours). Use DecreaseRetentionPeriod API.",
                   (long long)in.hours, s.name, s.retention_hours);
    } else if (!increase && in.hours > s.retention_hours) {
        gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                   "Requested retention period (%lld hours) for stream %s can not be longer "
                   "than existing retention period (%d hours). Use IncreaseRetentionPeriod API.",
                   (long long)in.hours, s.name, s.retention_hours);
    }
    if (c->err.exc) {
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    const struct gw_backend *be = gw_call_backend(c);
    int rc = be->ops->retention_set(be->impl, s.name, in.hours * 3600 * 1000);
    if (rc) {
        gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE, "Could not set retention (%s).",
                   status_name(rc));
    } else {
        s.retention_hours = (int32_t)in.hours;
        rc = gw_call_save_stream(c, &s);
    }
    gw_meta_free(&s);
    if (rc)
        return gw_call_fail(c);
    gw_call_reply_empty(c);
}

void gw_increase_retention(struct gw_call *c)
{
    retention(c, true);
}

void gw_decrease_retention(struct gw_call *c)
{
    retention(c, false);
}

void gw_update_max_record_size(struct gw_call *c)
{
    struct gw_update_max_record_size_in in = {0};
    struct gw_stream s;
    if (gw_dec_update_max_record_size(c->a, c->fmt, c->in, &in, &c->err) ||
        gw_call_load_stream(c, &in.ref, &s))
        return gw_call_fail(c);
    int rc = gw_call_admit(c, &s, GW_ADMIT_ACTIVE);
    if (!rc) {
        /* The gateway checks record sizes itself (gw_op_records.c); storage
         * must take the batches: a topic made through Kafka starts at the
         * broker's 1 MiB message.max.bytes. */
        const struct gw_backend *be = gw_call_backend(c);
        rc = be->ops->max_message_bytes_raise(be->impl, s.name, GW_BATCH_MAX_BYTES);
        if (rc)
            gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE,
                       "Could not raise the topic's max.message.bytes (%s).", status_name(rc));
    }
    if (!rc) {
        s.max_record_kib = (int32_t)in.max_record_kib;
        rc = gw_call_save_stream(c, &s);
    }
    gw_meta_free(&s);
    if (rc)
        return gw_call_fail(c);
    gw_call_reply_empty(c);
}
