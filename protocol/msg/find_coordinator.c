/* generated from FindCoordinatorRequest.json, FindCoordinatorResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/find_coordinator.h"

#include <string.h>

#include "protocol/status.h"

static void decode_find_coordinator_req(struct kreader *r, struct arena *a, int16_t v, struct find_coordinator_req *x);
static void encode_find_coordinator_req(struct kwriter *w, int16_t v, const struct find_coordinator_req *x);
static size_t size_find_coordinator_req(int16_t v, const struct find_coordinator_req *x);

static const uint16_t minsz_find_coordinator_req_coordinator_keys[7] = {2, 2, 2, 1, 1, 1, 1};

void find_coordinator_req_init(struct find_coordinator_req *x)
{
    memset(x, 0, sizeof *x);
    x->key = KSTR_LIT("");
}

bool find_coordinator_req_is_default(const struct find_coordinator_req *x)
{
    return (kstr_eq(x->key, KSTR_LIT("")))
        && (x->key_type == 0)
        && (x->coordinator_keys_count == 0);
}

static void decode_find_coordinator_req(struct kreader *r, struct arena *a, int16_t v, struct find_coordinator_req *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    if (v <= 3) {
        x->key = kr_str(r, flex, false);
    }
    if (v >= 1) {
        x->key_type = kr_i8(r);
    }
    if (v >= 4) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_find_coordinator_req_coordinator_keys[v]);
            x->coordinator_keys_count = n_;
            x->coordinator_keys = NULL;
            if (n_ > 0) {
                x->coordinator_keys = arena_calloc(a, (size_t)n_, sizeof *x->coordinator_keys);
                if (!x->coordinator_keys) {
                    kr_fail(r, "out of memory");
                    x->coordinator_keys_count = 0;
                }
                for (int32_t i_ = 0; x->coordinator_keys && i_ < n_ && !(r)->err; i_++) {
                    x->coordinator_keys[i_] = kr_str(r, flex, false);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_find_coordinator_req(struct kwriter *w, int16_t v, const struct find_coordinator_req *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    if (v <= 3) {
        kw_str(w, x->key, flex, false);
    }
    if ((v >= 4) && w->strict && !(kstr_eq(x->key, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "FindCoordinatorRequest.Key not in this version");
    if (v >= 1) {
        kw_i8(w, x->key_type);
    }
    if ((v <= 0) && w->strict && !(x->key_type == 0))
        kw_fail(w, -E_INVAL, "FindCoordinatorRequest.KeyType not in this version");
    if (v >= 4) {
        kw_array_len(w, x->coordinator_keys_count, flex, false);
        for (int32_t i_ = 0; i_ < x->coordinator_keys_count; i_++) {
            kw_str(w, x->coordinator_keys[i_], flex, false);
        }
    }
    if ((v <= 3) && w->strict && !(x->coordinator_keys_count == 0))
        kw_fail(w, -E_INVAL, "FindCoordinatorRequest.CoordinatorKeys not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_find_coordinator_req(int16_t v, const struct find_coordinator_req *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v <= 3) {
        n += ksize_str(x->key, flex);
    }
    if (v >= 1) {
        n += 1;
    }
    if (v >= 4) {
        n += ksize_array_len(x->coordinator_keys_count, flex);
        for (int32_t i_ = 0; i_ < x->coordinator_keys_count; i_++)
            n += ksize_str(x->coordinator_keys[i_], flex);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int find_coordinator_req_decode(struct kreader *r, struct arena *a, int16_t v, struct find_coordinator_req *out)
{
    find_coordinator_req_init(out);
    if (v < 0 || v > 6)
        return -E_UNSUPPORTED;
    decode_find_coordinator_req(r, a, v, out);
    return r->err;
}

int find_coordinator_req_encode(struct kwriter *w, int16_t v, const struct find_coordinator_req *in)
{
    if (v < 0 || v > 6)
        return -E_UNSUPPORTED;
    encode_find_coordinator_req(w, v, in);
    return w->err;
}

size_t find_coordinator_req_size(int16_t v, const struct find_coordinator_req *in)
{
    return size_find_coordinator_req(v, in);
}

static void decode_find_coordinator_resp_coordinator(struct kreader *r, struct arena *a, int16_t v, struct find_coordinator_resp_coordinator *x);
static void encode_find_coordinator_resp_coordinator(struct kwriter *w, int16_t v, const struct find_coordinator_resp_coordinator *x);
static size_t size_find_coordinator_resp_coordinator(int16_t v, const struct find_coordinator_resp_coordinator *x);
static void decode_find_coordinator_resp(struct kreader *r, struct arena *a, int16_t v, struct find_coordinator_resp *x);
static void encode_find_coordinator_resp(struct kwriter *w, int16_t v, const struct find_coordinator_resp *x);
static size_t size_find_coordinator_resp(int16_t v, const struct find_coordinator_resp *x);

static const uint16_t minsz_find_coordinator_resp_coordinators[7] = {1, 1, 1, 1, 14, 14, 14};

void find_coordinator_resp_coordinator_init(struct find_coordinator_resp_coordinator *x)
{
    memset(x, 0, sizeof *x);
    x->key = KSTR_LIT("");
    x->host = KSTR_LIT("");
    x->error_message = KSTR_LIT("");
}

bool find_coordinator_resp_coordinator_is_default(const struct find_coordinator_resp_coordinator *x)
{
    return (kstr_eq(x->key, KSTR_LIT("")))
        && (x->node_id == 0)
        && (kstr_eq(x->host, KSTR_LIT("")))
        && (x->port == 0)
        && (x->error_code == 0)
        && (kstr_eq(x->error_message, KSTR_LIT("")));
}

static void decode_find_coordinator_resp_coordinator(struct kreader *r, struct arena *a, int16_t v, struct find_coordinator_resp_coordinator *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 4) {
        x->key = kr_str(r, flex, false);
    }
    if (v >= 4) {
        x->node_id = kr_i32(r);
    }
    if (v >= 4) {
        x->host = kr_str(r, flex, false);
    }
    if (v >= 4) {
        x->port = kr_i32(r);
    }
    if (v >= 4) {
        x->error_code = kr_i16(r);
    }
    if (v >= 4) {
        x->error_message = kr_str(r, flex, v >= 4);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_find_coordinator_resp_coordinator(struct kwriter *w, int16_t v, const struct find_coordinator_resp_coordinator *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    if (v >= 4) {
        kw_str(w, x->key, flex, false);
    }
    if ((v <= 3) && w->strict && !(kstr_eq(x->key, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "Coordinator.Key not in this version");
    if (v >= 4) {
        kw_i32(w, x->node_id);
    }
    if ((v <= 3) && w->strict && !(x->node_id == 0))
        kw_fail(w, -E_INVAL, "Coordinator.NodeId not in this version");
    if (v >= 4) {
        kw_str(w, x->host, flex, false);
    }
    if ((v <= 3) && w->strict && !(kstr_eq(x->host, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "Coordinator.Host not in this version");
    if (v >= 4) {
        kw_i32(w, x->port);
    }
    if ((v <= 3) && w->strict && !(x->port == 0))
        kw_fail(w, -E_INVAL, "Coordinator.Port not in this version");
    if (v >= 4) {
        kw_i16(w, x->error_code);
    }
    if ((v <= 3) && w->strict && !(x->error_code == 0))
        kw_fail(w, -E_INVAL, "Coordinator.ErrorCode not in this version");
    if (v >= 4) {
        kw_str(w, x->error_message, flex, v >= 4);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_find_coordinator_resp_coordinator(int16_t v, const struct find_coordinator_resp_coordinator *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 4) {
        n += ksize_str(x->key, flex);
    }
    if (v >= 4) {
        n += 4;
    }
    if (v >= 4) {
        n += ksize_str(x->host, flex);
    }
    if (v >= 4) {
        n += 4;
    }
    if (v >= 4) {
        n += 2;
    }
    if (v >= 4) {
        n += ksize_str(x->error_message, flex);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void find_coordinator_resp_init(struct find_coordinator_resp *x)
{
    memset(x, 0, sizeof *x);
    x->error_message = KSTR_LIT("");
    x->host = KSTR_LIT("");
}

bool find_coordinator_resp_is_default(const struct find_coordinator_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->error_code == 0)
        && (kstr_eq(x->error_message, KSTR_LIT("")))
        && (x->node_id == 0)
        && (kstr_eq(x->host, KSTR_LIT("")))
        && (x->port == 0)
        && (x->coordinators_count == 0);
}

static void decode_find_coordinator_resp(struct kreader *r, struct arena *a, int16_t v, struct find_coordinator_resp *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 1) {
        x->throttle_time_ms = kr_i32(r);
    }
    if (v <= 3) {
        x->error_code = kr_i16(r);
    }
    if (v >= 1 && v <= 3) {
        x->error_message = kr_str(r, flex, v >= 1 && v <= 3);
    }
    if (v <= 3) {
        x->node_id = kr_i32(r);
    }
    if (v <= 3) {
        x->host = kr_str(r, flex, false);
    }
    if (v <= 3) {
        x->port = kr_i32(r);
    }
    if (v >= 4) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_find_coordinator_resp_coordinators[v]);
            x->coordinators_count = n_;
            x->coordinators = NULL;
            if (n_ > 0) {
                x->coordinators = arena_calloc(a, (size_t)n_, sizeof *x->coordinators);
                if (!x->coordinators) {
                    kr_fail(r, "out of memory");
                    x->coordinators_count = 0;
                }
                for (int32_t i_ = 0; x->coordinators && i_ < n_ && !(r)->err; i_++) {
                    find_coordinator_resp_coordinator_init(&x->coordinators[i_]);
                    decode_find_coordinator_resp_coordinator(r, a, v, &x->coordinators[i_]);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_find_coordinator_resp(struct kwriter *w, int16_t v, const struct find_coordinator_resp *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    if (v >= 1) {
        kw_i32(w, x->throttle_time_ms);
    }
    if (v <= 3) {
        kw_i16(w, x->error_code);
    }
    if ((v >= 4) && w->strict && !(x->error_code == 0))
        kw_fail(w, -E_INVAL, "FindCoordinatorResponse.ErrorCode not in this version");
    if (v >= 1 && v <= 3) {
        kw_str(w, x->error_message, flex, v >= 1 && v <= 3);
    }
    if (v <= 3) {
        kw_i32(w, x->node_id);
    }
    if ((v >= 4) && w->strict && !(x->node_id == 0))
        kw_fail(w, -E_INVAL, "FindCoordinatorResponse.NodeId not in this version");
    if (v <= 3) {
        kw_str(w, x->host, flex, false);
    }
    if ((v >= 4) && w->strict && !(kstr_eq(x->host, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "FindCoordinatorResponse.Host not in this version");
    if (v <= 3) {
        kw_i32(w, x->port);
    }
    if ((v >= 4) && w->strict && !(x->port == 0))
        kw_fail(w, -E_INVAL, "FindCoordinatorResponse.Port not in this version");
    if (v >= 4) {
        kw_array_len(w, x->coordinators_count, flex, false);
        for (int32_t i_ = 0; i_ < x->coordinators_count; i_++) {
            encode_find_coordinator_resp_coordinator(w, v, &x->coordinators[i_]);
        }
    }
    if ((v <= 3) && w->strict && !(x->coordinators_count == 0))
        kw_fail(w, -E_INVAL, "FindCoordinatorResponse.Coordinators not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_find_coordinator_resp(int16_t v, const struct find_coordinator_resp *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 1) {
        n += 4;
    }
    if (v <= 3) {
        n += 2;
    }
    if (v >= 1 && v <= 3) {
        n += ksize_str(x->error_message, flex);
    }
    if (v <= 3) {
        n += 4;
    }
    if (v <= 3) {
        n += ksize_str(x->host, flex);
    }
    if (v <= 3) {
        n += 4;
    }
    if (v >= 4) {
        n += ksize_array_len(x->coordinators_count, flex);
        for (int32_t i_ = 0; i_ < x->coordinators_count; i_++)
            n += size_find_coordinator_resp_coordinator(v, &x->coordinators[i_]);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int find_coordinator_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct find_coordinator_resp *out)
{
    find_coordinator_resp_init(out);
    if (v < 0 || v > 6)
        return -E_UNSUPPORTED;
    decode_find_coordinator_resp(r, a, v, out);
    return r->err;
}

int find_coordinator_resp_encode(struct kwriter *w, int16_t v, const struct find_coordinator_resp *in)
{
    if (v < 0 || v > 6)
        return -E_UNSUPPORTED;
    encode_find_coordinator_resp(w, v, in);
    return w->err;
}

size_t find_coordinator_resp_size(int16_t v, const struct find_coordinator_resp *in)
{
    return size_find_coordinator_resp(v, in);
}

