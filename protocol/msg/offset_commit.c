/* generated from OffsetCommitRequest.json, OffsetCommitResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/offset_commit.h"

#include <string.h>

#include "protocol/status.h"

static void decode_offset_commit_req_offset_commit_request_partition(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_req_offset_commit_request_partition *x);
static void encode_offset_commit_req_offset_commit_request_partition(struct kwriter *w, int16_t v, const struct offset_commit_req_offset_commit_request_partition *x);
static size_t size_offset_commit_req_offset_commit_request_partition(int16_t v, const struct offset_commit_req_offset_commit_request_partition *x);
static void decode_offset_commit_req_offset_commit_request_topic(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_req_offset_commit_request_topic *x);
static void encode_offset_commit_req_offset_commit_request_topic(struct kwriter *w, int16_t v, const struct offset_commit_req_offset_commit_request_topic *x);
static size_t size_offset_commit_req_offset_commit_request_topic(int16_t v, const struct offset_commit_req_offset_commit_request_topic *x);
static void decode_offset_commit_req(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_req *x);
static void encode_offset_commit_req(struct kwriter *w, int16_t v, const struct offset_commit_req *x);
static size_t size_offset_commit_req(int16_t v, const struct offset_commit_req *x);

static const uint16_t minsz_offset_commit_req_offset_commit_request_topic_partitions[10] = {14, 22, 14, 14, 14, 14, 18, 18, 18, 18};
static const uint16_t minsz_offset_commit_req_topics[10] = {6, 6, 6, 6, 6, 6, 6, 6, 3, 3};

void offset_commit_req_offset_commit_request_partition_init(struct offset_commit_req_offset_commit_request_partition *x)
{
    memset(x, 0, sizeof *x);
    x->committed_leader_epoch = -1;
    x->commit_timestamp = INT64_C(-1);
    x->committed_metadata = KSTR_LIT("");
}

bool offset_commit_req_offset_commit_request_partition_is_default(const struct offset_commit_req_offset_commit_request_partition *x)
{
    return (x->partition_index == 0)
        && (x->committed_offset == 0)
        && (x->committed_leader_epoch == -1)
        && (x->commit_timestamp == INT64_C(-1))
        && (kstr_eq(x->committed_metadata, KSTR_LIT("")));
}

static void decode_offset_commit_req_offset_commit_request_partition(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_req_offset_commit_request_partition *x)
{
    const bool flex = v >= 8;
    (void)a;
    (void)v;
    (void)flex;
    x->partition_index = kr_i32(r);
    x->committed_offset = kr_i64(r);
    if (v >= 6) {
        x->committed_leader_epoch = kr_i32(r);
    }
    x->committed_metadata = kr_str(r, flex, true);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_commit_req_offset_commit_request_partition(struct kwriter *w, int16_t v, const struct offset_commit_req_offset_commit_request_partition *x)
{
    const bool flex = v >= 8;
    (void)flex;
    (void)v;
    kw_i32(w, x->partition_index);
    kw_i64(w, x->committed_offset);
    if (v >= 6) {
        kw_i32(w, x->committed_leader_epoch);
    }
    if (w->strict && !(x->commit_timestamp == INT64_C(-1)))
        kw_fail(w, -E_INVAL, "OffsetCommitRequestPartition.CommitTimestamp not in this version");
    kw_str(w, x->committed_metadata, flex, true);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_commit_req_offset_commit_request_partition(int16_t v, const struct offset_commit_req_offset_commit_request_partition *x)
{
    const bool flex = v >= 8;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += 8;
    if (v >= 6) {
        n += 4;
    }
    n += ksize_str(x->committed_metadata, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_commit_req_offset_commit_request_topic_init(struct offset_commit_req_offset_commit_request_topic *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool offset_commit_req_offset_commit_request_topic_is_default(const struct offset_commit_req_offset_commit_request_topic *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partitions_count == 0);
}

static void decode_offset_commit_req_offset_commit_request_topic(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_req_offset_commit_request_topic *x)
{
    const bool flex = v >= 8;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_offset_commit_req_offset_commit_request_topic_partitions[v]);
        x->partitions_count = n_;
        x->partitions = NULL;
        if (n_ > 0) {
            x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
            if (!x->partitions) {
                kr_fail(r, "out of memory");
                x->partitions_count = 0;
            }
            for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                offset_commit_req_offset_commit_request_partition_init(&x->partitions[i_]);
                decode_offset_commit_req_offset_commit_request_partition(r, a, v, &x->partitions[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_commit_req_offset_commit_request_topic(struct kwriter *w, int16_t v, const struct offset_commit_req_offset_commit_request_topic *x)
{
    const bool flex = v >= 8;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_array_len(w, x->partitions_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
        encode_offset_commit_req_offset_commit_request_partition(w, v, &x->partitions[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_commit_req_offset_commit_request_topic(int16_t v, const struct offset_commit_req_offset_commit_request_topic *x)
{
    const bool flex = v >= 8;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_array_len(x->partitions_count, flex);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        n += size_offset_commit_req_offset_commit_request_partition(v, &x->partitions[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_commit_req_init(struct offset_commit_req *x)
{
    memset(x, 0, sizeof *x);
    x->group_id = KSTR_LIT("");
    x->generation_id_or_member_epoch = -1;
    x->member_id = KSTR_LIT("");
    x->group_instance_id = KSTR_NULL;
    x->retention_time_ms = INT64_C(-1);
}

bool offset_commit_req_is_default(const struct offset_commit_req *x)
{
    return (kstr_eq(x->group_id, KSTR_LIT("")))
        && (x->generation_id_or_member_epoch == -1)
        && (kstr_eq(x->member_id, KSTR_LIT("")))
        && (kstr_eq(x->group_instance_id, KSTR_NULL))
        && (x->retention_time_ms == INT64_C(-1))
        && (x->topics_count == 0);
}

static void decode_offset_commit_req(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_req *x)
{
    const bool flex = v >= 8;
    (void)a;
    (void)v;
    (void)flex;
    x->group_id = kr_str(r, flex, false);
    x->generation_id_or_member_epoch = kr_i32(r);
    x->member_id = kr_str(r, flex, false);
    if (v >= 7) {
        x->group_instance_id = kr_str(r, flex, v >= 7);
    }
    if (v <= 4) {
        x->retention_time_ms = kr_i64(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_offset_commit_req_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                offset_commit_req_offset_commit_request_topic_init(&x->topics[i_]);
                decode_offset_commit_req_offset_commit_request_topic(r, a, v, &x->topics[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_commit_req(struct kwriter *w, int16_t v, const struct offset_commit_req *x)
{
    const bool flex = v >= 8;
    (void)flex;
    (void)v;
    kw_str(w, x->group_id, flex, false);
    kw_i32(w, x->generation_id_or_member_epoch);
    kw_str(w, x->member_id, flex, false);
    if (v >= 7) {
        kw_str(w, x->group_instance_id, flex, v >= 7);
    }
    if ((v <= 6) && w->strict && !(kstr_eq(x->group_instance_id, KSTR_NULL)))
        kw_fail(w, -E_INVAL, "OffsetCommitRequest.GroupInstanceId not in this version");
    if (v <= 4) {
        kw_i64(w, x->retention_time_ms);
    }
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_offset_commit_req_offset_commit_request_topic(w, v, &x->topics[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_commit_req(int16_t v, const struct offset_commit_req *x)
{
    const bool flex = v >= 8;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->group_id, flex);
    n += 4;
    n += ksize_str(x->member_id, flex);
    if (v >= 7) {
        n += ksize_str(x->group_instance_id, flex);
    }
    if (v <= 4) {
        n += 8;
    }
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_offset_commit_req_offset_commit_request_topic(v, &x->topics[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int offset_commit_req_decode(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_req *out)
{
    offset_commit_req_init(out);
    if (v < 2 || v > 9)
        return -E_UNSUPPORTED;
    decode_offset_commit_req(r, a, v, out);
    return r->err;
}

int offset_commit_req_encode(struct kwriter *w, int16_t v, const struct offset_commit_req *in)
{
    if (v < 2 || v > 9)
        return -E_UNSUPPORTED;
    encode_offset_commit_req(w, v, in);
    return w->err;
}

size_t offset_commit_req_size(int16_t v, const struct offset_commit_req *in)
{
    return size_offset_commit_req(v, in);
}

static void decode_offset_commit_resp_offset_commit_response_partition(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_resp_offset_commit_response_partition *x);
static void encode_offset_commit_resp_offset_commit_response_partition(struct kwriter *w, int16_t v, const struct offset_commit_resp_offset_commit_response_partition *x);
static size_t size_offset_commit_resp_offset_commit_response_partition(int16_t v, const struct offset_commit_resp_offset_commit_response_partition *x);
static void decode_offset_commit_resp_offset_commit_response_topic(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_resp_offset_commit_response_topic *x);
static void encode_offset_commit_resp_offset_commit_response_topic(struct kwriter *w, int16_t v, const struct offset_commit_resp_offset_commit_response_topic *x);
static size_t size_offset_commit_resp_offset_commit_response_topic(int16_t v, const struct offset_commit_resp_offset_commit_response_topic *x);
static void decode_offset_commit_resp(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_resp *x);
static void encode_offset_commit_resp(struct kwriter *w, int16_t v, const struct offset_commit_resp *x);
static size_t size_offset_commit_resp(int16_t v, const struct offset_commit_resp *x);

static const uint16_t minsz_offset_commit_resp_offset_commit_response_topic_partitions[10] = {6, 6, 6, 6, 6, 6, 6, 6, 7, 7};
static const uint16_t minsz_offset_commit_resp_topics[10] = {6, 6, 6, 6, 6, 6, 6, 6, 3, 3};

void offset_commit_resp_offset_commit_response_partition_init(struct offset_commit_resp_offset_commit_response_partition *x)
{
    memset(x, 0, sizeof *x);
}

bool offset_commit_resp_offset_commit_response_partition_is_default(const struct offset_commit_resp_offset_commit_response_partition *x)
{
    return (x->partition_index == 0)
        && (x->error_code == 0);
}

static void decode_offset_commit_resp_offset_commit_response_partition(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_resp_offset_commit_response_partition *x)
{
    const bool flex = v >= 8;
    (void)a;
    (void)v;
    (void)flex;
    x->partition_index = kr_i32(r);
    x->error_code = kr_i16(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_commit_resp_offset_commit_response_partition(struct kwriter *w, int16_t v, const struct offset_commit_resp_offset_commit_response_partition *x)
{
    const bool flex = v >= 8;
    (void)flex;
    (void)v;
    kw_i32(w, x->partition_index);
    kw_i16(w, x->error_code);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_commit_resp_offset_commit_response_partition(int16_t v, const struct offset_commit_resp_offset_commit_response_partition *x)
{
    const bool flex = v >= 8;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += 2;
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_commit_resp_offset_commit_response_topic_init(struct offset_commit_resp_offset_commit_response_topic *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool offset_commit_resp_offset_commit_response_topic_is_default(const struct offset_commit_resp_offset_commit_response_topic *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partitions_count == 0);
}

static void decode_offset_commit_resp_offset_commit_response_topic(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_resp_offset_commit_response_topic *x)
{
    const bool flex = v >= 8;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_offset_commit_resp_offset_commit_response_topic_partitions[v]);
        x->partitions_count = n_;
        x->partitions = NULL;
        if (n_ > 0) {
            x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
            if (!x->partitions) {
                kr_fail(r, "out of memory");
                x->partitions_count = 0;
            }
            for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                offset_commit_resp_offset_commit_response_partition_init(&x->partitions[i_]);
                decode_offset_commit_resp_offset_commit_response_partition(r, a, v, &x->partitions[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_commit_resp_offset_commit_response_topic(struct kwriter *w, int16_t v, const struct offset_commit_resp_offset_commit_response_topic *x)
{
    const bool flex = v >= 8;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_array_len(w, x->partitions_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
        encode_offset_commit_resp_offset_commit_response_partition(w, v, &x->partitions[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_commit_resp_offset_commit_response_topic(int16_t v, const struct offset_commit_resp_offset_commit_response_topic *x)
{
    const bool flex = v >= 8;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_array_len(x->partitions_count, flex);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        n += size_offset_commit_resp_offset_commit_response_partition(v, &x->partitions[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_commit_resp_init(struct offset_commit_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool offset_commit_resp_is_default(const struct offset_commit_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->topics_count == 0);
}

static void decode_offset_commit_resp(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_resp *x)
{
    const bool flex = v >= 8;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 3) {
        x->throttle_time_ms = kr_i32(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_offset_commit_resp_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                offset_commit_resp_offset_commit_response_topic_init(&x->topics[i_]);
                decode_offset_commit_resp_offset_commit_response_topic(r, a, v, &x->topics[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_commit_resp(struct kwriter *w, int16_t v, const struct offset_commit_resp *x)
{
    const bool flex = v >= 8;
    (void)flex;
    (void)v;
    if (v >= 3) {
        kw_i32(w, x->throttle_time_ms);
    }
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_offset_commit_resp_offset_commit_response_topic(w, v, &x->topics[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_commit_resp(int16_t v, const struct offset_commit_resp *x)
{
    const bool flex = v >= 8;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 3) {
        n += 4;
    }
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_offset_commit_resp_offset_commit_response_topic(v, &x->topics[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int offset_commit_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct offset_commit_resp *out)
{
    offset_commit_resp_init(out);
    if (v < 2 || v > 9)
        return -E_UNSUPPORTED;
    decode_offset_commit_resp(r, a, v, out);
    return r->err;
}

int offset_commit_resp_encode(struct kwriter *w, int16_t v, const struct offset_commit_resp *in)
{
    if (v < 2 || v > 9)
        return -E_UNSUPPORTED;
    encode_offset_commit_resp(w, v, in);
    return w->err;
}

size_t offset_commit_resp_size(int16_t v, const struct offset_commit_resp *in)
{
    return size_offset_commit_resp(v, in);
}

