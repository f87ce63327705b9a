/* generated from IncrementalAlterConfigsRequest.json, IncrementalAlterConfigsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/incremental_alter_configs.h"

#include <string.h>

#include "protocol/status.h"

static void decode_incremental_alter_configs_req_alterable_config(struct kreader *r, struct arena *a, int16_t v, struct incremental_alter_configs_req_alterable_config *x);
static void encode_incremental_alter_configs_req_alterable_config(struct kwriter *w, int16_t v, const struct incremental_alter_configs_req_alterable_config *x);
static size_t size_incremental_alter_configs_req_alterable_config(int16_t v, const struct incremental_alter_configs_req_alterable_config *x);
static void decode_incremental_alter_configs_req_alter_configs_resource(struct kreader *r, struct arena *a, int16_t v, struct incremental_alter_configs_req_alter_configs_resource *x);
static void encode_incremental_alter_configs_req_alter_configs_resource(struct kwriter *w, int16_t v, const struct incremental_alter_configs_req_alter_configs_resource *x);
static size_t size_incremental_alter_configs_req_alter_configs_resource(int16_t v, const struct incremental_alter_configs_req_alter_configs_resource *x);
static void decode_incremental_alter_configs_req(struct kreader *r, struct arena *a, int16_t v, struct incremental_alter_configs_req *x);
static void encode_incremental_alter_configs_req(struct kwriter *w, int16_t v, const struct incremental_alter_configs_req *x);
static size_t size_incremental_alter_configs_req(int16_t v, const struct incremental_alter_configs_req *x);

static const uint16_t minsz_incremental_alter_configs_req_alter_configs_resource_configs[2] = {5, 4};
static const uint16_t minsz_incremental_alter_configs_req_resources[2] = {7, 4};

void incremental_alter_configs_req_alterable_config_init(struct incremental_alter_configs_req_alterable_config *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
    x->value = KSTR_LIT("");
}

bool incremental_alter_configs_req_alterable_config_is_default(const struct incremental_alter_configs_req_alterable_config *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->config_operation == 0)
        && (kstr_eq(x->value, KSTR_LIT("")));
}

static void decode_incremental_alter_configs_req_alterable_config(struct kreader *r, struct arena *a, int16_t v, struct incremental_alter_configs_req_alterable_config *x)
{
    const bool flex = v >= 1;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    x->config_operation = kr_i8(r);
    x->value = kr_str(r, flex, true);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_incremental_alter_configs_req_alterable_config(struct kwriter *w, int16_t v, const struct incremental_alter_configs_req_alterable_config *x)
{
    const bool flex = v >= 1;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_i8(w, x->config_operation);
    kw_str(w, x->value, flex, true);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_incremental_alter_configs_req_alterable_config(int16_t v, const struct incremental_alter_configs_req_alterable_config *x)
{
    const bool flex = v >= 1;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += 1;
    n += ksize_str(x->value, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

void incremental_alter_configs_req_alter_configs_resource_init(struct incremental_alter_configs_req_alter_configs_resource *x)
{
    memset(x, 0, sizeof *x);
    x->resource_name = KSTR_LIT("");
}

bool incremental_alter_configs_req_alter_configs_resource_is_default(const struct incremental_alter_configs_req_alter_configs_resource *x)
{
    return (x->resource_type == 0)
        && (kstr_eq(x->resource_name, KSTR_LIT("")))
        && (x->configs_count == 0);
}

static void decode_incremental_alter_configs_req_alter_configs_resource(struct kreader *r, struct arena *a, int16_t v, struct incremental_alter_configs_req_alter_configs_resource *x)
{
    const bool flex = v >= 1;
    (void)a;
    (void)v;
    (void)flex;
    x->resource_type = kr_i8(r);
    x->resource_name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_incremental_alter_configs_req_alter_configs_resource_configs[v]);
        x->configs_count = n_;
        x->configs = NULL;
        if (n_ > 0) {
            x->configs = arena_calloc(a, (size_t)n_, sizeof *x->configs);
            if (!x->configs) {
                kr_fail(r, "out of memory");
                x->configs_count = 0;
            }
            for (int32_t i_ = 0; x->configs && i_ < n_ && !(r)->err; i_++) {
                incremental_alter_configs_req_alterable_config_init(&x->configs[i_]);
                decode_incremental_alter_configs_req_alterable_config(r, a, v, &x->configs[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_incremental_alter_configs_req_alter_configs_resource(struct kwriter *w, int16_t v, const struct incremental_alter_configs_req_alter_configs_resource *x)
{
    const bool flex = v >= 1;
    (void)flex;
    (void)v;
    kw_i8(w, x->resource_type);
    kw_str(w, x->resource_name, flex, false);
    kw_array_len(w, x->configs_count, flex, false);
    for (int32_t i_ = 0; i_ < x->configs_count; i_++) {
        encode_incremental_alter_configs_req_alterable_config(w, v, &x->configs[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_incremental_alter_configs_req_alter_configs_resource(int16_t v, const struct incremental_alter_configs_req_alter_configs_resource *x)
{
    const bool flex = v >= 1;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 1;
    n += ksize_str(x->resource_name, flex);
    n += ksize_array_len(x->configs_count, flex);
    for (int32_t i_ = 0; i_ < x->configs_count; i_++)
        n += size_incremental_alter_configs_req_alterable_config(v, &x->configs[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void incremental_alter_configs_req_init(struct incremental_alter_configs_req *x)
{
    memset(x, 0, sizeof *x);
}

bool incremental_alter_configs_req_is_default(const struct incremental_alter_configs_req *x)
{
    return (x->resources_count == 0)
        && (x->validate_only == false);
}

static void decode_incremental_alter_configs_req(struct kreader *r, struct arena *a, int16_t v, struct incremental_alter_configs_req *x)
{
    const bool flex = v >= 1;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_incremental_alter_configs_req_resources[v]);
        x->resources_count = n_;
        x->resources = NULL;
        if (n_ > 0) {
            x->resources = arena_calloc(a, (size_t)n_, sizeof *x->resources);
            if (!x->resources) {
                kr_fail(r, "out of memory");
                x->resources_count = 0;
            }
            for (int32_t i_ = 0; x->resources && i_ < n_ && !(r)->err; i_++) {
                incremental_alter_configs_req_alter_configs_resource_init(&x->resources[i_]);
                decode_incremental_alter_configs_req_alter_configs_resource(r, a, v, &x->resources[i_]);
            }
        }
    }
    x->validate_only = kr_bool(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_incremental_alter_configs_req(struct kwriter *w, int16_t v, const struct incremental_alter_configs_req *x)
{
    const bool flex = v >= 1;
    (void)flex;
    (void)v;
    kw_array_len(w, x->resources_count, flex, false);
    for (int32_t i_ = 0; i_ < x->resources_count; i_++) {
        encode_incremental_alter_configs_req_alter_configs_resource(w, v, &x->resources[i_]);
    }
    kw_bool(w, x->validate_only);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_incremental_alter_configs_req(int16_t v, const struct incremental_alter_configs_req *x)
{
    const bool flex = v >= 1;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->resources_count, flex);
    for (int32_t i_ = 0; i_ < x->resources_count; i_++)
        n += size_incremental_alter_configs_req_alter_configs_resource(v, &x->resources[i_]);
    n += 1;
    if (flex) {
        n += 1;
    }
    return n;
}

int incremental_alter_configs_req_decode(struct kreader *r, struct arena *a, int16_t v, struct incremental_alter_configs_req *out)
{
    incremental_alter_configs_req_init(out);
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    decode_incremental_alter_configs_req(r, a, v, out);
    return r->err;
}

int incremental_alter_configs_req_encode(struct kwriter *w, int16_t v, const struct incremental_alter_configs_req *in)
{
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    encode_incremental_alter_configs_req(w, v, in);
    return w->err;
}

size_t incremental_alter_configs_req_size(int16_t v, const struct incremental_alter_configs_req *in)
{
    return size_incremental_alter_configs_req(v, in);
}

static void decode_incremental_alter_configs_resp_alter_configs_resource_response(struct kreader *r, struct arena *a, int16_t v, struct incremental_alter_configs_resp_alter_configs_resource_response *x);
static void encode_incremental_alter_configs_resp_alter_configs_resource_response(struct kwriter *w, int16_t v, const struct incremental_alter_configs_resp_alter_configs_resource_response *x);
static size_t size_incremental_alter_configs_resp_alter_configs_resource_response(int16_t v, const struct incremental_alter_configs_resp_alter_configs_resource_response *x);
static void decode_incremental_alter_configs_resp(struct kreader *r, struct arena *a, int16_t v, struct incremental_alter_configs_resp *x);
static void encode_incremental_alter_configs_resp(struct kwriter *w, int16_t v, const struct incremental_alter_configs_resp *x);
static size_t size_incremental_alter_configs_resp(int16_t v, const struct incremental_alter_configs_resp *x);

static const uint16_t minsz_incremental_alter_configs_resp_responses[2] = {7, 6};

void incremental_alter_configs_resp_alter_configs_resource_response_init(struct incremental_alter_configs_resp_alter_configs_resource_response *x)
{
    memset(x, 0, sizeof *x);
    x->error_message = KSTR_LIT("");
    x->resource_name = KSTR_LIT("");
}

bool incremental_alter_configs_resp_alter_configs_resource_response_is_default(const struct incremental_alter_configs_resp_alter_configs_resource_response *x)
{
    return (x->error_code == 0)
        && (kstr_eq(x->error_message, KSTR_LIT("")))
        && (x->resource_type == 0)
        && (kstr_eq(x->resource_name, KSTR_LIT("")));
}

static void decode_incremental_alter_configs_resp_alter_configs_resource_response(struct kreader *r, struct arena *a, int16_t v, struct incremental_alter_configs_resp_alter_configs_resource_response *x)
{
    const bool flex = v >= 1;
    (void)a;
    (void)v;
    (void)flex;
    x->error_code = kr_i16(r);
    x->error_message = kr_str(r, flex, true);
    x->resource_type = kr_i8(r);
    x->resource_name = kr_str(r, flex, false);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_incremental_alter_configs_resp_alter_configs_resource_response(struct kwriter *w, int16_t v, const struct incremental_alter_configs_resp_alter_configs_resource_response *x)
{
    const bool flex = v >= 1;
    (void)flex;
    (void)v;
    kw_i16(w, x->error_code);
    kw_str(w, x->error_message, flex, true);
    kw_i8(w, x->resource_type);
    kw_str(w, x->resource_name, flex, false);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_incremental_alter_configs_resp_alter_configs_resource_response(int16_t v, const struct incremental_alter_configs_resp_alter_configs_resource_response *x)
{
    const bool flex = v >= 1;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 2;
    n += ksize_str(x->error_message, flex);
    n += 1;
    n += ksize_str(x->resource_name, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

void incremental_alter_configs_resp_init(struct incremental_alter_configs_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool incremental_alter_configs_resp_is_default(const struct incremental_alter_configs_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->responses_count == 0);
}

static void decode_incremental_alter_configs_resp(struct kreader *r, struct arena *a, int16_t v, struct incremental_alter_configs_resp *x)
{
    const bool flex = v >= 1;
    (void)a;
    (void)v;
    (void)flex;
    x->throttle_time_ms = kr_i32(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_incremental_alter_configs_resp_responses[v]);
        x->responses_count = n_;
        x->responses = NULL;
        if (n_ > 0) {
            x->responses = arena_calloc(a, (size_t)n_, sizeof *x->responses);
            if (!x->responses) {
                kr_fail(r, "out of memory");
                x->responses_count = 0;
            }
            for (int32_t i_ = 0; x->responses && i_ < n_ && !(r)->err; i_++) {
                incremental_alter_configs_resp_alter_configs_resource_response_init(&x->responses[i_]);
                decode_incremental_alter_configs_resp_alter_configs_resource_response(r, a, v, &x->responses[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_incremental_alter_configs_resp(struct kwriter *w, int16_t v, const struct incremental_alter_configs_resp *x)
{
    const bool flex = v >= 1;
    (void)flex;
    (void)v;
    kw_i32(w, x->throttle_time_ms);
    kw_array_len(w, x->responses_count, flex, false);
    for (int32_t i_ = 0; i_ < x->responses_count; i_++) {
        encode_incremental_alter_configs_resp_alter_configs_resource_response(w, v, &x->responses[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_incremental_alter_configs_resp(int16_t v, const struct incremental_alter_configs_resp *x)
{
    const bool flex = v >= 1;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += ksize_array_len(x->responses_count, flex);
    for (int32_t i_ = 0; i_ < x->responses_count; i_++)
        n += size_incremental_alter_configs_resp_alter_configs_resource_response(v, &x->responses[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int incremental_alter_configs_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct incremental_alter_configs_resp *out)
{
    incremental_alter_configs_resp_init(out);
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    decode_incremental_alter_configs_resp(r, a, v, out);
    return r->err;
}

int incremental_alter_configs_resp_encode(struct kwriter *w, int16_t v, const struct incremental_alter_configs_resp *in)
{
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    encode_incremental_alter_configs_resp(w, v, in);
    return w->err;
}

size_t incremental_alter_configs_resp_size(int16_t v, const struct incremental_alter_configs_resp *in)
{
    return size_incremental_alter_configs_resp(v, in);
}

