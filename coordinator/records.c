/*
 * records.c - the keys and values of __consumer_offsets, in Kafka's own
 * layouts so that tools reading the topic see Kafka's format:
 *
 *   key   = int16 version, then
 *             0, 1: OffsetCommitKey    group string, topic string, partition int32
 *             2:    GroupMetadataKey   group string
 *   value = int16 version, then the fields of that version:
 *     OffsetCommitValue  v0 offset, metadata, commitTimestamp
 *                        v1 + expireTimestamp        v2 = v0
 *                        v3 offset, leaderEpoch, metadata, commitTimestamp
 *                        v4 = v3, flexible (compact strings, tagged fields)
 *     GroupMetadataValue protocolType, generation, protocol?, leader?,
 *                        [v2+ currentStateTimestamp], members[]:
 *                        memberId, [v3+ groupInstanceId?], clientId,
 *                        clientHost, [v1+ rebalanceTimeout], sessionTimeout,
 *                        subscription bytes, assignment bytes; v4 flexible
 *   a null value is a tombstone.
 *
 * Versions written: offset keys v1 and group keys v2 (what Kafka writes),
 * offset values v3 (v1 when a v2-4 commit asked for a retention time, as
 * Kafka 2.1+ does), group values v3. Values newer than 4 are read with
 * the v4 layout (KIP-915: later versions only add tagged fields).
 */
#include <string.h>

#include "coordinator/coord_int.h"
#include "protocol/status.h"

void crec_offset_key(struct kwriter *w, struct kstr group, struct kstr topic, int32_t partition)
{
    kw_i16(w, CREC_OFFSET_KEY_VERSION);
    kw_str(w, group, false, false);
    kw_str(w, topic, false, false);
    kw_i32(w, partition);
}

void crec_group_key(struct kwriter *w, struct kstr group)
{
    kw_i16(w, CREC_GROUP_KEY_VERSION);
    kw_str(w, group, false, false);
}

void crec_offset_value(struct kwriter *w, int64_t offset, int32_t leader_epoch,
                       struct kstr metadata, int64_t commit_ts_ms, int64_t expire_ts_ms)
{
    if (metadata.len < 0)
        metadata = KSTR_LIT("");
    if (expire_ts_ms >= 0) {
        kw_i16(w, 1);
        kw_i64(w, offset);
        kw_str(w, metadata, false, false);
        kw_i64(w, commit_ts_ms);
        kw_i64(w, expire_ts_ms);
        return;
    }
    kw_i16(w, 3);
    kw_i64(w, offset);
    kw_i32(w, leader_epoch);
    kw_str(w, metadata, false, false);
    kw_i64(w, commit_ts_ms);
}

void crec_group_value(struct kwriter *w, const struct crec_group_value *v)
{
    kw_i16(w, 3);
    kw_str(w, v->protocol_type.len < 0 ? KSTR_LIT("") : v->protocol_type, false, false);
    kw_i32(w, v->generation);
    kw_str(w, v->protocol, false, true);
    kw_str(w, v->leader, false, true);
    kw_i64(w, v->state_ts_ms);
    kw_array_len(w, v->members_count, false, false);
    for (int32_t i = 0; i < v->members_count; i++) {
        const struct crec_member *m = &v->members[i];
        kw_str(w, m->member_id, false, false);
        kw_str(w, m->instance_id, false, true);
        kw_str(w, m->client_id.len < 0 ? KSTR_LIT("") : m->client_id, false, false);
        kw_str(w, m->client_host.len < 0 ? KSTR_LIT("") : m->client_host, false, false);
        kw_i32(w, m->rebalance_timeout_ms);
        kw_i32(w, m->session_timeout_ms);
        kw_bytes(w, m->subscription.len < 0 ? (struct kbytes){NULL, 0} : m->subscription, false,
                 false);
        kw_bytes(w, m->assignment.len < 0 ? (struct kbytes){NULL, 0} : m->assignment, false,
                 false);
    }
}

int crec_key_decode(struct kbytes in, struct crec_key *out)
{
    struct kreader r;
    memset(out, 0, sizeof *out);
    if (in.len < 0)
        return -E_CORRUPT;
    kr_init(&r, in.ptr, (size_t)in.len);
    out->version = kr_i16(&r);
    if (r.err)
        return r.err;
    switch (out->version) {
    case 0:
    case 1:
        out->group = kr_str(&r, false, false);
        out->topic = kr_str(&r, false, false);
        out->partition = kr_i32(&r);
        break;
    case 2:
        out->group = kr_str(&r, false, false);
        out->topic = KSTR_NULL;
        break;
    default:
        /* 3+ are the KIP-848 consumer-group records: not ours to read. */
        return -E_UNSUPPORTED;
    }
    return r.err;
}

int crec_offset_value_decode(struct kbytes in, struct crec_offset_value *out)
{
    struct kreader r;
    memset(out, 0, sizeof *out);
    if (in.len < 0)
        return -E_CORRUPT;
    kr_init(&r, in.ptr, (size_t)in.len);
    int16_t v = kr_i16(&r);
    if (r.err || v < 0)
        return -E_CORRUPT;
    if (v > 4)
        v = 4;
    bool flex = v >= 4;
    out->version = v;
    out->leader_epoch = -1;
    out->expire_ts_ms = -1;
    out->offset = kr_i64(&r);
    if (v >= 3)
        out->leader_epoch = kr_i32(&r);
    out->metadata = kr_str(&r, flex, false);
    out->commit_ts_ms = kr_i64(&r);
    if (v == 1)
        out->expire_ts_ms = kr_i64(&r);
    if (flex)
        kr_skip_tags(&r);
    return r.err;
}

int crec_group_value_decode(struct kbytes in, struct arena *a, struct crec_group_value *out)
{
    struct kreader r;
    memset(out, 0, sizeof *out);
    if (in.len < 0)
        return -E_CORRUPT;
    kr_init(&r, in.ptr, (size_t)in.len);
    int16_t v = kr_i16(&r);
    if (r.err || v < 0)
        return -E_CORRUPT;
    if (v > 4)
        v = 4;
    bool flex = v >= 4;
    out->version = v;
    out->state_ts_ms = GRP_NO_TIMESTAMP;
    out->protocol_type = kr_str(&r, flex, false);
    out->generation = kr_i32(&r);
    out->protocol = kr_str(&r, flex, true);
    out->leader = kr_str(&r, flex, true);
    if (v >= 2)
        out->state_ts_ms = kr_i64(&r);
    /* Smallest member (v0): three empty strings, an int32, two empty
     * bytes; flexible: one-byte lengths and the tag section. */
    int32_t n = kr_array_len(&r, flex, false, flex ? 13 : 18);
    if (r.err)
        return r.err;
    if (n > 0) {
        out->members = arena_calloc(a, (size_t)n, sizeof *out->members);
        if (!out->members)
            return -E_NOMEM;
    }
    out->members_count = n;
    for (int32_t i = 0; i < n && !r.err; i++) {
        struct crec_member *m = &out->members[i];
        m->member_id = kr_str(&r, flex, false);
        m->instance_id = v >= 3 ? kr_str(&r, flex, true) : KSTR_NULL;
        m->client_id = kr_str(&r, flex, false);
        m->client_host = kr_str(&r, flex, false);
        m->rebalance_timeout_ms = v >= 1 ? kr_i32(&r) : 0;
        m->session_timeout_ms = kr_i32(&r);
        if (v == 0)
            m->rebalance_timeout_ms = m->session_timeout_ms;
        m->subscription = kr_bytes(&r, flex, false);
        m->assignment = kr_bytes(&r, flex, false);
        if (flex)
            kr_skip_tags(&r);
    }
    if (flex)
        kr_skip_tags(&r);
    return r.err;
}
