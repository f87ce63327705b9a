/* generated from FetchRequest.json, FetchResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/fetch.h"

#include <string.h>

#include "protocol/status.h"

static void decode_fetch_req_replica_state(struct kreader *r, struct arena *a, int16_t v, struct fetch_req_replica_state *x);
static void encode_fetch_req_replica_state(struct kwriter *w, int16_t v, const struct fetch_req_replica_state *x);
static size_t size_fetch_req_replica_state(int16_t v, const struct fetch_req_replica_state *x);
static void decode_fetch_req_fetch_partition(struct kreader *r, struct arena *a, int16_t v, struct fetch_req_fetch_partition *x);
static void encode_fetch_req_fetch_partition(struct kwriter *w, int16_t v, const struct fetch_req_fetch_partition *x);
static size_t size_fetch_req_fetch_partition(int16_t v, const struct fetch_req_fetch_partition *x);
static void decode_fetch_req_fetch_topic(struct kreader *r, struct arena *a, int16_t v, struct fetch_req_fetch_topic *x);
static void encode_fetch_req_fetch_topic(struct kwriter *w, int16_t v, const struct fetch_req_fetch_topic *x);
static size_t size_fetch_req_fetch_topic(int16_t v, const struct fetch_req_fetch_topic *x);
static void decode_fetch_req_forgotten_topic(struct kreader *r, struct arena *a, int16_t v, struct fetch_req_forgotten_topic *x);
static void encode_fetch_req_forgotten_topic(struct kwriter *w, int16_t v, const struct fetch_req_forgotten_topic *x);
static size_t size_fetch_req_forgotten_topic(int16_t v, const struct fetch_req_forgotten_topic *x);
static void decode_fetch_req(struct kreader *r, struct arena *a, int16_t v, struct fetch_req *x);
static void encode_fetch_req(struct kwriter *w, int16_t v, const struct fetch_req *x);
static size_t size_fetch_req(int16_t v, const struct fetch_req *x);

static const uint16_t minsz_fetch_req_fetch_topic_partitions[18] = {16, 16, 16, 16, 16, 24, 24, 24, 24, 28, 28, 28, 33, 33, 33, 33, 33, 33};
static const uint16_t minsz_fetch_req_forgotten_topic_partitions[18] = {4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4};
static const uint16_t minsz_fetch_req_topics[18] = {6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 3, 18, 18, 18, 18, 18};
static const uint16_t minsz_fetch_req_forgotten_topics_data[18] = {1, 1, 1, 1, 1, 1, 1, 6, 6, 6, 6, 6, 3, 18, 18, 18, 18, 18};

void fetch_req_replica_state_init(struct fetch_req_replica_state *x)
{
    memset(x, 0, sizeof *x);
    x->replica_id = -1;
    x->replica_epoch = INT64_C(-1);
}

bool fetch_req_replica_state_is_default(const struct fetch_req_replica_state *x)
{
    return (x->replica_id == -1)
        && (x->replica_epoch == INT64_C(-1));
}

static void decode_fetch_req_replica_state(struct kreader *r, struct arena *a, int16_t v, struct fetch_req_replica_state *x)
{
    const bool flex = v >= 12;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 15) {
        x->replica_id = kr_i32(r);
    }
    if (v >= 15) {
        x->replica_epoch = kr_i64(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_fetch_req_replica_state(struct kwriter *w, int16_t v, const struct fetch_req_replica_state *x)
{
    const bool flex = v >= 12;
    (void)flex;
    (void)v;
    if (v >= 15) {
        kw_i32(w, x->replica_id);
    }
    if ((v <= 14) && w->strict && !(x->replica_id == -1))
        kw_fail(w, -E_INVAL, "ReplicaState.ReplicaId not in this version");
    if (v >= 15) {
        kw_i64(w, x->replica_epoch);
    }
    if ((v <= 14) && w->strict && !(x->replica_epoch == INT64_C(-1)))
        kw_fail(w, -E_INVAL, "ReplicaState.ReplicaEpoch not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_fetch_req_replica_state(int16_t v, const struct fetch_req_replica_state *x)
{
    const bool flex = v >= 12;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 15) {
        n += 4;
    }
    if (v >= 15) {
        n += 8;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void fetch_req_fetch_partition_init(struct fetch_req_fetch_partition *x)
{
    memset(x, 0, sizeof *x);
    x->current_leader_epoch = -1;
    x->last_fetched_epoch = -1;
    x->log_start_offset = INT64_C(-1);
}

bool fetch_req_fetch_partition_is_default(const struct fetch_req_fetch_partition *x)
{
    return (x->partition == 0)
        && (x->current_leader_epoch == -1)
        && (x->fetch_offset == 0)
        && (x->last_fetched_epoch == -1)
        && (x->log_start_offset == INT64_C(-1))
        && (x->partition_max_bytes == 0)
        && (kuuid_is_zero(&x->replica_directory_id));
}

static void decode_fetch_req_fetch_partition(struct kreader *r, struct arena *a, int16_t v, struct fetch_req_fetch_partition *x)
{
    const bool flex = v >= 12;
    (void)a;
    (void)v;
    (void)flex;
    x->partition = kr_i32(r);
    if (v >= 9) {
        x->current_leader_epoch = kr_i32(r);
    }
    x->fetch_offset = kr_i64(r);
    if (v >= 12) {
        x->last_fetched_epoch = kr_i32(r);
    }
    if (v >= 5) {
        x->log_start_offset = kr_i64(r);
    }
    x->partition_max_bytes = kr_i32(r);
    if (flex) {
        uint32_t ntags_ = kr_uvarint(r);
        for (uint32_t t_ = 0; t_ < ntags_ && !r->err; t_++) {
            uint32_t tag_ = kr_uvarint(r);
            uint32_t size_ = kr_uvarint(r);
            const uint8_t *p_ = kr_take(r, size_);
            if (!p_)
                break;
            struct kreader sub_;
            kr_init(&sub_, p_, size_);
            switch (tag_) {
            case 0:
                if (v >= 17) {
                    kr_uuid(&sub_, &x->replica_directory_id);
                }
                if (sub_.err)
                    kr_fail(r, "tagged field");
                break;
            default:
                break; /* unknown tags are skipped by size */
            }
        }
    }
}

static void encode_fetch_req_fetch_partition(struct kwriter *w, int16_t v, const struct fetch_req_fetch_partition *x)
{
    const bool flex = v >= 12;
    (void)flex;
    (void)v;
    kw_i32(w, x->partition);
    if (v >= 9) {
        kw_i32(w, x->current_leader_epoch);
    }
    kw_i64(w, x->fetch_offset);
    if (v >= 12) {
        kw_i32(w, x->last_fetched_epoch);
    }
    if ((v <= 11) && w->strict && !(x->last_fetched_epoch == -1))
        kw_fail(w, -E_INVAL, "FetchPartition.LastFetchedEpoch not in this version");
    if (v >= 5) {
        kw_i64(w, x->log_start_offset);
    }
    kw_i32(w, x->partition_max_bytes);
    if (flex) {
        uint32_t ntags_ = 0;
        const bool has_replica_directory_id = (v >= 17) && !(kuuid_is_zero(&x->replica_directory_id));
        ntags_ += has_replica_directory_id;
        kw_uvarint(w, ntags_);
        if (has_replica_directory_id) {
            size_t sz_ = 0;
            sz_ += 16;
            kw_uvarint(w, 0);
            kw_uvarint(w, (uint32_t)sz_);
            kw_uuid(w, &x->replica_directory_id);
        }
    }
}

static size_t size_fetch_req_fetch_partition(int16_t v, const struct fetch_req_fetch_partition *x)
{
    const bool flex = v >= 12;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    if (v >= 9) {
        n += 4;
    }
    n += 8;
    if (v >= 12) {
        n += 4;
    }
    if (v >= 5) {
        n += 8;
    }
    n += 4;
    if (flex) {
        uint32_t ntags_ = 0;
        if ((v >= 17) && !(kuuid_is_zero(&x->replica_directory_id))) {
            size_t sz_ = 0;
            sz_ += 16;
            n += ksize_uvarint(0) + ksize_uvarint((uint32_t)sz_) + sz_;
            ntags_++;
        }
        n += ksize_uvarint(ntags_);
    }
    return n;
}

void fetch_req_fetch_topic_init(struct fetch_req_fetch_topic *x)
{
    memset(x, 0, sizeof *x);
    x->topic = KSTR_LIT("");
}

bool fetch_req_fetch_topic_is_default(const struct fetch_req_fetch_topic *x)
{
    return (kstr_eq(x->topic, KSTR_LIT("")))
        && (kuuid_is_zero(&x->topic_id))
        && (x->partitions_count == 0);
}

static void decode_fetch_req_fetch_topic(struct kreader *r, struct arena *a, int16_t v, struct fetch_req_fetch_topic *x)
{
    const bool flex = v >= 12;
    (void)a;
    (void)v;
    (void)flex;
    if (v <= 12) {
        x->topic = kr_str(r, flex, false);
    }
    if (v >= 13) {
        kr_uuid(r, &x->topic_id);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_fetch_req_fetch_topic_partitions[v]);
        x->partitions_count = n_;
        x->partitions = NULL;
        if (n_ > 0) {
            x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
            if (!x->partitions) {
                kr_fail(r, "out of memory");
                x->partitions_count = 0;
            }
            for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                fetch_req_fetch_partition_init(&x->partitions[i_]);
                decode_fetch_req_fetch_partition(r, a, v, &x->partitions[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_fetch_req_fetch_topic(struct kwriter *w, int16_t v, const struct fetch_req_fetch_topic *x)
{
    const bool flex = v >= 12;
    (void)flex;
    (void)v;
    if (v <= 12) {
        kw_str(w, x->topic, flex, false);
    }
    if (v >= 13) {
        kw_uuid(w, &x->topic_id);
    }
    kw_array_len(w, x->partitions_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
        encode_fetch_req_fetch_partition(w, v, &x->partitions[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_fetch_req_fetch_topic(int16_t v, const struct fetch_req_fetch_topic *x)
{
    const bool flex = v >= 12;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v <= 12) {
        n += ksize_str(x->topic, flex);
    }
    if (v >= 13) {
        n += 16;
    }
    n += ksize_array_len(x->partitions_count, flex);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        n += size_fetch_req_fetch_partition(v, &x->partitions[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void fetch_req_forgotten_topic_init(struct fetch_req_forgotten_topic *x)
{
    memset(x, 0, sizeof *x);
    x->topic = KSTR_LIT("");
}

bool fetch_req_forgotten_topic_is_default(const struct fetch_req_forgotten_topic *x)
{
    return (kstr_eq(x->topic, KSTR_LIT("")))
        && (kuuid_is_zero(&x->topic_id))
        && (x->partitions_count == 0);
}

static void decode_fetch_req_forgotten_topic(struct kreader *r, struct arena *a, int16_t v, struct fetch_req_forgotten_topic *x)
{
    const bool flex = v >= 12;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 7 && v <= 12) {
        x->topic = kr_str(r, flex, false);
    }
    if (v >= 13) {
        kr_uuid(r, &x->topic_id);
    }
    if (v >= 7) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_fetch_req_forgotten_topic_partitions[v]);
            x->partitions_count = n_;
            x->partitions = NULL;
            if (n_ > 0) {
                x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
                if (!x->partitions) {
                    kr_fail(r, "out of memory");
                    x->partitions_count = 0;
                }
                for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                    x->partitions[i_] = kr_i32(r);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_fetch_req_forgotten_topic(struct kwriter *w, int16_t v, const struct fetch_req_forgotten_topic *x)
{
    const bool flex = v >= 12;
    (void)flex;
    (void)v;
    if (v >= 7 && v <= 12) {
        kw_str(w, x->topic, flex, false);
    }
    if (v >= 13) {
        kw_uuid(w, &x->topic_id);
    }
    if (v >= 7) {
        kw_array_len(w, x->partitions_count, flex, false);
        for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
            kw_i32(w, x->partitions[i_]);
        }
    }
    if ((v <= 6) && w->strict && !(x->partitions_count == 0))
        kw_fail(w, -E_INVAL, "ForgottenTopic.Partitions not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_fetch_req_forgotten_topic(int16_t v, const struct fetch_req_forgotten_topic *x)
{
    const bool flex = v >= 12;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 7 && v <= 12) {
        n += ksize_str(x->topic, flex);
    }
    if (v >= 13) {
        n += 16;
    }
    if (v >= 7) {
        n += ksize_array_len(x->partitions_count, flex);
        if (x->partitions_count > 0)
            n += (size_t)x->partitions_count * 4;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void fetch_req_init(struct fetch_req *x)
{
    memset(x, 0, sizeof *x);
    x->cluster_id = KSTR_NULL;
    x->replica_id = -1;
    fetch_req_replica_state_init(&x->replica_state);
    x->max_bytes = 2147483647;
    x->session_epoch = -1;
    x->rack_id = KSTR_LIT("");
}

bool fetch_req_is_default(const struct fetch_req *x)
{
    return (kstr_eq(x->cluster_id, KSTR_NULL))
        && (x->replica_id == -1)
        && (fetch_req_replica_state_is_default(&x->replica_state))
        && (x->max_wait_ms == 0)
        && (x->min_bytes == 0)
        && (x->max_bytes == 2147483647)
        && (x->isolation_level == 0)
        && (x->session_id == 0)
        && (x->session_epoch == -1)
        && (x->topics_count == 0)
        && (x->forgotten_topics_data_count == 0)
        && (kstr_eq(x->rack_id, KSTR_LIT("")));
}

static void decode_fetch_req(struct kreader *r, struct arena *a, int16_t v, struct fetch_req *x)
{
    const bool flex = v >= 12;
    (void)a;
    (void)v;
    (void)flex;
    if (v <= 14) {
        x->replica_id = kr_i32(r);
    }
    x->max_wait_ms = kr_i32(r);
    x->min_bytes = kr_i32(r);
    x->max_bytes = kr_i32(r);
    x->isolation_level = kr_i8(r);
    if (v >= 7) {
        x->session_id = kr_i32(r);
    }
    if (v >= 7) {
        x->session_epoch = kr_i32(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_fetch_req_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                fetch_req_fetch_topic_init(&x->topics[i_]);
                decode_fetch_req_fetch_topic(r, a, v, &x->topics[i_]);
            }
        }
    }
    if (v >= 7) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_fetch_req_forgotten_topics_data[v]);
            x->forgotten_topics_data_count = n_;
            x->forgotten_topics_data = NULL;
            if (n_ > 0) {
                x->forgotten_topics_data = arena_calloc(a, (size_t)n_, sizeof *x->forgotten_topics_data);
                if (!x->forgotten_topics_data) {
                    kr_fail(r, "out of memory");
                    x->forgotten_topics_data_count = 0;
                }
                for (int32_t i_ = 0; x->forgotten_topics_data && i_ < n_ && !(r)->err; i_++) {
                    fetch_req_forgotten_topic_init(&x->forgotten_topics_data[i_]);
                    decode_fetch_req_forgotten_topic(r, a, v, &x->forgotten_topics_data[i_]);
                }
            }
        }
    }
    if (v >= 11) {
        x->rack_id = kr_str(r, flex, false);
    }
    if (flex) {
        uint32_t ntags_ = kr_uvarint(r);
        for (uint32_t t_ = 0; t_ < ntags_ && !r->err; t_++) {
            uint32_t tag_ = kr_uvarint(r);
            uint32_t size_ = kr_uvarint(r);
            const uint8_t *p_ = kr_take(r, size_);
            if (!p_)
                break;
            struct kreader sub_;
            kr_init(&sub_, p_, size_);
            switch (tag_) {
            case 0:
                if (v >= 12) {
                    x->cluster_id = kr_str(&sub_, flex, v >= 12);
                }
                if (sub_.err)
                    kr_fail(r, "tagged field");
                break;
            case 1:
                if (v >= 15) {
                    decode_fetch_req_replica_state(&sub_, a, v, &x->replica_state);
                }
                if (sub_.err)
                    kr_fail(r, "tagged field");
                break;
            default:
                break; /* unknown tags are skipped by size */
            }
        }
    }
}

static void encode_fetch_req(struct kwriter *w, int16_t v, const struct fetch_req *x)
{
    const bool flex = v >= 12;
    (void)flex;
    (void)v;
    if (v <= 14) {
        kw_i32(w, x->replica_id);
    }
    if ((v >= 15) && w->strict && !(x->replica_id == -1))
        kw_fail(w, -E_INVAL, "FetchRequest.ReplicaId not in this version");
    if ((v <= 14) && w->strict && !(fetch_req_replica_state_is_default(&x->replica_state)))
        kw_fail(w, -E_INVAL, "FetchRequest.ReplicaState not in this version");
    kw_i32(w, x->max_wait_ms);
    kw_i32(w, x->min_bytes);
    kw_i32(w, x->max_bytes);
    kw_i8(w, x->isolation_level);
    if (v >= 7) {
        kw_i32(w, x->session_id);
    }
    if (v >= 7) {
        kw_i32(w, x->session_epoch);
    }
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_fetch_req_fetch_topic(w, v, &x->topics[i_]);
    }
    if (v >= 7) {
        kw_array_len(w, x->forgotten_topics_data_count, flex, false);
        for (int32_t i_ = 0; i_ < x->forgotten_topics_data_count; i_++) {
            encode_fetch_req_forgotten_topic(w, v, &x->forgotten_topics_data[i_]);
        }
    }
    if ((v <= 6) && w->strict && !(x->forgotten_topics_data_count == 0))
        kw_fail(w, -E_INVAL, "FetchRequest.ForgottenTopicsData not in this version");
    if (v >= 11) {
        kw_str(w, x->rack_id, flex, false);
    }
    if (flex) {
        uint32_t ntags_ = 0;
        const bool has_cluster_id = (v >= 12) && !(kstr_eq(x->cluster_id, KSTR_NULL));
        ntags_ += has_cluster_id;
        const bool has_replica_state = (v >= 15) && !(fetch_req_replica_state_is_default(&x->replica_state));
        ntags_ += has_replica_state;
        kw_uvarint(w, ntags_);
        if (has_cluster_id) {
            size_t sz_ = 0;
            sz_ += ksize_str(x->cluster_id, flex);
            kw_uvarint(w, 0);
            kw_uvarint(w, (uint32_t)sz_);
            kw_str(w, x->cluster_id, flex, v >= 12);
        }
        if (has_replica_state) {
            size_t sz_ = 0;
            sz_ += size_fetch_req_replica_state(v, &x->replica_state);
            kw_uvarint(w, 1);
            kw_uvarint(w, (uint32_t)sz_);
            encode_fetch_req_replica_state(w, v, &x->replica_state);
        }
    }
}

static size_t size_fetch_req(int16_t v, const struct fetch_req *x)
{
    const bool flex = v >= 12;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v <= 14) {
        n += 4;
    }
    n += 4;
    n += 4;
    n += 4;
    n += 1;
    if (v >= 7) {
        n += 4;
    }
    if (v >= 7) {
        n += 4;
    }
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_fetch_req_fetch_topic(v, &x->topics[i_]);
    if (v >= 7) {
        n += ksize_array_len(x->forgotten_topics_data_count, flex);
        for (int32_t i_ = 0; i_ < x->forgotten_topics_data_count; i_++)
            n += size_fetch_req_forgotten_topic(v, &x->forgotten_topics_data[i_]);
    }
    if (v >= 11) {
        n += ksize_str(x->rack_id, flex);
    }
    if (flex) {
        uint32_t ntags_ = 0;
        if ((v >= 12) && !(kstr_eq(x->cluster_id, KSTR_NULL))) {
            size_t sz_ = 0;
            sz_ += ksize_str(x->cluster_id, flex);
            n += ksize_uvarint(0) + ksize_uvarint((uint32_t)sz_) + sz_;
            ntags_++;
        }
        if ((v >= 15) && !(fetch_req_replica_state_is_default(&x->replica_state))) {
            size_t sz_ = 0;
            sz_ += size_fetch_req_replica_state(v, &x->replica_state);
            n += ksize_uvarint(1) + ksize_uvarint((uint32_t)sz_) + sz_;
            ntags_++;
        }
        n += ksize_uvarint(ntags_);
    }
    return n;
}

int fetch_req_decode(struct kreader *r, struct arena *a, int16_t v, struct fetch_req *out)
{
    fetch_req_init(out);
    if (v < 4 || v > 17)
        return -E_UNSUPPORTED;
    decode_fetch_req(r, a, v, out);
    return r->err;
}

int fetch_req_encode(struct kwriter *w, int16_t v, const struct fetch_req *in)
{
    if (v < 4 || v > 17)
        return -E_UNSUPPORTED;
    encode_fetch_req(w, v, in);
    return w->err;
}

size_t fetch_req_size(int16_t v, const struct fetch_req *in)
{
    return size_fetch_req(v, in);
}

static void decode_fetch_resp_epoch_end_offset(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp_epoch_end_offset *x);
static void encode_fetch_resp_epoch_end_offset(struct kwriter *w, int16_t v, const struct fetch_resp_epoch_end_offset *x);
static size_t size_fetch_resp_epoch_end_offset(int16_t v, const struct fetch_resp_epoch_end_offset *x);
static void decode_fetch_resp_leader_id_and_epoch(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp_leader_id_and_epoch *x);
static void encode_fetch_resp_leader_id_and_epoch(struct kwriter *w, int16_t v, const struct fetch_resp_leader_id_and_epoch *x);
static size_t size_fetch_resp_leader_id_and_epoch(int16_t v, const struct fetch_resp_leader_id_and_epoch *x);
static void decode_fetch_resp_snapshot_id(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp_snapshot_id *x);
static void encode_fetch_resp_snapshot_id(struct kwriter *w, int16_t v, const struct fetch_resp_snapshot_id *x);
static size_t size_fetch_resp_snapshot_id(int16_t v, const struct fetch_resp_snapshot_id *x);
static void decode_fetch_resp_aborted_transaction(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp_aborted_transaction *x);
static void encode_fetch_resp_aborted_transaction(struct kwriter *w, int16_t v, const struct fetch_resp_aborted_transaction *x);
static size_t size_fetch_resp_aborted_transaction(int16_t v, const struct fetch_resp_aborted_transaction *x);
static void decode_fetch_resp_partition_data(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp_partition_data *x);
static void encode_fetch_resp_partition_data(struct kwriter *w, int16_t v, const struct fetch_resp_partition_data *x);
static size_t size_fetch_resp_partition_data(int16_t v, const struct fetch_resp_partition_data *x);
static void decode_fetch_resp_fetchable_topic_response(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp_fetchable_topic_response *x);
static void encode_fetch_resp_fetchable_topic_response(struct kwriter *w, int16_t v, const struct fetch_resp_fetchable_topic_response *x);
static size_t size_fetch_resp_fetchable_topic_response(int16_t v, const struct fetch_resp_fetchable_topic_response *x);
static void decode_fetch_resp_node_endpoint(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp_node_endpoint *x);
static void encode_fetch_resp_node_endpoint(struct kwriter *w, int16_t v, const struct fetch_resp_node_endpoint *x);
static size_t size_fetch_resp_node_endpoint(int16_t v, const struct fetch_resp_node_endpoint *x);
static void decode_fetch_resp(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp *x);
static void encode_fetch_resp(struct kwriter *w, int16_t v, const struct fetch_resp *x);
static size_t size_fetch_resp(int16_t v, const struct fetch_resp *x);

static const uint16_t minsz_fetch_resp_partition_data_aborted_transactions[18] = {1, 1, 1, 1, 16, 16, 16, 16, 16, 16, 16, 16, 17, 17, 17, 17, 17, 17};
static const uint16_t minsz_fetch_resp_fetchable_topic_response_partitions[18] = {18, 18, 18, 18, 30, 38, 38, 38, 38, 38, 38, 42, 37, 37, 37, 37, 37, 37};
static const uint16_t minsz_fetch_resp_responses[18] = {6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 3, 18, 18, 18, 18, 18};
static const uint16_t minsz_fetch_resp_node_endpoints[18] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 11};

void fetch_resp_epoch_end_offset_init(struct fetch_resp_epoch_end_offset *x)
{
    memset(x, 0, sizeof *x);
    x->epoch = -1;
    x->end_offset = INT64_C(-1);
}

bool fetch_resp_epoch_end_offset_is_default(const struct fetch_resp_epoch_end_offset *x)
{
    return (x->epoch == -1)
        && (x->end_offset == INT64_C(-1));
}

static void decode_fetch_resp_epoch_end_offset(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp_epoch_end_offset *x)
{
    const bool flex = v >= 12;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 12) {
        x->epoch = kr_i32(r);
    }
    if (v >= 12) {
        x->end_offset = kr_i64(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_fetch_resp_epoch_end_offset(struct kwriter *w, int16_t v, const struct fetch_resp_epoch_end_offset *x)
{
    const bool flex = v >= 12;
    (void)flex;
    (void)v;
    if (v >= 12) {
        kw_i32(w, x->epoch);
    }
    if ((v <= 11) && w->strict && !(x->epoch == -1))
        kw_fail(w, -E_INVAL, "EpochEndOffset.Epoch not in this version");
    if (v >= 12) {
        kw_i64(w, x->end_offset);
    }
    if ((v <= 11) && w->strict && !(x->end_offset == INT64_C(-1)))
        kw_fail(w, -E_INVAL, "EpochEndOffset.EndOffset not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_fetch_resp_epoch_end_offset(int16_t v, const struct fetch_resp_epoch_end_offset *x)
{
    const bool flex = v >= 12;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 12) {
        n += 4;
    }
    if (v >= 12) {
        n += 8;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void fetch_resp_leader_id_and_epoch_init(struct fetch_resp_leader_id_and_epoch *x)
{
    memset(x, 0, sizeof *x);
    x->leader_id = -1;
    x->leader_epoch = -1;
}

bool fetch_resp_leader_id_and_epoch_is_default(const struct fetch_resp_leader_id_and_epoch *x)
{
    return (x->leader_id == -1)
        && (x->leader_epoch == -1);
}

static void decode_fetch_resp_leader_id_and_epoch(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp_leader_id_and_epoch *x)
{
    const bool flex = v >= 12;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 12) {
        x->leader_id = kr_i32(r);
    }
    if (v >= 12) {
        x->leader_epoch = kr_i32(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_fetch_resp_leader_id_and_epoch(struct kwriter *w, int16_t v, const struct fetch_resp_leader_id_and_epoch *x)
{
    const bool flex = v >= 12;
    (void)flex;
    (void)v;
    if (v >= 12) {
        kw_i32(w, x->leader_id);
    }
    if ((v <= 11) && w->strict && !(x->leader_id == -1))
        kw_fail(w, -E_INVAL, "LeaderIdAndEpoch.LeaderId not in this version");
    if (v >= 12) {
        kw_i32(w, x->leader_epoch);
    }
    if ((v <= 11) && w->strict && !(x->leader_epoch == -1))
        kw_fail(w, -E_INVAL, "LeaderIdAndEpoch.LeaderEpoch not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_fetch_resp_leader_id_and_epoch(int16_t v, const struct fetch_resp_leader_id_and_epoch *x)
{
    const bool flex = v >= 12;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 12) {
        n += 4;
    }
    if (v >= 12) {
        n += 4;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void fetch_resp_snapshot_id_init(struct fetch_resp_snapshot_id *x)
{
    memset(x, 0, sizeof *x);
    x->end_offset = INT64_C(-1);
    x->epoch = -1;
}

bool fetch_resp_snapshot_id_is_default(const struct fetch_resp_snapshot_id *x)
{
    return (x->end_offset == INT64_C(-1))
        && (x->epoch == -1);
}

static void decode_fetch_resp_snapshot_id(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp_snapshot_id *x)
{
    const bool flex = v >= 12;
    (void)a;
    (void)v;
    (void)flex;
    x->end_offset = kr_i64(r);
    x->epoch = kr_i32(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_fetch_resp_snapshot_id(struct kwriter *w, int16_t v, const struct fetch_resp_snapshot_id *x)
{
    const bool flex = v >= 12;
    (void)flex;
    (void)v;
    kw_i64(w, x->end_offset);
    kw_i32(w, x->epoch);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_fetch_resp_snapshot_id(int16_t v, const struct fetch_resp_snapshot_id *x)
{
    const bool flex = v >= 12;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 8;
    n += 4;
    if (flex) {
        n += 1;
    }
    return n;
}

void fetch_resp_aborted_transaction_init(struct fetch_resp_aborted_transaction *x)
{
    memset(x, 0, sizeof *x);
}

bool fetch_resp_aborted_transaction_is_default(const struct fetch_resp_aborted_transaction *x)
{
    return (x->producer_id == 0)
        && (x->first_offset == 0);
}

static void decode_fetch_resp_aborted_transaction(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp_aborted_transaction *x)
{
    const bool flex = v >= 12;
    (void)a;
    (void)v;
    (void)flex;
    x->producer_id = kr_i64(r);
    x->first_offset = kr_i64(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_fetch_resp_aborted_transaction(struct kwriter *w, int16_t v, const struct fetch_resp_aborted_transaction *x)
{
    const bool flex = v >= 12;
    (void)flex;
    (void)v;
    kw_i64(w, x->producer_id);
    kw_i64(w, x->first_offset);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_fetch_resp_aborted_transaction(int16_t v, const struct fetch_resp_aborted_transaction *x)
{
    const bool flex = v >= 12;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 8;
    n += 8;
    if (flex) {
        n += 1;
    }
    return n;
}

void fetch_resp_partition_data_init(struct fetch_resp_partition_data *x)
{
    memset(x, 0, sizeof *x);
    x->last_stable_offset = INT64_C(-1);
    x->log_start_offset = INT64_C(-1);
    fetch_resp_epoch_end_offset_init(&x->diverging_epoch);
    fetch_resp_leader_id_and_epoch_init(&x->current_leader);
    fetch_resp_snapshot_id_init(&x->snapshot_id);
    x->preferred_read_replica = -1;
}

bool fetch_resp_partition_data_is_default(const struct fetch_resp_partition_data *x)
{
    return (x->partition_index == 0)
        && (x->error_code == 0)
        && (x->high_watermark == 0)
        && (x->last_stable_offset == INT64_C(-1))
        && (x->log_start_offset == INT64_C(-1))
        && (fetch_resp_epoch_end_offset_is_default(&x->diverging_epoch))
        && (fetch_resp_leader_id_and_epoch_is_default(&x->current_leader))
        && (fetch_resp_snapshot_id_is_default(&x->snapshot_id))
        && (x->aborted_transactions_count == 0)
        && (x->preferred_read_replica == -1)
        && (x->records.len == 0 && x->records.nspans == 0);
}

static void decode_fetch_resp_partition_data(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp_partition_data *x)
{
    const bool flex = v >= 12;
    (void)a;
    (void)v;
    (void)flex;
    x->partition_index = kr_i32(r);
    x->error_code = kr_i16(r);
    x->high_watermark = kr_i64(r);
    x->last_stable_offset = kr_i64(r);
    if (v >= 5) {
        x->log_start_offset = kr_i64(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, true, minsz_fetch_resp_partition_data_aborted_transactions[v]);
        x->aborted_transactions_count = n_;
        x->aborted_transactions = NULL;
        if (n_ > 0) {
            x->aborted_transactions = arena_calloc(a, (size_t)n_, sizeof *x->aborted_transactions);
            if (!x->aborted_transactions) {
                kr_fail(r, "out of memory");
                x->aborted_transactions_count = 0;
            }
            for (int32_t i_ = 0; x->aborted_transactions && i_ < n_ && !(r)->err; i_++) {
                fetch_resp_aborted_transaction_init(&x->aborted_transactions[i_]);
                decode_fetch_resp_aborted_transaction(r, a, v, &x->aborted_transactions[i_]);
            }
        }
    }
    if (v >= 11) {
        x->preferred_read_replica = kr_i32(r);
    }
    {
        struct kbytes b_ = kr_bytes(r, flex, true);
        x->records.ptr = b_.ptr;
        x->records.len = b_.len;
    }
    if (flex) {
        uint32_t ntags_ = kr_uvarint(r);
        for (uint32_t t_ = 0; t_ < ntags_ && !r->err; t_++) {
            uint32_t tag_ = kr_uvarint(r);
            uint32_t size_ = kr_uvarint(r);
            const uint8_t *p_ = kr_take(r, size_);
            if (!p_)
                break;
            struct kreader sub_;
            kr_init(&sub_, p_, size_);
            switch (tag_) {
            case 0:
                if (v >= 12) {
                    decode_fetch_resp_epoch_end_offset(&sub_, a, v, &x->diverging_epoch);
                }
                if (sub_.err)
                    kr_fail(r, "tagged field");
                break;
            case 1:
                if (v >= 12) {
                    decode_fetch_resp_leader_id_and_epoch(&sub_, a, v, &x->current_leader);
                }
                if (sub_.err)
                    kr_fail(r, "tagged field");
                break;
            case 2:
                if (v >= 12) {
                    decode_fetch_resp_snapshot_id(&sub_, a, v, &x->snapshot_id);
                }
                if (sub_.err)
                    kr_fail(r, "tagged field");
                break;
            default:
                break; /* unknown tags are skipped by size */
            }
        }
    }
}

static void encode_fetch_resp_partition_data(struct kwriter *w, int16_t v, const struct fetch_resp_partition_data *x)
{
    const bool flex = v >= 12;
    (void)flex;
    (void)v;
    kw_i32(w, x->partition_index);
    kw_i16(w, x->error_code);
    kw_i64(w, x->high_watermark);
    kw_i64(w, x->last_stable_offset);
    if (v >= 5) {
        kw_i64(w, x->log_start_offset);
    }
    if ((v <= 11) && w->strict && !(fetch_resp_epoch_end_offset_is_default(&x->diverging_epoch)))
        kw_fail(w, -E_INVAL, "PartitionData.DivergingEpoch not in this version");
    if ((v <= 11) && w->strict && !(fetch_resp_leader_id_and_epoch_is_default(&x->current_leader)))
        kw_fail(w, -E_INVAL, "PartitionData.CurrentLeader not in this version");
    if ((v <= 11) && w->strict && !(fetch_resp_snapshot_id_is_default(&x->snapshot_id)))
        kw_fail(w, -E_INVAL, "PartitionData.SnapshotId not in this version");
    kw_array_len(w, x->aborted_transactions_count, flex, true);
    for (int32_t i_ = 0; i_ < x->aborted_transactions_count; i_++) {
        encode_fetch_resp_aborted_transaction(w, v, &x->aborted_transactions[i_]);
    }
    if (v >= 11) {
        kw_i32(w, x->preferred_read_replica);
    }
    if ((v <= 10) && w->strict && !(x->preferred_read_replica == -1))
        kw_fail(w, -E_INVAL, "PartitionData.PreferredReadReplica not in this version");
    kw_records(w, &x->records, flex, true);
    if (flex) {
        uint32_t ntags_ = 0;
        const bool has_diverging_epoch = (v >= 12) && !(fetch_resp_epoch_end_offset_is_default(&x->diverging_epoch));
        ntags_ += has_diverging_epoch;
        const bool has_current_leader = (v >= 12) && !(fetch_resp_leader_id_and_epoch_is_default(&x->current_leader));
        ntags_ += has_current_leader;
        const bool has_snapshot_id = (v >= 12) && !(fetch_resp_snapshot_id_is_default(&x->snapshot_id));
        ntags_ += has_snapshot_id;
        kw_uvarint(w, ntags_);
        if (has_diverging_epoch) {
            size_t sz_ = 0;
            sz_ += size_fetch_resp_epoch_end_offset(v, &x->diverging_epoch);
            kw_uvarint(w, 0);
            kw_uvarint(w, (uint32_t)sz_);
            encode_fetch_resp_epoch_end_offset(w, v, &x->diverging_epoch);
        }
        if (has_current_leader) {
            size_t sz_ = 0;
            sz_ += size_fetch_resp_leader_id_and_epoch(v, &x->current_leader);
            kw_uvarint(w, 1);
            kw_uvarint(w, (uint32_t)sz_);
            encode_fetch_resp_leader_id_and_epoch(w, v, &x->current_leader);
        }
        if (has_snapshot_id) {
            size_t sz_ = 0;
            sz_ += size_fetch_resp_snapshot_id(v, &x->snapshot_id);
            kw_uvarint(w, 2);
            kw_uvarint(w, (uint32_t)sz_);
            encode_fetch_resp_snapshot_id(w, v, &x->snapshot_id);
        }
    }
}

static size_t size_fetch_resp_partition_data(int16_t v, const struct fetch_resp_partition_data *x)
{
    const bool flex = v >= 12;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += 2;
    n += 8;
    n += 8;
    if (v >= 5) {
        n += 8;
    }
    n += ksize_array_len(x->aborted_transactions_count, flex);
    for (int32_t i_ = 0; i_ < x->aborted_transactions_count; i_++)
        n += size_fetch_resp_aborted_transaction(v, &x->aborted_transactions[i_]);
    if (v >= 11) {
        n += 4;
    }
    n += ksize_records(&x->records, flex);
    if (flex) {
        uint32_t ntags_ = 0;
        if ((v >= 12) && !(fetch_resp_epoch_end_offset_is_default(&x->diverging_epoch))) {
            size_t sz_ = 0;
            sz_ += size_fetch_resp_epoch_end_offset(v, &x->diverging_epoch);
            n += ksize_uvarint(0) + ksize_uvarint((uint32_t)sz_) + sz_;
            ntags_++;
        }
        if ((v >= 12) && !(fetch_resp_leader_id_and_epoch_is_default(&x->current_leader))) {
            size_t sz_ = 0;
            sz_ += size_fetch_resp_leader_id_and_epoch(v, &x->current_leader);
            n += ksize_uvarint(1) + ksize_uvarint((uint32_t)sz_) + sz_;
            ntags_++;
        }
        if ((v >= 12) && !(fetch_resp_snapshot_id_is_default(&x->snapshot_id))) {
            size_t sz_ = 0;
            sz_ += size_fetch_resp_snapshot_id(v, &x->snapshot_id);
            n += ksize_uvarint(2) + ksize_uvarint((uint32_t)sz_) + sz_;
            ntags_++;
        }
        n += ksize_uvarint(ntags_);
    }
    return n;
}

void fetch_resp_fetchable_topic_response_init(struct fetch_resp_fetchable_topic_response *x)
{
    memset(x, 0, sizeof *x);
    x->topic = KSTR_LIT("");
}

bool fetch_resp_fetchable_topic_response_is_default(const struct fetch_resp_fetchable_topic_response *x)
{
    return (kstr_eq(x->topic, KSTR_LIT("")))
        && (kuuid_is_zero(&x->topic_id))
        && (x->partitions_count == 0);
}

static void decode_fetch_resp_fetchable_topic_response(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp_fetchable_topic_response *x)
{
    const bool flex = v >= 12;
    (void)a;
    (void)v;
    (void)flex;
    if (v <= 12) {
        x->topic = kr_str(r, flex, false);
    }
    if (v >= 13) {
        kr_uuid(r, &x->topic_id);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_fetch_resp_fetchable_topic_response_partitions[v]);
        x->partitions_count = n_;
        x->partitions = NULL;
        if (n_ > 0) {
            x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
            if (!x->partitions) {
                kr_fail(r, "out of memory");
                x->partitions_count = 0;
            }
            for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                fetch_resp_partition_data_init(&x->partitions[i_]);
                decode_fetch_resp_partition_data(r, a, v, &x->partitions[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_fetch_resp_fetchable_topic_response(struct kwriter *w, int16_t v, const struct fetch_resp_fetchable_topic_response *x)
{
    const bool flex = v >= 12;
    (void)flex;
    (void)v;
    if (v <= 12) {
        kw_str(w, x->topic, flex, false);
    }
    if (v >= 13) {
        kw_uuid(w, &x->topic_id);
    }
    kw_array_len(w, x->partitions_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
        encode_fetch_resp_partition_data(w, v, &x->partitions[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_fetch_resp_fetchable_topic_response(int16_t v, const struct fetch_resp_fetchable_topic_response *x)
{
    const bool flex = v >= 12;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v <= 12) {
        n += ksize_str(x->topic, flex);
    }
    if (v >= 13) {
        n += 16;
    }
    n += ksize_array_len(x->partitions_count, flex);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        n += size_fetch_resp_partition_data(v, &x->partitions[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void fetch_resp_node_endpoint_init(struct fetch_resp_node_endpoint *x)
{
    memset(x, 0, sizeof *x);
    x->host = KSTR_LIT("");
    x->rack = KSTR_NULL;
}

bool fetch_resp_node_endpoint_is_default(const struct fetch_resp_node_endpoint *x)
{
    return (x->node_id == 0)
        && (kstr_eq(x->host, KSTR_LIT("")))
        && (x->port == 0)
        && (kstr_eq(x->rack, KSTR_NULL));
}

static void decode_fetch_resp_node_endpoint(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp_node_endpoint *x)
{
    const bool flex = v >= 12;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 16) {
        x->node_id = kr_i32(r);
    }
    if (v >= 16) {
        x->host = kr_str(r, flex, false);
    }
    if (v >= 16) {
        x->port = kr_i32(r);
    }
    if (v >= 16) {
        x->rack = kr_str(r, flex, v >= 16);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_fetch_resp_node_endpoint(struct kwriter *w, int16_t v, const struct fetch_resp_node_endpoint *x)
{
    const bool flex = v >= 12;
    (void)flex;
    (void)v;
    if (v >= 16) {
        kw_i32(w, x->node_id);
    }
    if ((v <= 15) && w->strict && !(x->node_id == 0))
        kw_fail(w, -E_INVAL, "NodeEndpoint.NodeId not in this version");
    if (v >= 16) {
        kw_str(w, x->host, flex, false);
    }
    if ((v <= 15) && w->strict && !(kstr_eq(x->host, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "NodeEndpoint.Host not in this version");
    if (v >= 16) {
        kw_i32(w, x->port);
    }
    if ((v <= 15) && w->strict && !(x->port == 0))
        kw_fail(w, -E_INVAL, "NodeEndpoint.Port not in this version");
    if (v >= 16) {
        kw_str(w, x->rack, flex, v >= 16);
    }
    if ((v <= 15) && w->strict && !(kstr_eq(x->rack, KSTR_NULL)))
        kw_fail(w, -E_INVAL, "NodeEndpoint.Rack not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_fetch_resp_node_endpoint(int16_t v, const struct fetch_resp_node_endpoint *x)
{
    const bool flex = v >= 12;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 16) {
        n += 4;
    }
    if (v >= 16) {
        n += ksize_str(x->host, flex);
    }
    if (v >= 16) {
        n += 4;
    }
    if (v >= 16) {
        n += ksize_str(x->rack, flex);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void fetch_resp_init(struct fetch_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool fetch_resp_is_default(const struct fetch_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->error_code == 0)
        && (x->session_id == 0)
        && (x->responses_count == 0)
        && (x->node_endpoints_count == 0);
}

static void decode_fetch_resp(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp *x)
{
    const bool flex = v >= 12;
    (void)a;
    (void)v;
    (void)flex;
    x->throttle_time_ms = kr_i32(r);
    if (v >= 7) {
        x->error_code = kr_i16(r);
    }
    if (v >= 7) {
        x->session_id = kr_i32(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_fetch_resp_responses[v]);
        x->responses_count = n_;
        x->responses = NULL;
        if (n_ > 0) {
            x->responses = arena_calloc(a, (size_t)n_, sizeof *x->responses);
            if (!x->responses) {
                kr_fail(r, "out of memory");
                x->responses_count = 0;
            }
            for (int32_t i_ = 0; x->responses && i_ < n_ && !(r)->err; i_++) {
                fetch_resp_fetchable_topic_response_init(&x->responses[i_]);
                decode_fetch_resp_fetchable_topic_response(r, a, v, &x->responses[i_]);
            }
        }
    }
    if (flex) {
        uint32_t ntags_ = kr_uvarint(r);
        for (uint32_t t_ = 0; t_ < ntags_ && !r->err; t_++) {
            uint32_t tag_ = kr_uvarint(r);
            uint32_t size_ = kr_uvarint(r);
            const uint8_t *p_ = kr_take(r, size_);
            if (!p_)
                break;
            struct kreader sub_;
            kr_init(&sub_, p_, size_);
            switch (tag_) {
            case 0:
                if (v >= 16) {
                    {
                        int32_t n_ = kr_array_len(&sub_, flex, false, minsz_fetch_resp_node_endpoints[v]);
                        x->node_endpoints_count = n_;
                        x->node_endpoints = NULL;
                        if (n_ > 0) {
                            x->node_endpoints = arena_calloc(a, (size_t)n_, sizeof *x->node_endpoints);
                            if (!x->node_endpoints) {
                                kr_fail(&sub_, "out of memory");
                                x->node_endpoints_count = 0;
                            }
                            for (int32_t i_ = 0; x->node_endpoints && i_ < n_ && !(&sub_)->err; i_++) {
                                fetch_resp_node_endpoint_init(&x->node_endpoints[i_]);
                                decode_fetch_resp_node_endpoint(&sub_, a, v, &x->node_endpoints[i_]);
                            }
                        }
                    }
                }
                if (sub_.err)
                    kr_fail(r, "tagged field");
                break;
            default:
                break; /* unknown tags are skipped by size */
            }
        }
    }
}

static void encode_fetch_resp(struct kwriter *w, int16_t v, const struct fetch_resp *x)
{
    const bool flex = v >= 12;
    (void)flex;
    (void)v;
    kw_i32(w, x->throttle_time_ms);
    if (v >= 7) {
        kw_i16(w, x->error_code);
    }
    if (v >= 7) {
        kw_i32(w, x->session_id);
    }
    if ((v <= 6) && w->strict && !(x->session_id == 0))
        kw_fail(w, -E_INVAL, "FetchResponse.SessionId not in this version");
    kw_array_len(w, x->responses_count, flex, false);
    for (int32_t i_ = 0; i_ < x->responses_count; i_++) {
        encode_fetch_resp_fetchable_topic_response(w, v, &x->responses[i_]);
    }
    if ((v <= 15) && w->strict && !(x->node_endpoints_count == 0))
        kw_fail(w, -E_INVAL, "FetchResponse.NodeEndpoints not in this version");
    if (flex) {
        uint32_t ntags_ = 0;
        const bool has_node_endpoints = (v >= 16) && !(x->node_endpoints_count == 0);
        ntags_ += has_node_endpoints;
        kw_uvarint(w, ntags_);
        if (has_node_endpoints) {
            size_t sz_ = 0;
            sz_ += ksize_array_len(x->node_endpoints_count, flex);
            for (int32_t i_ = 0; i_ < x->node_endpoints_count; i_++)
                sz_ += size_fetch_resp_node_endpoint(v, &x->node_endpoints[i_]);
            kw_uvarint(w, 0);
            kw_uvarint(w, (uint32_t)sz_);
            kw_array_len(w, x->node_endpoints_count, flex, false);
            for (int32_t i_ = 0; i_ < x->node_endpoints_count; i_++) {
                encode_fetch_resp_node_endpoint(w, v, &x->node_endpoints[i_]);
            }
        }
    }
}

static size_t size_fetch_resp(int16_t v, const struct fetch_resp *x)
{
    const bool flex = v >= 12;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    if (v >= 7) {
        n += 2;
    }
    if (v >= 7) {
        n += 4;
    }
    n += ksize_array_len(x->responses_count, flex);
    for (int32_t i_ = 0; i_ < x->responses_count; i_++)
        n += size_fetch_resp_fetchable_topic_response(v, &x->responses[i_]);
    if (flex) {
        uint32_t ntags_ = 0;
        if ((v >= 16) && !(x->node_endpoints_count == 0)) {
            size_t sz_ = 0;
            sz_ += ksize_array_len(x->node_endpoints_count, flex);
            for (int32_t i_ = 0; i_ < x->node_endpoints_count; i_++)
                sz_ += size_fetch_resp_node_endpoint(v, &x->node_endpoints[i_]);
            n += ksize_uvarint(0) + ksize_uvarint((uint32_t)sz_) + sz_;
            ntags_++;
        }
        n += ksize_uvarint(ntags_);
    }
    return n;
}

int fetch_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct fetch_resp *out)
{
    fetch_resp_init(out);
    if (v < 4 || v > 17)
        return -E_UNSUPPORTED;
    decode_fetch_resp(r, a, v, out);
    return r->err;
}

int fetch_resp_encode(struct kwriter *w, int16_t v, const struct fetch_resp *in)
{
    if (v < 4 || v > 17)
        return -E_UNSUPPORTED;
    encode_fetch_resp(w, v, in);
    return w->err;
}

size_t fetch_resp_size(int16_t v, const struct fetch_resp *in)
{
    return size_fetch_resp(v, in);
}

