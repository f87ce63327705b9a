/* generated from OffsetForLeaderEpochRequest.json, OffsetForLeaderEpochResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/offset_for_leader_epoch.h"

#include <string.h>

#include "protocol/status.h"

static void decode_offset_for_leader_epoch_req_offset_for_leader_partition(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_req_offset_for_leader_partition *x);
static void encode_offset_for_leader_epoch_req_offset_for_leader_partition(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_req_offset_for_leader_partition *x);
static size_t size_offset_for_leader_epoch_req_offset_for_leader_partition(int16_t v, const struct offset_for_leader_epoch_req_offset_for_leader_partition *x);
static void decode_offset_for_leader_epoch_req_offset_for_leader_topic(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_req_offset_for_leader_topic *x);
static void encode_offset_for_leader_epoch_req_offset_for_leader_topic(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_req_offset_for_leader_topic *x);
static size_t size_offset_for_leader_epoch_req_offset_for_leader_topic(int16_t v, const struct offset_for_leader_epoch_req_offset_for_leader_topic *x);
static void decode_offset_for_leader_epoch_req(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_req *x);
static void encode_offset_for_leader_epoch_req(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_req *x);
static size_t size_offset_for_leader_epoch_req(int16_t v, const struct offset_for_leader_epoch_req *x);

static const uint16_t minsz_offset_for_leader_epoch_req_offset_for_leader_topic_partitions[5] = {8, 8, 12, 12, 13};
static const uint16_t minsz_offset_for_leader_epoch_req_topics[5] = {6, 6, 6, 6, 3};

void offset_for_leader_epoch_req_offset_for_leader_partition_init(struct offset_for_leader_epoch_req_offset_for_leader_partition *x)
{
    memset(x, 0, sizeof *x);
    x->current_leader_epoch = -1;
}

bool offset_for_leader_epoch_req_offset_for_leader_partition_is_default(const struct offset_for_leader_epoch_req_offset_for_leader_partition *x)
{
    return (x->partition == 0)
        && (x->current_leader_epoch == -1)
        && (x->leader_epoch == 0);
}

static void decode_offset_for_leader_epoch_req_offset_for_leader_partition(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_req_offset_for_leader_partition *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    x->partition = kr_i32(r);
    if (v >= 2) {
        x->current_leader_epoch = kr_i32(r);
    }
    x->leader_epoch = kr_i32(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_for_leader_epoch_req_offset_for_leader_partition(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_req_offset_for_leader_partition *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    kw_i32(w, x->partition);
    if (v >= 2) {
        kw_i32(w, x->current_leader_epoch);
    }
    kw_i32(w, x->leader_epoch);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_for_leader_epoch_req_offset_for_leader_partition(int16_t v, const struct offset_for_leader_epoch_req_offset_for_leader_partition *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    if (v >= 2) {
        n += 4;
    }
    n += 4;
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_for_leader_epoch_req_offset_for_leader_topic_init(struct offset_for_leader_epoch_req_offset_for_leader_topic *x)
{
    memset(x, 0, sizeof *x);
    x->topic = KSTR_LIT("");
}

bool offset_for_leader_epoch_req_offset_for_leader_topic_is_default(const struct offset_for_leader_epoch_req_offset_for_leader_topic *x)
{
    return (kstr_eq(x->topic, KSTR_LIT("")))
        && (x->partitions_count == 0);
}

static void decode_offset_for_leader_epoch_req_offset_for_leader_topic(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_req_offset_for_leader_topic *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    x->topic = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_offset_for_leader_epoch_req_offset_for_leader_topic_partitions[v]);
        x->partitions_count = n_;
        x->partitions = NULL;
        if (n_ > 0) {
            x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
            if (!x->partitions) {
                kr_fail(r, "out of memory");
                x->partitions_count = 0;
            }
            for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                offset_for_leader_epoch_req_offset_for_leader_partition_init(&x->partitions[i_]);
                decode_offset_for_leader_epoch_req_offset_for_leader_partition(r, a, v, &x->partitions[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_for_leader_epoch_req_offset_for_leader_topic(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_req_offset_for_leader_topic *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    kw_str(w, x->topic, flex, false);
    kw_array_len(w, x->partitions_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
        encode_offset_for_leader_epoch_req_offset_for_leader_partition(w, v, &x->partitions[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_for_leader_epoch_req_offset_for_leader_topic(int16_t v, const struct offset_for_leader_epoch_req_offset_for_leader_topic *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->topic, flex);
    n += ksize_array_len(x->partitions_count, flex);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        n += size_offset_for_leader_epoch_req_offset_for_leader_partition(v, &x->partitions[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_for_leader_epoch_req_init(struct offset_for_leader_epoch_req *x)
{
    memset(x, 0, sizeof *x);
    x->replica_id = -2;
}

bool offset_for_leader_epoch_req_is_default(const struct offset_for_leader_epoch_req *x)
{
    return (x->replica_id == -2)
        && (x->topics_count == 0);
}

static void decode_offset_for_leader_epoch_req(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_req *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 3) {
        x->replica_id = kr_i32(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_offset_for_leader_epoch_req_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                offset_for_leader_epoch_req_offset_for_leader_topic_init(&x->topics[i_]);
                decode_offset_for_leader_epoch_req_offset_for_leader_topic(r, a, v, &x->topics[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_for_leader_epoch_req(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_req *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    if (v >= 3) {
        kw_i32(w, x->replica_id);
    }
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_offset_for_leader_epoch_req_offset_for_leader_topic(w, v, &x->topics[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_for_leader_epoch_req(int16_t v, const struct offset_for_leader_epoch_req *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 3) {
        n += 4;
    }
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_offset_for_leader_epoch_req_offset_for_leader_topic(v, &x->topics[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int offset_for_leader_epoch_req_decode(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_req *out)
{
    offset_for_leader_epoch_req_init(out);
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    decode_offset_for_leader_epoch_req(r, a, v, out);
    return r->err;
}

int offset_for_leader_epoch_req_encode(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_req *in)
{
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    encode_offset_for_leader_epoch_req(w, v, in);
    return w->err;
}

size_t offset_for_leader_epoch_req_size(int16_t v, const struct offset_for_leader_epoch_req *in)
{
    return size_offset_for_leader_epoch_req(v, in);
}

static void decode_offset_for_leader_epoch_resp_epoch_end_offset(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_resp_epoch_end_offset *x);
static void encode_offset_for_leader_epoch_resp_epoch_end_offset(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_resp_epoch_end_offset *x);
static size_t size_offset_for_leader_epoch_resp_epoch_end_offset(int16_t v, const struct offset_for_leader_epoch_resp_epoch_end_offset *x);
static void decode_offset_for_leader_epoch_resp_offset_for_leader_topic_result(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *x);
static void encode_offset_for_leader_epoch_resp_offset_for_leader_topic_result(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *x);
static size_t size_offset_for_leader_epoch_resp_offset_for_leader_topic_result(int16_t v, const struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *x);
static void decode_offset_for_leader_epoch_resp(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_resp *x);
static void encode_offset_for_leader_epoch_resp(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_resp *x);
static size_t size_offset_for_leader_epoch_resp(int16_t v, const struct offset_for_leader_epoch_resp *x);

static const uint16_t minsz_offset_for_leader_epoch_resp_offset_for_leader_topic_result_partitions[5] = {14, 18, 18, 18, 19};
static const uint16_t minsz_offset_for_leader_epoch_resp_topics[5] = {6, 6, 6, 6, 3};

void offset_for_leader_epoch_resp_epoch_end_offset_init(struct offset_for_leader_epoch_resp_epoch_end_offset *x)
{
    memset(x, 0, sizeof *x);
    x->leader_epoch = -1;
    x->end_offset = INT64_C(-1);
}

bool offset_for_leader_epoch_resp_epoch_end_offset_is_default(const struct offset_for_leader_epoch_resp_epoch_end_offset *x)
{
    return (x->error_code == 0)
        && (x->partition == 0)
        && (x->leader_epoch == -1)
        && (x->end_offset == INT64_C(-1));
}

static void decode_offset_for_leader_epoch_resp_epoch_end_offset(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_resp_epoch_end_offset *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    x->error_code = kr_i16(r);
    x->partition = kr_i32(r);
    if (v >= 1) {
        x->leader_epoch = kr_i32(r);
    }
    x->end_offset = kr_i64(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_for_leader_epoch_resp_epoch_end_offset(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_resp_epoch_end_offset *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    kw_i16(w, x->error_code);
    kw_i32(w, x->partition);
    if (v >= 1) {
        kw_i32(w, x->leader_epoch);
    }
    kw_i64(w, x->end_offset);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_for_leader_epoch_resp_epoch_end_offset(int16_t v, const struct offset_for_leader_epoch_resp_epoch_end_offset *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 2;
    n += 4;
    if (v >= 1) {
        n += 4;
    }
    n += 8;
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_for_leader_epoch_resp_offset_for_leader_topic_result_init(struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *x)
{
    memset(x, 0, sizeof *x);
    x->topic = KSTR_LIT("");
}

bool offset_for_leader_epoch_resp_offset_for_leader_topic_result_is_default(const struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *x)
{
    return (kstr_eq(x->topic, KSTR_LIT("")))
        && (x->partitions_count == 0);
}

static void decode_offset_for_leader_epoch_resp_offset_for_leader_topic_result(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    x->topic = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_offset_for_leader_epoch_resp_offset_for_leader_topic_result_partitions[v]);
        x->partitions_count = n_;
        x->partitions = NULL;
        if (n_ > 0) {
            x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
            if (!x->partitions) {
                kr_fail(r, "out of memory");
                x->partitions_count = 0;
            }
            for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                offset_for_leader_epoch_resp_epoch_end_offset_init(&x->partitions[i_]);
                decode_offset_for_leader_epoch_resp_epoch_end_offset(r, a, v, &x->partitions[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_for_leader_epoch_resp_offset_for_leader_topic_result(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    kw_str(w, x->topic, flex, false);
    kw_array_len(w, x->partitions_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
        encode_offset_for_leader_epoch_resp_epoch_end_offset(w, v, &x->partitions[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_for_leader_epoch_resp_offset_for_leader_topic_result(int16_t v, const struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->topic, flex);
    n += ksize_array_len(x->partitions_count, flex);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        n += size_offset_for_leader_epoch_resp_epoch_end_offset(v, &x->partitions[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_for_leader_epoch_resp_init(struct offset_for_leader_epoch_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool offset_for_leader_epoch_resp_is_default(const struct offset_for_leader_epoch_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->topics_count == 0);
}

static void decode_offset_for_leader_epoch_resp(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_resp *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 2) {
        x->throttle_time_ms = kr_i32(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_offset_for_leader_epoch_resp_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                offset_for_leader_epoch_resp_offset_for_leader_topic_result_init(&x->topics[i_]);
                decode_offset_for_leader_epoch_resp_offset_for_leader_topic_result(r, a, v, &x->topics[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_for_leader_epoch_resp(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_resp *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    if (v >= 2) {
        kw_i32(w, x->throttle_time_ms);
    }
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_offset_for_leader_epoch_resp_offset_for_leader_topic_result(w, v, &x->topics[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_for_leader_epoch_resp(int16_t v, const struct offset_for_leader_epoch_resp *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 2) {
        n += 4;
    }
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_offset_for_leader_epoch_resp_offset_for_leader_topic_result(v, &x->topics[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int offset_for_leader_epoch_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct offset_for_leader_epoch_resp *out)
{
    offset_for_leader_epoch_resp_init(out);
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    decode_offset_for_leader_epoch_resp(r, a, v, out);
    return r->err;
}

int offset_for_leader_epoch_resp_encode(struct kwriter *w, int16_t v, const struct offset_for_leader_epoch_resp *in)
{
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    encode_offset_for_leader_epoch_resp(w, v, in);
    return w->err;
}

size_t offset_for_leader_epoch_resp_size(int16_t v, const struct offset_for_leader_epoch_resp *in)
{
    return size_offset_for_leader_epoch_resp(v, in);
}

