/* generated from ApiVersionsRequest.json, ApiVersionsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/api_versions.h"

#include <string.h>

#include "protocol/status.h"

static void decode_api_versions_req(struct kreader *r, struct arena *a, int16_t v, struct api_versions_req *x);
static void encode_api_versions_req(struct kwriter *w, int16_t v, const struct api_versions_req *x);
static size_t size_api_versions_req(int16_t v, const struct api_versions_req *x);


void api_versions_req_init(struct api_versions_req *x)
{
    memset(x, 0, sizeof *x);
    x->client_software_name = KSTR_LIT("");
    x->client_software_version = KSTR_LIT("");
}

bool api_versions_req_is_default(const struct api_versions_req *x)
{
    return (kstr_eq(x->client_software_name, KSTR_LIT("")))
        && (kstr_eq(x->client_software_version, KSTR_LIT("")));
}

static void decode_api_versions_req(struct kreader *r, struct arena *a, int16_t v, struct api_versions_req *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 3) {
        x->client_software_name = kr_str(r, flex, false);
    }
    if (v >= 3) {
        x->client_software_version = kr_str(r, flex, false);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_api_versions_req(struct kwriter *w, int16_t v, const struct api_versions_req *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    if (v >= 3) {
        kw_str(w, x->client_software_name, flex, false);
    }
    if (v >= 3) {
        kw_str(w, x->client_software_version, flex, false);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_api_versions_req(int16_t v, const struct api_versions_req *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 3) {
        n += ksize_str(x->client_software_name, flex);
    }
    if (v >= 3) {
        n += ksize_str(x->client_software_version, flex);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int api_versions_req_decode(struct kreader *r, struct arena *a, int16_t v, struct api_versions_req *out)
{
    api_versions_req_init(out);
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    decode_api_versions_req(r, a, v, out);
    return r->err;
}

int api_versions_req_encode(struct kwriter *w, int16_t v, const struct api_versions_req *in)
{
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    encode_api_versions_req(w, v, in);
    return w->err;
}

size_t api_versions_req_size(int16_t v, const struct api_versions_req *in)
{
    return size_api_versions_req(v, in);
}

static void decode_api_versions_resp_api_version(struct kreader *r, struct arena *a, int16_t v, struct api_versions_resp_api_version *x);
static void encode_api_versions_resp_api_version(struct kwriter *w, int16_t v, const struct api_versions_resp_api_version *x);
static size_t size_api_versions_resp_api_version(int16_t v, const struct api_versions_resp_api_version *x);
static void decode_api_versions_resp_supported_feature_key(struct kreader *r, struct arena *a, int16_t v, struct api_versions_resp_supported_feature_key *x);
static void encode_api_versions_resp_supported_feature_key(struct kwriter *w, int16_t v, const struct api_versions_resp_supported_feature_key *x);
static size_t size_api_versions_resp_supported_feature_key(int16_t v, const struct api_versions_resp_supported_feature_key *x);
static void decode_api_versions_resp_finalized_feature_key(struct kreader *r, struct arena *a, int16_t v, struct api_versions_resp_finalized_feature_key *x);
static void encode_api_versions_resp_finalized_feature_key(struct kwriter *w, int16_t v, const struct api_versions_resp_finalized_feature_key *x);
static size_t size_api_versions_resp_finalized_feature_key(int16_t v, const struct api_versions_resp_finalized_feature_key *x);
static void decode_api_versions_resp(struct kreader *r, struct arena *a, int16_t v, struct api_versions_resp *x);
static void encode_api_versions_resp(struct kwriter *w, int16_t v, const struct api_versions_resp *x);
static size_t size_api_versions_resp(int16_t v, const struct api_versions_resp *x);

static const uint16_t minsz_api_versions_resp_api_keys[5] = {6, 6, 6, 7, 7};
static const uint16_t minsz_api_versions_resp_supported_features[5] = {1, 1, 1, 6, 6};
static const uint16_t minsz_api_versions_resp_finalized_features[5] = {1, 1, 1, 6, 6};

void api_versions_resp_api_version_init(struct api_versions_resp_api_version *x)
{
    memset(x, 0, sizeof *x);
}

bool api_versions_resp_api_version_is_default(const struct api_versions_resp_api_version *x)
{
    return (x->api_key == 0)
        && (x->min_version == 0)
        && (x->max_version == 0);
}

static void decode_api_versions_resp_api_version(struct kreader *r, struct arena *a, int16_t v, struct api_versions_resp_api_version *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    x->api_key = kr_i16(r);
    x->min_version = kr_i16(r);
    x->max_version = kr_i16(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_api_versions_resp_api_version(struct kwriter *w, int16_t v, const struct api_versions_resp_api_version *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    kw_i16(w, x->api_key);
    kw_i16(w, x->min_version);
    kw_i16(w, x->max_version);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_api_versions_resp_api_version(int16_t v, const struct api_versions_resp_api_version *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 2;
    n += 2;
    n += 2;
    if (flex) {
        n += 1;
    }
    return n;
}

void api_versions_resp_supported_feature_key_init(struct api_versions_resp_supported_feature_key *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool api_versions_resp_supported_feature_key_is_default(const struct api_versions_resp_supported_feature_key *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->min_version == 0)
        && (x->max_version == 0);
}

static void decode_api_versions_resp_supported_feature_key(struct kreader *r, struct arena *a, int16_t v, struct api_versions_resp_supported_feature_key *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 3) {
        x->name = kr_str(r, flex, false);
    }
    if (v >= 3) {
        x->min_version = kr_i16(r);
    }
    if (v >= 3) {
        x->max_version = kr_i16(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_api_versions_resp_supported_feature_key(struct kwriter *w, int16_t v, const struct api_versions_resp_supported_feature_key *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    if (v >= 3) {
        kw_str(w, x->name, flex, false);
    }
    if ((v <= 2) && w->strict && !(kstr_eq(x->name, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "SupportedFeatureKey.Name not in this version");
    if (v >= 3) {
        kw_i16(w, x->min_version);
    }
    if ((v <= 2) && w->strict && !(x->min_version == 0))
        kw_fail(w, -E_INVAL, "SupportedFeatureKey.MinVersion not in this version");
    if (v >= 3) {
        kw_i16(w, x->max_version);
    }
    if ((v <= 2) && w->strict && !(x->max_version == 0))
        kw_fail(w, -E_INVAL, "SupportedFeatureKey.MaxVersion not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_api_versions_resp_supported_feature_key(int16_t v, const struct api_versions_resp_supported_feature_key *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 3) {
        n += ksize_str(x->name, flex);
    }
    if (v >= 3) {
        n += 2;
    }
    if (v >= 3) {
        n += 2;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void api_versions_resp_finalized_feature_key_init(struct api_versions_resp_finalized_feature_key *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool api_versions_resp_finalized_feature_key_is_default(const struct api_versions_resp_finalized_feature_key *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->max_version_level == 0)
        && (x->min_version_level == 0);
}

static void decode_api_versions_resp_finalized_feature_key(struct kreader *r, struct arena *a, int16_t v, struct api_versions_resp_finalized_feature_key *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 3) {
        x->name = kr_str(r, flex, false);
    }
    if (v >= 3) {
        x->max_version_level = kr_i16(r);
    }
    if (v >= 3) {
        x->min_version_level = kr_i16(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_api_versions_resp_finalized_feature_key(struct kwriter *w, int16_t v, const struct api_versions_resp_finalized_feature_key *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    if (v >= 3) {
        kw_str(w, x->name, flex, false);
    }
    if ((v <= 2) && w->strict && !(kstr_eq(x->name, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "FinalizedFeatureKey.Name not in this version");
    if (v >= 3) {
        kw_i16(w, x->max_version_level);
    }
    if ((v <= 2) && w->strict && !(x->max_version_level == 0))
        kw_fail(w, -E_INVAL, "FinalizedFeatureKey.MaxVersionLevel not in this version");
    if (v >= 3) {
        kw_i16(w, x->min_version_level);
    }
    if ((v <= 2) && w->strict && !(x->min_version_level == 0))
        kw_fail(w, -E_INVAL, "FinalizedFeatureKey.MinVersionLevel not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_api_versions_resp_finalized_feature_key(int16_t v, const struct api_versions_resp_finalized_feature_key *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 3) {
        n += ksize_str(x->name, flex);
    }
    if (v >= 3) {
        n += 2;
    }
    if (v >= 3) {
        n += 2;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void api_versions_resp_init(struct api_versions_resp *x)
{
    memset(x, 0, sizeof *x);
    x->finalized_features_epoch = INT64_C(-1);
}

bool api_versions_resp_is_default(const struct api_versions_resp *x)
{
    return (x->error_code == 0)
        && (x->api_keys_count == 0)
        && (x->throttle_time_ms == 0)
        && (x->supported_features_count == 0)
        && (x->finalized_features_epoch == INT64_C(-1))
        && (x->finalized_features_count == 0)
        && (x->zk_migration_ready == false);
}

static void decode_api_versions_resp(struct kreader *r, struct arena *a, int16_t v, struct api_versions_resp *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    x->error_code = kr_i16(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_api_versions_resp_api_keys[v]);
        x->api_keys_count = n_;
        x->api_keys = NULL;
        if (n_ > 0) {
            x->api_keys = arena_calloc(a, (size_t)n_, sizeof *x->api_keys);
            if (!x->api_keys) {
                kr_fail(r, "out of memory");
                x->api_keys_count = 0;
            }
            for (int32_t i_ = 0; x->api_keys && i_ < n_ && !(r)->err; i_++) {
                api_versions_resp_api_version_init(&x->api_keys[i_]);
                decode_api_versions_resp_api_version(r, a, v, &x->api_keys[i_]);
            }
        }
    }
    if (v >= 1) {
        x->throttle_time_ms = kr_i32(r);
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
                if (v >= 3) {
                    {
                        int32_t n_ = kr_array_len(&sub_, flex, false, minsz_api_versions_resp_supported_features[v]);
                        x->supported_features_count = n_;
                        x->supported_features = NULL;
                        if (n_ > 0) {
                            x->supported_features = arena_calloc(a, (size_t)n_, sizeof *x->supported_features);
                            if (!x->supported_features) {
                                kr_fail(&sub_, "out of memory");
                                x->supported_features_count = 0;
                            }
                            for (int32_t i_ = 0; x->supported_features && i_ < n_ && !(&sub_)->err; i_++) {
                                api_versions_resp_supported_feature_key_init(&x->supported_features[i_]);
                                decode_api_versions_resp_supported_feature_key(&sub_, a, v, &x->supported_features[i_]);
                            }
                        }
                    }
                }
                if (sub_.err)
                    kr_fail(r, "tagged field");
                break;
            case 1:
                if (v >= 3) {
                    x->finalized_features_epoch = kr_i64(&sub_);
                }
                if (sub_.err)
                    kr_fail(r, "tagged field");
                break;
            case 2:
                if (v >= 3) {
                    {
                        int32_t n_ = kr_array_len(&sub_, flex, false, minsz_api_versions_resp_finalized_features[v]);
                        x->finalized_features_count = n_;
                        x->finalized_features = NULL;
                        if (n_ > 0) {
                            x->finalized_features = arena_calloc(a, (size_t)n_, sizeof *x->finalized_features);
                            if (!x->finalized_features) {
                                kr_fail(&sub_, "out of memory");
                                x->finalized_features_count = 0;
                            }
                            for (int32_t i_ = 0; x->finalized_features && i_ < n_ && !(&sub_)->err; i_++) {
                                api_versions_resp_finalized_feature_key_init(&x->finalized_features[i_]);
                                decode_api_versions_resp_finalized_feature_key(&sub_, a, v, &x->finalized_features[i_]);
                            }
                        }
                    }
                }
                if (sub_.err)
                    kr_fail(r, "tagged field");
                break;
            case 3:
                if (v >= 3) {
                    x->zk_migration_ready = kr_bool(&sub_);
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

static void encode_api_versions_resp(struct kwriter *w, int16_t v, const struct api_versions_resp *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    kw_i16(w, x->error_code);
    kw_array_len(w, x->api_keys_count, flex, false);
    for (int32_t i_ = 0; i_ < x->api_keys_count; i_++) {
        encode_api_versions_resp_api_version(w, v, &x->api_keys[i_]);
    }
    if (v >= 1) {
        kw_i32(w, x->throttle_time_ms);
    }
    if (flex) {
        uint32_t ntags_ = 0;
        const bool has_supported_features = (v >= 3) && !(x->supported_features_count == 0);
        ntags_ += has_supported_features;
        const bool has_finalized_features_epoch = (v >= 3) && !(x->finalized_features_epoch == INT64_C(-1));
        ntags_ += has_finalized_features_epoch;
        const bool has_finalized_features = (v >= 3) && !(x->finalized_features_count == 0);
        ntags_ += has_finalized_features;
        const bool has_zk_migration_ready = (v >= 3) && !(x->zk_migration_ready == false);
        ntags_ += has_zk_migration_ready;
        kw_uvarint(w, ntags_);
        if (has_supported_features) {
            size_t sz_ = 0;
            sz_ += ksize_array_len(x->supported_features_count, flex);
            for (int32_t i_ = 0; i_ < x->supported_features_count; i_++)
                sz_ += size_api_versions_resp_supported_feature_key(v, &x->supported_features[i_]);
            kw_uvarint(w, 0);
            kw_uvarint(w, (uint32_t)sz_);
            kw_array_len(w, x->supported_features_count, flex, false);
            for (int32_t i_ = 0; i_ < x->supported_features_count; i_++) {
                encode_api_versions_resp_supported_feature_key(w, v, &x->supported_features[i_]);
            }
        }
        if (has_finalized_features_epoch) {
            size_t sz_ = 0;
            sz_ += 8;
            kw_uvarint(w, 1);
            kw_uvarint(w, (uint32_t)sz_);
            kw_i64(w, x->finalized_features_epoch);
        }
        if (has_finalized_features) {
            size_t sz_ = 0;
            sz_ += ksize_array_len(x->finalized_features_count, flex);
            for (int32_t i_ = 0; i_ < x->finalized_features_count; i_++)
                sz_ += size_api_versions_resp_finalized_feature_key(v, &x->finalized_features[i_]);
            kw_uvarint(w, 2);
            kw_uvarint(w, (uint32_t)sz_);
            kw_array_len(w, x->finalized_features_count, flex, false);
            for (int32_t i_ = 0; i_ < x->finalized_features_count; i_++) {
                encode_api_versions_resp_finalized_feature_key(w, v, &x->finalized_features[i_]);
            }
        }
        if (has_zk_migration_ready) {
            size_t sz_ = 0;
            sz_ += 1;
            kw_uvarint(w, 3);
            kw_uvarint(w, (uint32_t)sz_);
            kw_bool(w, x->zk_migration_ready);
        }
    }
}

static size_t size_api_versions_resp(int16_t v, const struct api_versions_resp *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 2;
    n += ksize_array_len(x->api_keys_count, flex);
    for (int32_t i_ = 0; i_ < x->api_keys_count; i_++)
        n += size_api_versions_resp_api_version(v, &x->api_keys[i_]);
    if (v >= 1) {
        n += 4;
    }
    if (flex) {
        uint32_t ntags_ = 0;
        if ((v >= 3) && !(x->supported_features_count == 0)) {
            size_t sz_ = 0;
            sz_ += ksize_array_len(x->supported_features_count, flex);
            for (int32_t i_ = 0; i_ < x->supported_features_count; i_++)
                sz_ += size_api_versions_resp_supported_feature_key(v, &x->supported_features[i_]);
            n += ksize_uvarint(0) + ksize_uvarint((uint32_t)sz_) + sz_;
            ntags_++;
        }
        if ((v >= 3) && !(x->finalized_features_epoch == INT64_C(-1))) {
            size_t sz_ = 0;
            sz_ += 8;
            n += ksize_uvarint(1) + ksize_uvarint((uint32_t)sz_) + sz_;
            ntags_++;
        }
        if ((v >= 3) && !(x->finalized_features_count == 0)) {
            size_t sz_ = 0;
            sz_ += ksize_array_len(x->finalized_features_count, flex);
            for (int32_t i_ = 0; i_ < x->finalized_features_count; i_++)
                sz_ += size_api_versions_resp_finalized_feature_key(v, &x->finalized_features[i_]);
            n += ksize_uvarint(2) + ksize_uvarint((uint32_t)sz_) + sz_;
            ntags_++;
        }
        if ((v >= 3) && !(x->zk_migration_ready == false)) {
            size_t sz_ = 0;
            sz_ += 1;
            n += ksize_uvarint(3) + ksize_uvarint((uint32_t)sz_) + sz_;
            ntags_++;
        }
        n += ksize_uvarint(ntags_);
    }
    return n;
}

int api_versions_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct api_versions_resp *out)
{
    api_versions_resp_init(out);
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    decode_api_versions_resp(r, a, v, out);
    return r->err;
}

int api_versions_resp_encode(struct kwriter *w, int16_t v, const struct api_versions_resp *in)
{
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    encode_api_versions_resp(w, v, in);
    return w->err;
}

size_t api_versions_resp_size(int16_t v, const struct api_versions_resp *in)
{
    return size_api_versions_resp(v, in);
}

