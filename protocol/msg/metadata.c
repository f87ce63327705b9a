/* generated from MetadataRequest.json, MetadataResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/metadata.h"

#include <string.h>

#include "protocol/status.h"

static void decode_metadata_req_metadata_request_topic(struct kreader *r, struct arena *a, int16_t v, struct metadata_req_metadata_request_topic *x);
static void encode_metadata_req_metadata_request_topic(struct kwriter *w, int16_t v, const struct metadata_req_metadata_request_topic *x);
static size_t size_metadata_req_metadata_request_topic(int16_t v, const struct metadata_req_metadata_request_topic *x);
static void decode_metadata_req(struct kreader *r, struct arena *a, int16_t v, struct metadata_req *x);
static void encode_metadata_req(struct kwriter *w, int16_t v, const struct metadata_req *x);
static size_t size_metadata_req(int16_t v, const struct metadata_req *x);

static const uint16_t minsz_metadata_req_topics[13] = {2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 18, 18, 18};

void metadata_req_metadata_request_topic_init(struct metadata_req_metadata_request_topic *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool metadata_req_metadata_request_topic_is_default(const struct metadata_req_metadata_request_topic *x)
{
    return (kuuid_is_zero(&x->topic_id))
        && (kstr_eq(x->name, KSTR_LIT("")));
}

static void decode_metadata_req_metadata_request_topic(struct kreader *r, struct arena *a, int16_t v, struct metadata_req_metadata_request_topic *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 10) {
        kr_uuid(r, &x->topic_id);
    }
    x->name = kr_str(r, flex, v >= 10);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_metadata_req_metadata_request_topic(struct kwriter *w, int16_t v, const struct metadata_req_metadata_request_topic *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    if (v >= 10) {
        kw_uuid(w, &x->topic_id);
    }
    kw_str(w, x->name, flex, v >= 10);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_metadata_req_metadata_request_topic(int16_t v, const struct metadata_req_metadata_request_topic *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 10) {
        n += 16;
    }
    n += ksize_str(x->name, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

void metadata_req_init(struct metadata_req *x)
{
    memset(x, 0, sizeof *x);
    x->allow_auto_topic_creation = true;
}

bool metadata_req_is_default(const struct metadata_req *x)
{
    return (x->topics_count == 0)
        && (x->allow_auto_topic_creation == true)
        && (x->include_cluster_authorized_operations == false)
        && (x->include_topic_authorized_operations == false);
}

static void decode_metadata_req(struct kreader *r, struct arena *a, int16_t v, struct metadata_req *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, v >= 1, minsz_metadata_req_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                metadata_req_metadata_request_topic_init(&x->topics[i_]);
                decode_metadata_req_metadata_request_topic(r, a, v, &x->topics[i_]);
            }
        }
    }
    if (v >= 4) {
        x->allow_auto_topic_creation = kr_bool(r);
    }
    if (v >= 8 && v <= 10) {
        x->include_cluster_authorized_operations = kr_bool(r);
    }
    if (v >= 8) {
        x->include_topic_authorized_operations = kr_bool(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_metadata_req(struct kwriter *w, int16_t v, const struct metadata_req *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    kw_array_len(w, x->topics_count, flex, v >= 1);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_metadata_req_metadata_request_topic(w, v, &x->topics[i_]);
    }
    if (v >= 4) {
        kw_bool(w, x->allow_auto_topic_creation);
    }
    if ((v <= 3) && w->strict && !(x->allow_auto_topic_creation == true))
        kw_fail(w, -E_INVAL, "MetadataRequest.AllowAutoTopicCreation not in this version");
    if (v >= 8 && v <= 10) {
        kw_bool(w, x->include_cluster_authorized_operations);
    }
    if (((v <= 7) || (v >= 11)) && w->strict && !(x->include_cluster_authorized_operations == false))
        kw_fail(w, -E_INVAL, "MetadataRequest.IncludeClusterAuthorizedOperations not in this version");
    if (v >= 8) {
        kw_bool(w, x->include_topic_authorized_operations);
    }
    if ((v <= 7) && w->strict && !(x->include_topic_authorized_operations == false))
        kw_fail(w, -E_INVAL, "MetadataRequest.IncludeTopicAuthorizedOperations not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_metadata_req(int16_t v, const struct metadata_req *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_metadata_req_metadata_request_topic(v, &x->topics[i_]);
    if (v >= 4) {
        n += 1;
    }
    if (v >= 8 && v <= 10) {
        n += 1;
    }
    if (v >= 8) {
        n += 1;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int metadata_req_decode(struct kreader *r, struct arena *a, int16_t v, struct metadata_req *out)
{
    metadata_req_init(out);
    if (v < 0 || v > 12)
        return -E_UNSUPPORTED;
    decode_metadata_req(r, a, v, out);
    return r->err;
}

int metadata_req_encode(struct kwriter *w, int16_t v, const struct metadata_req *in)
{
    if (v < 0 || v > 12)
        return -E_UNSUPPORTED;
    encode_metadata_req(w, v, in);
    return w->err;
}

size_t metadata_req_size(int16_t v, const struct metadata_req *in)
{
    return size_metadata_req(v, in);
}

static void decode_metadata_resp_metadata_response_broker(struct kreader *r, struct arena *a, int16_t v, struct metadata_resp_metadata_response_broker *x);
static void encode_metadata_resp_metadata_response_broker(struct kwriter *w, int16_t v, const struct metadata_resp_metadata_response_broker *x);
static size_t size_metadata_resp_metadata_response_broker(int16_t v, const struct metadata_resp_metadata_response_broker *x);
static void decode_metadata_resp_metadata_response_partition(struct kreader *r, struct arena *a, int16_t v, struct metadata_resp_metadata_response_partition *x);
static void encode_metadata_resp_metadata_response_partition(struct kwriter *w, int16_t v, const struct metadata_resp_metadata_response_partition *x);
static size_t size_metadata_resp_metadata_response_partition(int16_t v, const struct metadata_resp_metadata_response_partition *x);
static void decode_metadata_resp_metadata_response_topic(struct kreader *r, struct arena *a, int16_t v, struct metadata_resp_metadata_response_topic *x);
static void encode_metadata_resp_metadata_response_topic(struct kwriter *w, int16_t v, const struct metadata_resp_metadata_response_topic *x);
static size_t size_metadata_resp_metadata_response_topic(int16_t v, const struct metadata_resp_metadata_response_topic *x);
static void decode_metadata_resp(struct kreader *r, struct arena *a, int16_t v, struct metadata_resp *x);
static void encode_metadata_resp(struct kwriter *w, int16_t v, const struct metadata_resp *x);
static size_t size_metadata_resp(int16_t v, const struct metadata_resp *x);

static const uint16_t minsz_metadata_resp_metadata_response_partition_replica_nodes[13] = {4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4};
static const uint16_t minsz_metadata_resp_metadata_response_partition_isr_nodes[13] = {4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4};
static const uint16_t minsz_metadata_resp_metadata_response_partition_offline_replicas[13] = {4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4};
static const uint16_t minsz_metadata_resp_metadata_response_topic_partitions[13] = {18, 18, 18, 18, 18, 22, 22, 26, 26, 18, 18, 18, 18};
static const uint16_t minsz_metadata_resp_brokers[13] = {10, 12, 12, 12, 12, 12, 12, 12, 12, 11, 11, 11, 11};
static const uint16_t minsz_metadata_resp_topics[13] = {8, 9, 9, 9, 9, 9, 9, 9, 13, 10, 26, 26, 26};

void metadata_resp_metadata_response_broker_init(struct metadata_resp_metadata_response_broker *x)
{
    memset(x, 0, sizeof *x);
    x->host = KSTR_LIT("");
    x->rack = KSTR_NULL;
}

bool metadata_resp_metadata_response_broker_is_default(const struct metadata_resp_metadata_response_broker *x)
{
    return (x->node_id == 0)
        && (kstr_eq(x->host, KSTR_LIT("")))
        && (x->port == 0)
        && (kstr_eq(x->rack, KSTR_NULL));
}

static void decode_metadata_resp_metadata_response_broker(struct kreader *r, struct arena *a, int16_t v, struct metadata_resp_metadata_response_broker *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    x->node_id = kr_i32(r);
    x->host = kr_str(r, flex, false);
    x->port = kr_i32(r);
    if (v >= 1) {
        x->rack = kr_str(r, flex, v >= 1);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_metadata_resp_metadata_response_broker(struct kwriter *w, int16_t v, const struct metadata_resp_metadata_response_broker *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    kw_i32(w, x->node_id);
    kw_str(w, x->host, flex, false);
    kw_i32(w, x->port);
    if (v >= 1) {
        kw_str(w, x->rack, flex, v >= 1);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_metadata_resp_metadata_response_broker(int16_t v, const struct metadata_resp_metadata_response_broker *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += ksize_str(x->host, flex);
    n += 4;
    if (v >= 1) {
        n += ksize_str(x->rack, flex);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void metadata_resp_metadata_response_partition_init(struct metadata_resp_metadata_response_partition *x)
{
    memset(x, 0, sizeof *x);
    x->leader_epoch = -1;
}

bool metadata_resp_metadata_response_partition_is_default(const struct metadata_resp_metadata_response_partition *x)
{
    return (x->error_code == 0)
        && (x->partition_index == 0)
        && (x->leader_id == 0)
        && (x->leader_epoch == -1)
        && (x->replica_nodes_count == 0)
        && (x->isr_nodes_count == 0)
        && (x->offline_replicas_count == 0);
}

static void decode_metadata_resp_metadata_response_partition(struct kreader *r, struct arena *a, int16_t v, struct metadata_resp_metadata_response_partition *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    x->error_code = kr_i16(r);
    x->partition_index = kr_i32(r);
    x->leader_id = kr_i32(r);
    if (v >= 7) {
        x->leader_epoch = kr_i32(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_metadata_resp_metadata_response_partition_replica_nodes[v]);
        x->replica_nodes_count = n_;
        x->replica_nodes = NULL;
        if (n_ > 0) {
            x->replica_nodes = arena_calloc(a, (size_t)n_, sizeof *x->replica_nodes);
            if (!x->replica_nodes) {
                kr_fail(r, "out of memory");
                x->replica_nodes_count = 0;
            }
            for (int32_t i_ = 0; x->replica_nodes && i_ < n_ && !(r)->err; i_++) {
                x->replica_nodes[i_] = kr_i32(r);
            }
        }
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_metadata_resp_metadata_response_partition_isr_nodes[v]);
        x->isr_nodes_count = n_;
        x->isr_nodes = NULL;
        if (n_ > 0) {
            x->isr_nodes = arena_calloc(a, (size_t)n_, sizeof *x->isr_nodes);
            if (!x->isr_nodes) {
                kr_fail(r, "out of memory");
                x->isr_nodes_count = 0;
            }
            for (int32_t i_ = 0; x->isr_nodes && i_ < n_ && !(r)->err; i_++) {
                x->isr_nodes[i_] = kr_i32(r);
            }
        }
    }
    if (v >= 5) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_metadata_resp_metadata_response_partition_offline_replicas[v]);
            x->offline_replicas_count = n_;
            x->offline_replicas = NULL;
            if (n_ > 0) {
                x->offline_replicas = arena_calloc(a, (size_t)n_, sizeof *x->offline_replicas);
                if (!x->offline_replicas) {
                    kr_fail(r, "out of memory");
                    x->offline_replicas_count = 0;
                }
                for (int32_t i_ = 0; x->offline_replicas && i_ < n_ && !(r)->err; i_++) {
                    x->offline_replicas[i_] = kr_i32(r);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_metadata_resp_metadata_response_partition(struct kwriter *w, int16_t v, const struct metadata_resp_metadata_response_partition *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    kw_i16(w, x->error_code);
    kw_i32(w, x->partition_index);
    kw_i32(w, x->leader_id);
    if (v >= 7) {
        kw_i32(w, x->leader_epoch);
    }
    kw_array_len(w, x->replica_nodes_count, flex, false);
    for (int32_t i_ = 0; i_ < x->replica_nodes_count; i_++) {
        kw_i32(w, x->replica_nodes[i_]);
    }
    kw_array_len(w, x->isr_nodes_count, flex, false);
    for (int32_t i_ = 0; i_ < x->isr_nodes_count; i_++) {
        kw_i32(w, x->isr_nodes[i_]);
    }
    if (v >= 5) {
        kw_array_len(w, x->offline_replicas_count, flex, false);
        for (int32_t i_ = 0; i_ < x->offline_replicas_count; i_++) {
            kw_i32(w, x->offline_replicas[i_]);
        }
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_metadata_resp_metadata_response_partition(int16_t v, const struct metadata_resp_metadata_response_partition *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 2;
    n += 4;
    n += 4;
    if (v >= 7) {
        n += 4;
    }
    n += ksize_array_len(x->replica_nodes_count, flex);
    if (x->replica_nodes_count > 0)
        n += (size_t)x->replica_nodes_count * 4;
    n += ksize_array_len(x->isr_nodes_count, flex);
    if (x->isr_nodes_count > 0)
        n += (size_t)x->isr_nodes_count * 4;
    if (v >= 5) {
        n += ksize_array_len(x->offline_replicas_count, flex);
        if (x->offline_replicas_count > 0)
            n += (size_t)x->offline_replicas_count * 4;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void metadata_resp_metadata_response_topic_init(struct metadata_resp_metadata_response_topic *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
    x->topic_authorized_operations = INT32_MIN;
}

bool metadata_resp_metadata_response_topic_is_default(const struct metadata_resp_metadata_response_topic *x)
{
    return (x->error_code == 0)
        && (kstr_eq(x->name, KSTR_LIT("")))
        && (kuuid_is_zero(&x->topic_id))
        && (x->is_internal == false)
        && (x->partitions_count == 0)
        && (x->topic_authorized_operations == INT32_MIN);
}

static void decode_metadata_resp_metadata_response_topic(struct kreader *r, struct arena *a, int16_t v, struct metadata_resp_metadata_response_topic *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    x->error_code = kr_i16(r);
    x->name = kr_str(r, flex, v >= 12);
    if (v >= 10) {
        kr_uuid(r, &x->topic_id);
    }
    if (v >= 1) {
        x->is_internal = kr_bool(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_metadata_resp_metadata_response_topic_partitions[v]);
        x->partitions_count = n_;
        x->partitions = NULL;
        if (n_ > 0) {
            x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
            if (!x->partitions) {
                kr_fail(r, "out of memory");
                x->partitions_count = 0;
            }
            for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                metadata_resp_metadata_response_partition_init(&x->partitions[i_]);
                decode_metadata_resp_metadata_response_partition(r, a, v, &x->partitions[i_]);
            }
        }
    }
    if (v >= 8) {
        x->topic_authorized_operations = kr_i32(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_metadata_resp_metadata_response_topic(struct kwriter *w, int16_t v, const struct metadata_resp_metadata_response_topic *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    kw_i16(w, x->error_code);
    kw_str(w, x->name, flex, v >= 12);
    if (v >= 10) {
        kw_uuid(w, &x->topic_id);
    }
    if (v >= 1) {
        kw_bool(w, x->is_internal);
    }
    kw_array_len(w, x->partitions_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
        encode_metadata_resp_metadata_response_partition(w, v, &x->partitions[i_]);
    }
    if (v >= 8) {
        kw_i32(w, x->topic_authorized_operations);
    }
    if ((v <= 7) && w->strict && !(x->topic_authorized_operations == INT32_MIN))
        kw_fail(w, -E_INVAL, "MetadataResponseTopic.TopicAuthorizedOperations not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_metadata_resp_metadata_response_topic(int16_t v, const struct metadata_resp_metadata_response_topic *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 2;
    n += ksize_str(x->name, flex);
    if (v >= 10) {
        n += 16;
    }
    if (v >= 1) {
        n += 1;
    }
    n += ksize_array_len(x->partitions_count, flex);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        n += size_metadata_resp_metadata_response_partition(v, &x->partitions[i_]);
    if (v >= 8) {
        n += 4;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void metadata_resp_init(struct metadata_resp *x)
{
    memset(x, 0, sizeof *x);
    x->cluster_id = KSTR_NULL;
    x->controller_id = -1;
    x->cluster_authorized_operations = INT32_MIN;
}

bool metadata_resp_is_default(const struct metadata_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->brokers_count == 0)
        && (kstr_eq(x->cluster_id, KSTR_NULL))
        && (x->controller_id == -1)
        && (x->topics_count == 0)
        && (x->cluster_authorized_operations == INT32_MIN);
}

static void decode_metadata_resp(struct kreader *r, struct arena *a, int16_t v, struct metadata_resp *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 3) {
        x->throttle_time_ms = kr_i32(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_metadata_resp_brokers[v]);
        x->brokers_count = n_;
        x->brokers = NULL;
        if (n_ > 0) {
            x->brokers = arena_calloc(a, (size_t)n_, sizeof *x->brokers);
            if (!x->brokers) {
                kr_fail(r, "out of memory");
                x->brokers_count = 0;
            }
            for (int32_t i_ = 0; x->brokers && i_ < n_ && !(r)->err; i_++) {
                metadata_resp_metadata_response_broker_init(&x->brokers[i_]);
                decode_metadata_resp_metadata_response_broker(r, a, v, &x->brokers[i_]);
            }
        }
    }
    if (v >= 2) {
        x->cluster_id = kr_str(r, flex, v >= 2);
    }
    if (v >= 1) {
        x->controller_id = kr_i32(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_metadata_resp_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                metadata_resp_metadata_response_topic_init(&x->topics[i_]);
                decode_metadata_resp_metadata_response_topic(r, a, v, &x->topics[i_]);
            }
        }
    }
    if (v >= 8 && v <= 10) {
        x->cluster_authorized_operations = kr_i32(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_metadata_resp(struct kwriter *w, int16_t v, const struct metadata_resp *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    if (v >= 3) {
        kw_i32(w, x->throttle_time_ms);
    }
    kw_array_len(w, x->brokers_count, flex, false);
    for (int32_t i_ = 0; i_ < x->brokers_count; i_++) {
        encode_metadata_resp_metadata_response_broker(w, v, &x->brokers[i_]);
    }
    if (v >= 2) {
        kw_str(w, x->cluster_id, flex, v >= 2);
    }
    if (v >= 1) {
        kw_i32(w, x->controller_id);
    }
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_metadata_resp_metadata_response_topic(w, v, &x->topics[i_]);
    }
    if (v >= 8 && v <= 10) {
        kw_i32(w, x->cluster_authorized_operations);
    }
    if (((v <= 7) || (v >= 11)) && w->strict && !(x->cluster_authorized_operations == INT32_MIN))
        kw_fail(w, -E_INVAL, "MetadataResponse.ClusterAuthorizedOperations not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_metadata_resp(int16_t v, const struct metadata_resp *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 3) {
        n += 4;
    }
    n += ksize_array_len(x->brokers_count, flex);
    for (int32_t i_ = 0; i_ < x->brokers_count; i_++)
        n += size_metadata_resp_metadata_response_broker(v, &x->brokers[i_]);
    if (v >= 2) {
        n += ksize_str(x->cluster_id, flex);
    }
    if (v >= 1) {
        n += 4;
    }
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_metadata_resp_metadata_response_topic(v, &x->topics[i_]);
    if (v >= 8 && v <= 10) {
        n += 4;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int metadata_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct metadata_resp *out)
{
    metadata_resp_init(out);
    if (v < 0 || v > 12)
        return -E_UNSUPPORTED;
    decode_metadata_resp(r, a, v, out);
    return r->err;
}

int metadata_resp_encode(struct kwriter *w, int16_t v, const struct metadata_resp *in)
{
    if (v < 0 || v > 12)
        return -E_UNSUPPORTED;
    encode_metadata_resp(w, v, in);
    return w->err;
}

size_t metadata_resp_size(int16_t v, const struct metadata_resp *in)
{
    return size_metadata_resp(v, in);
}

