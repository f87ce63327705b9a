/*
 * gw_status.c - StreamStatus: CREATING after CreateStream, UPDATING after a
 * reshard, ACTIVE otherwise.
 *
 *              CreateStream                 status.delay.ms later
 *   (none) ----------------> CREATING ----------------------------> ACTIVE
 *                                                                  |    ^
 *              SplitShard, MergeShards, UpdateShardCount           |    | status.delay.ms
 *                                                                  v    |   later
 *                                                                 UPDATING
 *
 *   from      to        done by
 *   (none)    CREATING  gw_create_stream       -> gw_status_begin
 *   ACTIVE    UPDATING  gw_split_shard, gw_merge_shards, gw_update_shard_count
 *                                              -> gw_status_begin
 *   CREATING  ACTIVE    the clock              (gw_status_of, gw_status_settle)
 *   UPDATING  ACTIVE    the clock
 *   DeleteStream removes the topic at once: DELETING is never seen.
 *
 * There is no timer. A transitional status is stored with the time it ends
 * (attribute kinesis.status) and reads as ACTIVE once that time has passed,
 * so it costs nothing while nobody looks and a restart keeps it. A deadline
 * further away than the longest configurable delay (the clock went back)
 * also reads as ACTIVE: a stream is never stuck.
 *
 * What each status admits (gw_call_admit):
 *   CREATING  describe and list operations only. Data operations answer
 *             ResourceNotFoundException (AWS does not know the stream for
 *             data until it is ACTIVE); changes ResourceInUseException.
 *   UPDATING  reads and writes (the new shards already take records), tags
 *             and consumers; resharding, retention, record size and
 *             DeleteStream answer ResourceInUseException.
 *   ACTIVE    everything.
 */
#include "gateway/gw_status.h"

#include "gateway/gw_ops.h"
#include "protocol/status.h"

const char *gw_status_name(enum gw_stream_status st)
{
    switch (st) {
    case GW_STREAM_CREATING: return "CREATING";
    case GW_STREAM_UPDATING: return "UPDATING";
    default: return "ACTIVE";
    }
}

enum gw_stream_status gw_status_of(const struct gw_stream *s, int64_t now_ms)
{
    if (s->status == GW_STREAM_ACTIVE || now_ms >= s->status_until_ms ||
        s->status_until_ms - now_ms > GW_STATUS_MAX_DELAY_MS)
        return GW_STREAM_ACTIVE;
    return s->status;
}

void gw_status_settle(struct gw_stream *s, int64_t now_ms)
{
    if (gw_status_of(s, now_ms) == GW_STREAM_ACTIVE) {
        s->status = GW_STREAM_ACTIVE;
        s->status_until_ms = 0;
    }
}

int gw_status_begin(struct gw_stream *s, enum gw_stream_status to, int64_t now_ms,
                    uint32_t delay_ms)
{
    enum gw_stream_status from = s->persisted ? gw_status_of(s, now_ms) : GW_STREAM_ACTIVE;
    bool legal = (to == GW_STREAM_CREATING && !s->persisted) ||
                 (to == GW_STREAM_UPDATING && from == GW_STREAM_ACTIVE);
    if (!legal)
        return -E_INVAL;
    if (delay_ms == 0) {
        s->status = GW_STREAM_ACTIVE;
        s->status_until_ms = 0;
        return 0;
    }
    s->status = to;
    s->status_until_ms = now_ms + delay_ms;
    return 0;
}

int gw_call_admit(struct gw_call *c, const struct gw_stream *s, enum gw_admit need)
{
    enum gw_stream_status st = gw_status_of(s, c->now_ms);
    if (st == GW_STREAM_ACTIVE || (st == GW_STREAM_UPDATING && need != GW_ADMIT_ACTIVE))
        return 0;
    if (st == GW_STREAM_CREATING && need == GW_ADMIT_DATA)
        return gw_err_set(&c->err, GW_EXC_RESOURCE_NOT_FOUND,
                          "Stream %s under account %s not found.", s->name,
                          c->gw->cfg.account_id);
    return gw_err_set(&c->err, GW_EXC_RESOURCE_IN_USE,
                      "Stream %s under account %s not ACTIVE, instead in state %s", s->name,
                      c->gw->cfg.account_id, gw_status_name(st));
}
