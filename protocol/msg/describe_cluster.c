/* generated from DescribeClusterRequest.json, DescribeClusterResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/describe_cluster.h"

#include <string.h>

#include "protocol/status.h"

static void decode_describe_cluster_req(struct kreader *r, struct arena *a, int16_t v, struct describe_cluster_req *x);
static void encode_describe_cluster_req(struct kwriter *w, int16_t v, const struct describe_cluster_req *x);
static size_t size_describe_cluster_req(int16_t v, const struct describe_cluster_req *x);


void describe_cluster_req_init(struct describe_cluster_req *x)
{
    memset(x, 0, sizeof *x);
    x->endpoint_type = 1;
}

bool describe_cluster_req_is_default(const struct describe_cluster_req *x)
{
    return (x->include_cluster_authorized_operations == false)
        && (x->endpoint_type == 1);
}

static void decode_describe_cluster_req(struct kreader *r, struct arena *a, int16_t v, struct describe_cluster_req *x)
{
    const bool flex = true;
    (void)a;
    (void)v;
    (void)flex;
    x->include_cluster_authorized_operations = kr_bool(r);
    if (v >= 1) {
        x->endpoint_type = kr_i8(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_cluster_req(struct kwriter *w, int16_t v, const struct describe_cluster_req *x)
{
    const bool flex = true;
    (void)flex;
    (void)v;
    kw_bool(w, x->include_cluster_authorized_operations);
    if (v >= 1) {
        kw_i8(w, x->endpoint_type);
    }
    if ((v <= 0) && w->strict && !(x->endpoint_type == 1))
        kw_fail(w, -E_INVAL, "DescribeClusterRequest.EndpointType not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_cluster_req(int16_t v, const struct describe_cluster_req *x)
{
    const bool flex = true;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 1;
    if (v >= 1) {
        n += 1;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int describe_cluster_req_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_cluster_req *out)
{
    describe_cluster_req_init(out);
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    decode_describe_cluster_req(r, a, v, out);
    return r->err;
}

int describe_cluster_req_encode(struct kwriter *w, int16_t v, const struct describe_cluster_req *in)
{
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    encode_describe_cluster_req(w, v, in);
    return w->err;
}

size_t describe_cluster_req_size(int16_t v, const struct describe_cluster_req *in)
{
    return size_describe_cluster_req(v, in);
}

static void decode_describe_cluster_resp_describe_cluster_broker(struct kreader *r, struct arena *a, int16_t v, struct describe_cluster_resp_describe_cluster_broker *x);
static void encode_describe_cluster_resp_describe_cluster_broker(struct kwriter *w, int16_t v, const struct describe_cluster_resp_describe_cluster_broker *x);
static size_t size_describe_cluster_resp_describe_cluster_broker(int16_t v, const struct describe_cluster_resp_describe_cluster_broker *x);
static void decode_describe_cluster_resp(struct kreader *r, struct arena *a, int16_t v, struct describe_cluster_resp *x);
static void encode_describe_cluster_resp(struct kwriter *w, int16_t v, const struct describe_cluster_resp *x);
static size_t size_describe_cluster_resp(int16_t v, const struct describe_cluster_resp *x);

static const uint16_t minsz_describe_cluster_resp_brokers[2] = {11, 11};

void describe_cluster_resp_describe_cluster_broker_init(struct describe_cluster_resp_describe_cluster_broker *x)
{
    memset(x, 0, sizeof *x);
    x->host = KSTR_LIT("");
    x->rack = KSTR_NULL;
}

bool describe_cluster_resp_describe_cluster_broker_is_default(const struct describe_cluster_resp_describe_cluster_broker *x)
{
    return (x->broker_id == 0)
        && (kstr_eq(x->host, KSTR_LIT("")))
        && (x->port == 0)
        && (kstr_eq(x->rack, KSTR_NULL));
}

static void decode_describe_cluster_resp_describe_cluster_broker(struct kreader *r, struct arena *a, int16_t v, struct describe_cluster_resp_describe_cluster_broker *x)
{
    const bool flex = true;
    (void)a;
    (void)v;
    (void)flex;
    x->broker_id = kr_i32(r);
    x->host = kr_str(r, flex, false);
    x->port = kr_i32(r);
    x->rack = kr_str(r, flex, true);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_cluster_resp_describe_cluster_broker(struct kwriter *w, int16_t v, const struct describe_cluster_resp_describe_cluster_broker *x)
{
    const bool flex = true;
    (void)flex;
    (void)v;
    kw_i32(w, x->broker_id);
    kw_str(w, x->host, flex, false);
    kw_i32(w, x->port);
    kw_str(w, x->rack, flex, true);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_cluster_resp_describe_cluster_broker(int16_t v, const struct describe_cluster_resp_describe_cluster_broker *x)
{
    const bool flex = true;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += ksize_str(x->host, flex);
    n += 4;
    n += ksize_str(x->rack, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

void describe_cluster_resp_init(struct describe_cluster_resp *x)
{
    memset(x, 0, sizeof *x);
    x->error_message = KSTR_NULL;
    x->endpoint_type = 1;
    x->cluster_id = KSTR_LIT("");
    x->controller_id = -1;
    x->cluster_authorized_operations = INT32_MIN;
}

bool describe_cluster_resp_is_default(const struct describe_cluster_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->error_code == 0)
        && (kstr_eq(x->error_message, KSTR_NULL))
        && (x->endpoint_type == 1)
        && (kstr_eq(x->cluster_id, KSTR_LIT("")))
        && (x->controller_id == -1)
        && (x->brokers_count == 0)
        && (x->cluster_authorized_operations == INT32_MIN);
}

static void decode_describe_cluster_resp(struct kreader *r, struct arena *a, int16_t v, struct describe_cluster_resp *x)
{
    const bool flex = true;
    (void)a;
    (void)v;
    (void)flex;
    x->throttle_time_ms = kr_i32(r);
    x->error_code = kr_i16(r);
    x->error_message = kr_str(r, flex, true);
    if (v >= 1) {
        x->endpoint_type = kr_i8(r);
    }
    x->cluster_id = kr_str(r, flex, false);
    x->controller_id = kr_i32(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_describe_cluster_resp_brokers[v]);
        x->brokers_count = n_;
        x->brokers = NULL;
        if (n_ > 0) {
            x->brokers = arena_calloc(a, (size_t)n_, sizeof *x->brokers);
            if (!x->brokers) {
                kr_fail(r, "out of memory");
                x->brokers_count = 0;
            }
            for (int32_t i_ = 0; x->brokers && i_ < n_ && !(r)->err; i_++) {
                describe_cluster_resp_describe_cluster_broker_init(&x->brokers[i_]);
                decode_describe_cluster_resp_describe_cluster_broker(r, a, v, &x->brokers[i_]);
            }
        }
    }
    x->cluster_authorized_operations = kr_i32(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_cluster_resp(struct kwriter *w, int16_t v, const struct describe_cluster_resp *x)
{
    const bool flex = true;
    (void)flex;
    (void)v;
    kw_i32(w, x->throttle_time_ms);
    kw_i16(w, x->error_code);
    kw_str(w, x->error_message, flex, true);
    if (v >= 1) {
        kw_i8(w, x->endpoint_type);
    }
    if ((v <= 0) && w->strict && !(x->endpoint_type == 1))
        kw_fail(w, -E_INVAL, "DescribeClusterResponse.EndpointType not in this version");
    kw_str(w, x->cluster_id, flex, false);
    kw_i32(w, x->controller_id);
    kw_array_len(w, x->brokers_count, flex, false);
    for (int32_t i_ = 0; i_ < x->brokers_count; i_++) {
        encode_describe_cluster_resp_describe_cluster_broker(w, v, &x->brokers[i_]);
    }
    kw_i32(w, x->cluster_authorized_operations);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_cluster_resp(int16_t v, const struct describe_cluster_resp *x)
{
    const bool flex = true;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += 2;
    n += ksize_str(x->error_message, flex);
    if (v >= 1) {
        n += 1;
    }
    n += ksize_str(x->cluster_id, flex);
    n += 4;
    n += ksize_array_len(x->brokers_count, flex);
    for (int32_t i_ = 0; i_ < x->brokers_count; i_++)
        n += size_describe_cluster_resp_describe_cluster_broker(v, &x->brokers[i_]);
    n += 4;
    if (flex) {
        n += 1;
    }
    return n;
}

int describe_cluster_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_cluster_resp *out)
{
    describe_cluster_resp_init(out);
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    decode_describe_cluster_resp(r, a, v, out);
    return r->err;
}

int describe_cluster_resp_encode(struct kwriter *w, int16_t v, const struct describe_cluster_resp *in)
{
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    encode_describe_cluster_resp(w, v, in);
    return w->err;
}

size_t describe_cluster_resp_size(int16_t v, const struct describe_cluster_resp *in)
{
    return size_describe_cluster_resp(v, in);
}

