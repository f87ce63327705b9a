/* generated from DescribeConfigsRequest.json, DescribeConfigsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/describe_configs.h"

#include <string.h>

#include "protocol/status.h"

static void decode_describe_configs_req_describe_configs_resource(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_req_describe_configs_resource *x);
static void encode_describe_configs_req_describe_configs_resource(struct kwriter *w, int16_t v, const struct describe_configs_req_describe_configs_resource *x);
static size_t size_describe_configs_req_describe_configs_resource(int16_t v, const struct describe_configs_req_describe_configs_resource *x);
static void decode_describe_configs_req(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_req *x);
static void encode_describe_configs_req(struct kwriter *w, int16_t v, const struct describe_configs_req *x);
static size_t size_describe_configs_req(int16_t v, const struct describe_configs_req *x);

static const uint16_t minsz_describe_configs_req_describe_configs_resource_configuration_keys[5] = {2, 2, 2, 2, 1};
static const uint16_t minsz_describe_configs_req_resources[5] = {7, 7, 7, 7, 4};

void describe_configs_req_describe_configs_resource_init(struct describe_configs_req_describe_configs_resource *x)
{
    memset(x, 0, sizeof *x);
    x->resource_name = KSTR_LIT("");
}

bool describe_configs_req_describe_configs_resource_is_default(const struct describe_configs_req_describe_configs_resource *x)
{
    return (x->resource_type == 0)
        && (kstr_eq(x->resource_name, KSTR_LIT("")))
        && (x->configuration_keys_count == 0);
}

static void decode_describe_configs_req_describe_configs_resource(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_req_describe_configs_resource *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    x->resource_type = kr_i8(r);
    x->resource_name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, true, minsz_describe_configs_req_describe_configs_resource_configuration_keys[v]);
        x->configuration_keys_count = n_;
        x->configuration_keys = NULL;
        if (n_ > 0) {
            x->configuration_keys = arena_calloc(a, (size_t)n_, sizeof *x->configuration_keys);
            if (!x->configuration_keys) {
                kr_fail(r, "out of memory");
                x->configuration_keys_count = 0;
            }
            for (int32_t i_ = 0; x->configuration_keys && i_ < n_ && !(r)->err; i_++) {
                x->configuration_keys[i_] = kr_str(r, flex, false);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_configs_req_describe_configs_resource(struct kwriter *w, int16_t v, const struct describe_configs_req_describe_configs_resource *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    kw_i8(w, x->resource_type);
    kw_str(w, x->resource_name, flex, false);
    kw_array_len(w, x->configuration_keys_count, flex, true);
    for (int32_t i_ = 0; i_ < x->configuration_keys_count; i_++) {
        kw_str(w, x->configuration_keys[i_], flex, false);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_configs_req_describe_configs_resource(int16_t v, const struct describe_configs_req_describe_configs_resource *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 1;
    n += ksize_str(x->resource_name, flex);
    n += ksize_array_len(x->configuration_keys_count, flex);
    for (int32_t i_ = 0; i_ < x->configuration_keys_count; i_++)
        n += ksize_str(x->configuration_keys[i_], flex);
    if (flex) {
        n += 1;
    }
    return n;
}

void describe_configs_req_init(struct describe_configs_req *x)
{
    memset(x, 0, sizeof *x);
}

bool describe_configs_req_is_default(const struct describe_configs_req *x)
{
    return (x->resources_count == 0)
        && (x->include_synonyms == false)
        && (x->include_documentation == false);
}

static void decode_describe_configs_req(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_req *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_describe_configs_req_resources[v]);
        x->resources_count = n_;
        x->resources = NULL;
        if (n_ > 0) {
            x->resources = arena_calloc(a, (size_t)n_, sizeof *x->resources);
            if (!x->resources) {
                kr_fail(r, "out of memory");
                x->resources_count = 0;
            }
            for (int32_t i_ = 0; x->resources && i_ < n_ && !(r)->err; i_++) {
                describe_configs_req_describe_configs_resource_init(&x->resources[i_]);
                decode_describe_configs_req_describe_configs_resource(r, a, v, &x->resources[i_]);
            }
        }
    }
    if (v >= 1) {
        x->include_synonyms = kr_bool(r);
    }
    if (v >= 3) {
        x->include_documentation = kr_bool(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_configs_req(struct kwriter *w, int16_t v, const struct describe_configs_req *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    kw_array_len(w, x->resources_count, flex, false);
    for (int32_t i_ = 0; i_ < x->resources_count; i_++) {
        encode_describe_configs_req_describe_configs_resource(w, v, &x->resources[i_]);
    }
    if (v >= 1) {
        kw_bool(w, x->include_synonyms);
    }
    if ((v <= 0) && w->strict && !(x->include_synonyms == false))
        kw_fail(w, -E_INVAL, "DescribeConfigsRequest.IncludeSynonyms not in this version");
    if (v >= 3) {
        kw_bool(w, x->include_documentation);
    }
    if ((v <= 2) && w->strict && !(x->include_documentation == false))
        kw_fail(w, -E_INVAL, "DescribeConfigsRequest.IncludeDocumentation not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_configs_req(int16_t v, const struct describe_configs_req *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->resources_count, flex);
    for (int32_t i_ = 0; i_ < x->resources_count; i_++)
        n += size_describe_configs_req_describe_configs_resource(v, &x->resources[i_]);
    if (v >= 1) {
        n += 1;
    }
    if (v >= 3) {
        n += 1;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int describe_configs_req_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_req *out)
{
    describe_configs_req_init(out);
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    decode_describe_configs_req(r, a, v, out);
    return r->err;
}

int describe_configs_req_encode(struct kwriter *w, int16_t v, const struct describe_configs_req *in)
{
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    encode_describe_configs_req(w, v, in);
    return w->err;
}

size_t describe_configs_req_size(int16_t v, const struct describe_configs_req *in)
{
    return size_describe_configs_req(v, in);
}

static void decode_describe_configs_resp_describe_configs_synonym(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_resp_describe_configs_synonym *x);
static void encode_describe_configs_resp_describe_configs_synonym(struct kwriter *w, int16_t v, const struct describe_configs_resp_describe_configs_synonym *x);
static size_t size_describe_configs_resp_describe_configs_synonym(int16_t v, const struct describe_configs_resp_describe_configs_synonym *x);
static void decode_describe_configs_resp_describe_configs_resource_result(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_resp_describe_configs_resource_result *x);
static void encode_describe_configs_resp_describe_configs_resource_result(struct kwriter *w, int16_t v, const struct describe_configs_resp_describe_configs_resource_result *x);
static size_t size_describe_configs_resp_describe_configs_resource_result(int16_t v, const struct describe_configs_resp_describe_configs_resource_result *x);
static void decode_describe_configs_resp_describe_configs_result(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_resp_describe_configs_result *x);
static void encode_describe_configs_resp_describe_configs_result(struct kwriter *w, int16_t v, const struct describe_configs_resp_describe_configs_result *x);
static size_t size_describe_configs_resp_describe_configs_result(int16_t v, const struct describe_configs_resp_describe_configs_result *x);
static void decode_describe_configs_resp(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_resp *x);
static void encode_describe_configs_resp(struct kwriter *w, int16_t v, const struct describe_configs_resp *x);
static size_t size_describe_configs_resp(int16_t v, const struct describe_configs_resp *x);

static const uint16_t minsz_describe_configs_resp_describe_configs_resource_result_synonyms[5] = {1, 5, 5, 5, 4};
static const uint16_t minsz_describe_configs_resp_describe_configs_result_configs[5] = {7, 11, 11, 14, 9};
static const uint16_t minsz_describe_configs_resp_results[5] = {11, 11, 11, 11, 7};

void describe_configs_resp_describe_configs_synonym_init(struct describe_configs_resp_describe_configs_synonym *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
    x->value = KSTR_LIT("");
}

bool describe_configs_resp_describe_configs_synonym_is_default(const struct describe_configs_resp_describe_configs_synonym *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (kstr_eq(x->value, KSTR_LIT("")))
        && (x->source == 0);
}

static void decode_describe_configs_resp_describe_configs_synonym(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_resp_describe_configs_synonym *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 1) {
        x->name = kr_str(r, flex, false);
    }
    if (v >= 1) {
        x->value = kr_str(r, flex, true);
    }
    if (v >= 1) {
        x->source = kr_i8(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_configs_resp_describe_configs_synonym(struct kwriter *w, int16_t v, const struct describe_configs_resp_describe_configs_synonym *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    if (v >= 1) {
        kw_str(w, x->name, flex, false);
    }
    if ((v <= 0) && w->strict && !(kstr_eq(x->name, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "DescribeConfigsSynonym.Name not in this version");
    if (v >= 1) {
        kw_str(w, x->value, flex, true);
    }
    if ((v <= 0) && w->strict && !(kstr_eq(x->value, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "DescribeConfigsSynonym.Value not in this version");
    if (v >= 1) {
        kw_i8(w, x->source);
    }
    if ((v <= 0) && w->strict && !(x->source == 0))
        kw_fail(w, -E_INVAL, "DescribeConfigsSynonym.Source not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_configs_resp_describe_configs_synonym(int16_t v, const struct describe_configs_resp_describe_configs_synonym *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 1) {
        n += ksize_str(x->name, flex);
    }
    if (v >= 1) {
        n += ksize_str(x->value, flex);
    }
    if (v >= 1) {
        n += 1;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void describe_configs_resp_describe_configs_resource_result_init(struct describe_configs_resp_describe_configs_resource_result *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
    x->value = KSTR_LIT("");
    x->config_source = -1;
    x->documentation = KSTR_LIT("");
}

bool describe_configs_resp_describe_configs_resource_result_is_default(const struct describe_configs_resp_describe_configs_resource_result *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (kstr_eq(x->value, KSTR_LIT("")))
        && (x->read_only == false)
        && (x->is_default == false)
        && (x->config_source == -1)
        && (x->is_sensitive == false)
        && (x->synonyms_count == 0)
        && (x->config_type == 0)
        && (kstr_eq(x->documentation, KSTR_LIT("")));
}

static void decode_describe_configs_resp_describe_configs_resource_result(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_resp_describe_configs_resource_result *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    x->value = kr_str(r, flex, true);
    x->read_only = kr_bool(r);
    if (v <= 0) {
        x->is_default = kr_bool(r);
    }
    if (v >= 1) {
        x->config_source = kr_i8(r);
    }
    x->is_sensitive = kr_bool(r);
    if (v >= 1) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_describe_configs_resp_describe_configs_resource_result_synonyms[v]);
            x->synonyms_count = n_;
            x->synonyms = NULL;
            if (n_ > 0) {
                x->synonyms = arena_calloc(a, (size_t)n_, sizeof *x->synonyms);
                if (!x->synonyms) {
                    kr_fail(r, "out of memory");
                    x->synonyms_count = 0;
                }
                for (int32_t i_ = 0; x->synonyms && i_ < n_ && !(r)->err; i_++) {
                    describe_configs_resp_describe_configs_synonym_init(&x->synonyms[i_]);
                    decode_describe_configs_resp_describe_configs_synonym(r, a, v, &x->synonyms[i_]);
                }
            }
        }
    }
    if (v >= 3) {
        x->config_type = kr_i8(r);
    }
    if (v >= 3) {
        x->documentation = kr_str(r, flex, true);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_configs_resp_describe_configs_resource_result(struct kwriter *w, int16_t v, const struct describe_configs_resp_describe_configs_resource_result *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_str(w, x->value, flex, true);
    kw_bool(w, x->read_only);
    if (v <= 0) {
        kw_bool(w, x->is_default);
    }
    if ((v >= 1) && w->strict && !(x->is_default == false))
        kw_fail(w, -E_INVAL, "DescribeConfigsResourceResult.IsDefault not in this version");
    if (v >= 1) {
        kw_i8(w, x->config_source);
    }
    kw_bool(w, x->is_sensitive);
    if (v >= 1) {
        kw_array_len(w, x->synonyms_count, flex, false);
        for (int32_t i_ = 0; i_ < x->synonyms_count; i_++) {
            encode_describe_configs_resp_describe_configs_synonym(w, v, &x->synonyms[i_]);
        }
    }
    if (v >= 3) {
        kw_i8(w, x->config_type);
    }
    if (v >= 3) {
        kw_str(w, x->documentation, flex, true);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_configs_resp_describe_configs_resource_result(int16_t v, const struct describe_configs_resp_describe_configs_resource_result *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_str(x->value, flex);
    n += 1;
    if (v <= 0) {
        n += 1;
    }
    if (v >= 1) {
        n += 1;
    }
    n += 1;
    if (v >= 1) {
        n += ksize_array_len(x->synonyms_count, flex);
        for (int32_t i_ = 0; i_ < x->synonyms_count; i_++)
            n += size_describe_configs_resp_describe_configs_synonym(v, &x->synonyms[i_]);
    }
    if (v >= 3) {
        n += 1;
    }
    if (v >= 3) {
        n += ksize_str(x->documentation, flex);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void describe_configs_resp_describe_configs_result_init(struct describe_configs_resp_describe_configs_result *x)
{
    memset(x, 0, sizeof *x);
    x->error_message = KSTR_LIT("");
    x->resource_name = KSTR_LIT("");
}

bool describe_configs_resp_describe_configs_result_is_default(const struct describe_configs_resp_describe_configs_result *x)
{
    return (x->error_code == 0)
        && (kstr_eq(x->error_message, KSTR_LIT("")))
        && (x->resource_type == 0)
        && (kstr_eq(x->resource_name, KSTR_LIT("")))
        && (x->configs_count == 0);
}

static void decode_describe_configs_resp_describe_configs_result(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_resp_describe_configs_result *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    x->error_code = kr_i16(r);
    x->error_message = kr_str(r, flex, true);
    x->resource_type = kr_i8(r);
    x->resource_name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_describe_configs_resp_describe_configs_result_configs[v]);
        x->configs_count = n_;
        x->configs = NULL;
        if (n_ > 0) {
            x->configs = arena_calloc(a, (size_t)n_, sizeof *x->configs);
            if (!x->configs) {
                kr_fail(r, "out of memory");
                x->configs_count = 0;
            }
            for (int32_t i_ = 0; x->configs && i_ < n_ && !(r)->err; i_++) {
                describe_configs_resp_describe_configs_resource_result_init(&x->configs[i_]);
                decode_describe_configs_resp_describe_configs_resource_result(r, a, v, &x->configs[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_configs_resp_describe_configs_result(struct kwriter *w, int16_t v, const struct describe_configs_resp_describe_configs_result *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    kw_i16(w, x->error_code);
    kw_str(w, x->error_message, flex, true);
    kw_i8(w, x->resource_type);
    kw_str(w, x->resource_name, flex, false);
    kw_array_len(w, x->configs_count, flex, false);
    for (int32_t i_ = 0; i_ < x->configs_count; i_++) {
        encode_describe_configs_resp_describe_configs_resource_result(w, v, &x->configs[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_configs_resp_describe_configs_result(int16_t v, const struct describe_configs_resp_describe_configs_result *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 2;
    n += ksize_str(x->error_message, flex);
    n += 1;
    n += ksize_str(x->resource_name, flex);
    n += ksize_array_len(x->configs_count, flex);
    for (int32_t i_ = 0; i_ < x->configs_count; i_++)
        n += size_describe_configs_resp_describe_configs_resource_result(v, &x->configs[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void describe_configs_resp_init(struct describe_configs_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool describe_configs_resp_is_default(const struct describe_configs_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->results_count == 0);
}

static void decode_describe_configs_resp(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_resp *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    x->throttle_time_ms = kr_i32(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_describe_configs_resp_results[v]);
        x->results_count = n_;
        x->results = NULL;
        if (n_ > 0) {
            x->results = arena_calloc(a, (size_t)n_, sizeof *x->results);
            if (!x->results) {
                kr_fail(r, "out of memory");
                x->results_count = 0;
            }
            for (int32_t i_ = 0; x->results && i_ < n_ && !(r)->err; i_++) {
                describe_configs_resp_describe_configs_result_init(&x->results[i_]);
                decode_describe_configs_resp_describe_configs_result(r, a, v, &x->results[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_configs_resp(struct kwriter *w, int16_t v, const struct describe_configs_resp *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    kw_i32(w, x->throttle_time_ms);
    kw_array_len(w, x->results_count, flex, false);
    for (int32_t i_ = 0; i_ < x->results_count; i_++) {
        encode_describe_configs_resp_describe_configs_result(w, v, &x->results[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_configs_resp(int16_t v, const struct describe_configs_resp *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += ksize_array_len(x->results_count, flex);
    for (int32_t i_ = 0; i_ < x->results_count; i_++)
        n += size_describe_configs_resp_describe_configs_result(v, &x->results[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int describe_configs_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_configs_resp *out)
{
    describe_configs_resp_init(out);
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    decode_describe_configs_resp(r, a, v, out);
    return r->err;
}

int describe_configs_resp_encode(struct kwriter *w, int16_t v, const struct describe_configs_resp *in)
{
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    encode_describe_configs_resp(w, v, in);
    return w->err;
}

size_t describe_configs_resp_size(int16_t v, const struct describe_configs_resp *in)
{
    return size_describe_configs_resp(v, in);
}

