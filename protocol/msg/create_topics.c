/* generated from CreateTopicsRequest.json, CreateTopicsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/create_topics.h"

#include <string.h>

#include "protocol/status.h"

static void decode_create_topics_req_creatable_replica_assignment(struct kreader *r, struct arena *a, int16_t v, struct create_topics_req_creatable_replica_assignment *x);
static void encode_create_topics_req_creatable_replica_assignment(struct kwriter *w, int16_t v, const struct create_topics_req_creatable_replica_assignment *x);
static size_t size_create_topics_req_creatable_replica_assignment(int16_t v, const struct create_topics_req_creatable_replica_assignment *x);
static void decode_create_topics_req_creatable_topic_config(struct kreader *r, struct arena *a, int16_t v, struct create_topics_req_creatable_topic_config *x);
static void encode_create_topics_req_creatable_topic_config(struct kwriter *w, int16_t v, const struct create_topics_req_creatable_topic_config *x);
static size_t size_create_topics_req_creatable_topic_config(int16_t v, const struct create_topics_req_creatable_topic_config *x);
static void decode_create_topics_req_creatable_topic(struct kreader *r, struct arena *a, int16_t v, struct create_topics_req_creatable_topic *x);
static void encode_create_topics_req_creatable_topic(struct kwriter *w, int16_t v, const struct create_topics_req_creatable_topic *x);
static size_t size_create_topics_req_creatable_topic(int16_t v, const struct create_topics_req_creatable_topic *x);
static void decode_create_topics_req(struct kreader *r, struct arena *a, int16_t v, struct create_topics_req *x);
static void encode_create_topics_req(struct kwriter *w, int16_t v, const struct create_topics_req *x);
static size_t size_create_topics_req(int16_t v, const struct create_topics_req *x);

static const uint16_t minsz_create_topics_req_creatable_replica_assignment_broker_ids[8] = {4, 4, 4, 4, 4, 4, 4, 4};
static const uint16_t minsz_create_topics_req_creatable_topic_assignments[8] = {8, 8, 8, 8, 8, 6, 6, 6};
static const uint16_t minsz_create_topics_req_creatable_topic_configs[8] = {4, 4, 4, 4, 4, 3, 3, 3};
static const uint16_t minsz_create_topics_req_topics[8] = {16, 16, 16, 16, 16, 10, 10, 10};

void create_topics_req_creatable_replica_assignment_init(struct create_topics_req_creatable_replica_assignment *x)
{
    memset(x, 0, sizeof *x);
}

bool create_topics_req_creatable_replica_assignment_is_default(const struct create_topics_req_creatable_replica_assignment *x)
{
    return (x->partition_index == 0)
        && (x->broker_ids_count == 0);
}

static void decode_create_topics_req_creatable_replica_assignment(struct kreader *r, struct arena *a, int16_t v, struct create_topics_req_creatable_replica_assignment *x)
{
    const bool flex = v >= 5;
    (void)a;
    (void)v;
    (void)flex;
    x->partition_index = kr_i32(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_create_topics_req_creatable_replica_assignment_broker_ids[v]);
        x->broker_ids_count = n_;
        x->broker_ids = NULL;
        if (n_ > 0) {
            x->broker_ids = arena_calloc(a, (size_t)n_, sizeof *x->broker_ids);
            if (!x->broker_ids) {
                kr_fail(r, "out of memory");
                x->broker_ids_count = 0;
            }
            for (int32_t i_ = 0; x->broker_ids && i_ < n_ && !(r)->err; i_++) {
                x->broker_ids[i_] = kr_i32(r);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_topics_req_creatable_replica_assignment(struct kwriter *w, int16_t v, const struct create_topics_req_creatable_replica_assignment *x)
{
    const bool flex = v >= 5;
    (void)flex;
    (void)v;
    kw_i32(w, x->partition_index);
    kw_array_len(w, x->broker_ids_count, flex, false);
    for (int32_t i_ = 0; i_ < x->broker_ids_count; i_++) {
        kw_i32(w, x->broker_ids[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_topics_req_creatable_replica_assignment(int16_t v, const struct create_topics_req_creatable_replica_assignment *x)
{
    const bool flex = v >= 5;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += ksize_array_len(x->broker_ids_count, flex);
    if (x->broker_ids_count > 0)
        n += (size_t)x->broker_ids_count * 4;
    if (flex) {
        n += 1;
    }
    return n;
}

void create_topics_req_creatable_topic_config_init(struct create_topics_req_creatable_topic_config *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
    x->value = KSTR_LIT("");
}

bool create_topics_req_creatable_topic_config_is_default(const struct create_topics_req_creatable_topic_config *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (kstr_eq(x->value, KSTR_LIT("")));
}

static void decode_create_topics_req_creatable_topic_config(struct kreader *r, struct arena *a, int16_t v, struct create_topics_req_creatable_topic_config *x)
{
    const bool flex = v >= 5;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    x->value = kr_str(r, flex, true);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_topics_req_creatable_topic_config(struct kwriter *w, int16_t v, const struct create_topics_req_creatable_topic_config *x)
{
    const bool flex = v >= 5;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_str(w, x->value, flex, true);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_topics_req_creatable_topic_config(int16_t v, const struct create_topics_req_creatable_topic_config *x)
{
    const bool flex = v >= 5;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_str(x->value, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

void create_topics_req_creatable_topic_init(struct create_topics_req_creatable_topic *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool create_topics_req_creatable_topic_is_default(const struct create_topics_req_creatable_topic *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->num_partitions == 0)
        && (x->replication_factor == 0)
        && (x->assignments_count == 0)
        && (x->configs_count == 0);
}

static void decode_create_topics_req_creatable_topic(struct kreader *r, struct arena *a, int16_t v, struct create_topics_req_creatable_topic *x)
{
    const bool flex = v >= 5;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    x->num_partitions = kr_i32(r);
    x->replication_factor = kr_i16(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_create_topics_req_creatable_topic_assignments[v]);
        x->assignments_count = n_;
        x->assignments = NULL;
        if (n_ > 0) {
            x->assignments = arena_calloc(a, (size_t)n_, sizeof *x->assignments);
            if (!x->assignments) {
                kr_fail(r, "out of memory");
                x->assignments_count = 0;
            }
            for (int32_t i_ = 0; x->assignments && i_ < n_ && !(r)->err; i_++) {
                create_topics_req_creatable_replica_assignment_init(&x->assignments[i_]);
                decode_create_topics_req_creatable_replica_assignment(r, a, v, &x->assignments[i_]);
            }
        }
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_create_topics_req_creatable_topic_configs[v]);
        x->configs_count = n_;
        x->configs = NULL;
        if (n_ > 0) {
            x->configs = arena_calloc(a, (size_t)n_, sizeof *x->configs);
            if (!x->configs) {
                kr_fail(r, "out of memory");
                x->configs_count = 0;
            }
            for (int32_t i_ = 0; x->configs && i_ < n_ && !(r)->err; i_++) {
                create_topics_req_creatable_topic_config_init(&x->configs[i_]);
                decode_create_topics_req_creatable_topic_config(r, a, v, &x->configs[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_topics_req_creatable_topic(struct kwriter *w, int16_t v, const struct create_topics_req_creatable_topic *x)
{
    const bool flex = v >= 5;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_i32(w, x->num_partitions);
    kw_i16(w, x->replication_factor);
    kw_array_len(w, x->assignments_count, flex, false);
    for (int32_t i_ = 0; i_ < x->assignments_count; i_++) {
        encode_create_topics_req_creatable_replica_assignment(w, v, &x->assignments[i_]);
    }
    kw_array_len(w, x->configs_count, flex, false);
    for (int32_t i_ = 0; i_ < x->configs_count; i_++) {
        encode_create_topics_req_creatable_topic_config(w, v, &x->configs[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_topics_req_creatable_topic(int16_t v, const struct create_topics_req_creatable_topic *x)
{
    const bool flex = v >= 5;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += 4;
    n += 2;
    n += ksize_array_len(x->assignments_count, flex);
    for (int32_t i_ = 0; i_ < x->assignments_count; i_++)
        n += size_create_topics_req_creatable_replica_assignment(v, &x->assignments[i_]);
    n += ksize_array_len(x->configs_count, flex);
    for (int32_t i_ = 0; i_ < x->configs_count; i_++)
        n += size_create_topics_req_creatable_topic_config(v, &x->configs[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void create_topics_req_init(struct create_topics_req *x)
{
    memset(x, 0, sizeof *x);
    x->timeout_ms = 60000;
}

bool create_topics_req_is_default(const struct create_topics_req *x)
{
    return (x->topics_count == 0)
        && (x->timeout_ms == 60000)
        && (x->validate_only == false);
}

static void decode_create_topics_req(struct kreader *r, struct arena *a, int16_t v, struct create_topics_req *x)
{
    const bool flex = v >= 5;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_create_topics_req_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                create_topics_req_creatable_topic_init(&x->topics[i_]);
                decode_create_topics_req_creatable_topic(r, a, v, &x->topics[i_]);
            }
        }
    }
    x->timeout_ms = kr_i32(r);
    if (v >= 1) {
        x->validate_only = kr_bool(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_topics_req(struct kwriter *w, int16_t v, const struct create_topics_req *x)
{
    const bool flex = v >= 5;
    (void)flex;
    (void)v;
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_create_topics_req_creatable_topic(w, v, &x->topics[i_]);
    }
    kw_i32(w, x->timeout_ms);
    if (v >= 1) {
        kw_bool(w, x->validate_only);
    }
    if ((v <= 0) && w->strict && !(x->validate_only == false))
        kw_fail(w, -E_INVAL, "CreateTopicsRequest.validateOnly not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_topics_req(int16_t v, const struct create_topics_req *x)
{
    const bool flex = v >= 5;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_create_topics_req_creatable_topic(v, &x->topics[i_]);
    n += 4;
    if (v >= 1) {
        n += 1;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int create_topics_req_decode(struct kreader *r, struct arena *a, int16_t v, struct create_topics_req *out)
{
    create_topics_req_init(out);
    if (v < 0 || v > 7)
        return -E_UNSUPPORTED;
    decode_create_topics_req(r, a, v, out);
    return r->err;
}

int create_topics_req_encode(struct kwriter *w, int16_t v, const struct create_topics_req *in)
{
    if (v < 0 || v > 7)
        return -E_UNSUPPORTED;
    encode_create_topics_req(w, v, in);
    return w->err;
}

size_t create_topics_req_size(int16_t v, const struct create_topics_req *in)
{
    return size_create_topics_req(v, in);
}

static void decode_create_topics_resp_creatable_topic_configs(struct kreader *r, struct arena *a, int16_t v, struct create_topics_resp_creatable_topic_configs *x);
static void encode_create_topics_resp_creatable_topic_configs(struct kwriter *w, int16_t v, const struct create_topics_resp_creatable_topic_configs *x);
static size_t size_create_topics_resp_creatable_topic_configs(int16_t v, const struct create_topics_resp_creatable_topic_configs *x);
static void decode_create_topics_resp_creatable_topic_result(struct kreader *r, struct arena *a, int16_t v, struct create_topics_resp_creatable_topic_result *x);
static void encode_create_topics_resp_creatable_topic_result(struct kwriter *w, int16_t v, const struct create_topics_resp_creatable_topic_result *x);
static size_t size_create_topics_resp_creatable_topic_result(int16_t v, const struct create_topics_resp_creatable_topic_result *x);
static void decode_create_topics_resp(struct kreader *r, struct arena *a, int16_t v, struct create_topics_resp *x);
static void encode_create_topics_resp(struct kwriter *w, int16_t v, const struct create_topics_resp *x);
static size_t size_create_topics_resp(int16_t v, const struct create_topics_resp *x);

static const uint16_t minsz_create_topics_resp_creatable_topic_result_configs[8] = {1, 1, 1, 1, 1, 6, 6, 6};
static const uint16_t minsz_create_topics_resp_topics[8] = {4, 6, 6, 6, 6, 12, 12, 28};

void create_topics_resp_creatable_topic_configs_init(struct create_topics_resp_creatable_topic_configs *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
    x->value = KSTR_LIT("");
    x->config_source = -1;
}

bool create_topics_resp_creatable_topic_configs_is_default(const struct create_topics_resp_creatable_topic_configs *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (kstr_eq(x->value, KSTR_LIT("")))
        && (x->read_only == false)
        && (x->config_source == -1)
        && (x->is_sensitive == false);
}

static void decode_create_topics_resp_creatable_topic_configs(struct kreader *r, struct arena *a, int16_t v, struct create_topics_resp_creatable_topic_configs *x)
{
    const bool flex = v >= 5;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 5) {
        x->name = kr_str(r, flex, false);
    }
    if (v >= 5) {
        x->value = kr_str(r, flex, v >= 5);
    }
    if (v >= 5) {
        x->read_only = kr_bool(r);
    }
    if (v >= 5) {
        x->config_source = kr_i8(r);
    }
    if (v >= 5) {
        x->is_sensitive = kr_bool(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_topics_resp_creatable_topic_configs(struct kwriter *w, int16_t v, const struct create_topics_resp_creatable_topic_configs *x)
{
    const bool flex = v >= 5;
    (void)flex;
    (void)v;
    if (v >= 5) {
        kw_str(w, x->name, flex, false);
    }
    if ((v <= 4) && w->strict && !(kstr_eq(x->name, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "CreatableTopicConfigs.Name not in this version");
    if (v >= 5) {
        kw_str(w, x->value, flex, v >= 5);
    }
    if ((v <= 4) && w->strict && !(kstr_eq(x->value, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "CreatableTopicConfigs.Value not in this version");
    if (v >= 5) {
        kw_bool(w, x->read_only);
    }
    if ((v <= 4) && w->strict && !(x->read_only == false))
        kw_fail(w, -E_INVAL, "CreatableTopicConfigs.ReadOnly not in this version");
    if (v >= 5) {
        kw_i8(w, x->config_source);
    }
    if (v >= 5) {
        kw_bool(w, x->is_sensitive);
    }
    if ((v <= 4) && w->strict && !(x->is_sensitive == false))
        kw_fail(w, -E_INVAL, "CreatableTopicConfigs.IsSensitive not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_topics_resp_creatable_topic_configs(int16_t v, const struct create_topics_resp_creatable_topic_configs *x)
{
    const bool flex = v >= 5;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 5) {
        n += ksize_str(x->name, flex);
    }
    if (v >= 5) {
        n += ksize_str(x->value, flex);
    }
    if (v >= 5) {
        n += 1;
    }
    if (v >= 5) {
        n += 1;
    }
    if (v >= 5) {
        n += 1;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void create_topics_resp_creatable_topic_result_init(struct create_topics_resp_creatable_topic_result *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
    x->error_message = KSTR_LIT("");
    x->num_partitions = -1;
    x->replication_factor = -1;
}

bool create_topics_resp_creatable_topic_result_is_default(const struct create_topics_resp_creatable_topic_result *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (kuuid_is_zero(&x->topic_id))
        && (x->error_code == 0)
        && (kstr_eq(x->error_message, KSTR_LIT("")))
        && (x->topic_config_error_code == 0)
        && (x->num_partitions == -1)
        && (x->replication_factor == -1)
        && (x->configs_count == 0);
}

static void decode_create_topics_resp_creatable_topic_result(struct kreader *r, struct arena *a, int16_t v, struct create_topics_resp_creatable_topic_result *x)
{
    const bool flex = v >= 5;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    if (v >= 7) {
        kr_uuid(r, &x->topic_id);
    }
    x->error_code = kr_i16(r);
    if (v >= 1) {
        x->error_message = kr_str(r, flex, true);
    }
    if (v >= 5) {
        x->num_partitions = kr_i32(r);
    }
    if (v >= 5) {
        x->replication_factor = kr_i16(r);
    }
    if (v >= 5) {
        {
            int32_t n_ = kr_array_len(r, flex, v >= 5, minsz_create_topics_resp_creatable_topic_result_configs[v]);
            x->configs_count = n_;
            x->configs = NULL;
            if (n_ > 0) {
                x->configs = arena_calloc(a, (size_t)n_, sizeof *x->configs);
                if (!x->configs) {
                    kr_fail(r, "out of memory");
                    x->configs_count = 0;
                }
                for (int32_t i_ = 0; x->configs && i_ < n_ && !(r)->err; i_++) {
                    create_topics_resp_creatable_topic_configs_init(&x->configs[i_]);
                    decode_create_topics_resp_creatable_topic_configs(r, a, v, &x->configs[i_]);
                }
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
                if (v >= 5) {
                    x->topic_config_error_code = kr_i16(&sub_);
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

static void encode_create_topics_resp_creatable_topic_result(struct kwriter *w, int16_t v, const struct create_topics_resp_creatable_topic_result *x)
{
    const bool flex = v >= 5;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    if (v >= 7) {
        kw_uuid(w, &x->topic_id);
    }
    kw_i16(w, x->error_code);
    if (v >= 1) {
        kw_str(w, x->error_message, flex, true);
    }
    if (v >= 5) {
        kw_i32(w, x->num_partitions);
    }
    if (v >= 5) {
        kw_i16(w, x->replication_factor);
    }
    if (v >= 5) {
        kw_array_len(w, x->configs_count, flex, v >= 5);
        for (int32_t i_ = 0; i_ < x->configs_count; i_++) {
            encode_create_topics_resp_creatable_topic_configs(w, v, &x->configs[i_]);
        }
    }
    if (flex) {
        uint32_t ntags_ = 0;
        const bool has_topic_config_error_code = (v >= 5) && !(x->topic_config_error_code == 0);
        ntags_ += has_topic_config_error_code;
        kw_uvarint(w, ntags_);
        if (has_topic_config_error_code) {
            size_t sz_ = 0;
            sz_ += 2;
            kw_uvarint(w, 0);
            kw_uvarint(w, (uint32_t)sz_);
            kw_i16(w, x->topic_config_error_code);
        }
    }
}

static size_t size_create_topics_resp_creatable_topic_result(int16_t v, const struct create_topics_resp_creatable_topic_result *x)
{
    const bool flex = v >= 5;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    if (v >= 7) {
        n += 16;
    }
    n += 2;
    if (v >= 1) {
        n += ksize_str(x->error_message, flex);
    }
    if (v >= 5) {
        n += 4;
    }
    if (v >= 5) {
        n += 2;
    }
    if (v >= 5) {
        n += ksize_array_len(x->configs_count, flex);
        for (int32_t i_ = 0; i_ < x->configs_count; i_++)
            n += size_create_topics_resp_creatable_topic_configs(v, &x->configs[i_]);
    }
    if (flex) {
        uint32_t ntags_ = 0;
        if ((v >= 5) && !(x->topic_config_error_code == 0)) {
            size_t sz_ = 0;
            sz_ += 2;
            n += ksize_uvarint(0) + ksize_uvarint((uint32_t)sz_) + sz_;
            ntags_++;
        }
        n += ksize_uvarint(ntags_);
    }
    return n;
}

void create_topics_resp_init(struct create_topics_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool create_topics_resp_is_default(const struct create_topics_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->topics_count == 0);
}

static void decode_create_topics_resp(struct kreader *r, struct arena *a, int16_t v, struct create_topics_resp *x)
{
    const bool flex = v >= 5;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 2) {
        x->throttle_time_ms = kr_i32(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_create_topics_resp_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                create_topics_resp_creatable_topic_result_init(&x->topics[i_]);
                decode_create_topics_resp_creatable_topic_result(r, a, v, &x->topics[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_topics_resp(struct kwriter *w, int16_t v, const struct create_topics_resp *x)
{
    const bool flex = v >= 5;
    (void)flex;
    (void)v;
    if (v >= 2) {
        kw_i32(w, x->throttle_time_ms);
    }
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_create_topics_resp_creatable_topic_result(w, v, &x->topics[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_topics_resp(int16_t v, const struct create_topics_resp *x)
{
    const bool flex = v >= 5;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 2) {
        n += 4;
    }
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_create_topics_resp_creatable_topic_result(v, &x->topics[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int create_topics_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct create_topics_resp *out)
{
    create_topics_resp_init(out);
    if (v < 0 || v > 7)
        return -E_UNSUPPORTED;
    decode_create_topics_resp(r, a, v, out);
    return r->err;
}

int create_topics_resp_encode(struct kwriter *w, int16_t v, const struct create_topics_resp *in)
{
    if (v < 0 || v > 7)
        return -E_UNSUPPORTED;
    encode_create_topics_resp(w, v, in);
    return w->err;
}

size_t create_topics_resp_size(int16_t v, const struct create_topics_resp *in)
{
    return size_create_topics_resp(v, in);
}

