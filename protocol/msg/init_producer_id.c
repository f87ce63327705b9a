/* generated from InitProducerIdRequest.json, InitProducerIdResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/init_producer_id.h"

#include <string.h>

#include "protocol/status.h"

static void decode_init_producer_id_req(struct kreader *r, struct arena *a, int16_t v, struct init_producer_id_req *x);
static void encode_init_producer_id_req(struct kwriter *w, int16_t v, const struct init_producer_id_req *x);
static size_t size_init_producer_id_req(int16_t v, const struct init_producer_id_req *x);


void init_producer_id_req_init(struct init_producer_id_req *x)
{
    memset(x, 0, sizeof *x);
    x->transactional_id = KSTR_LIT("");
    x->producer_id = INT64_C(-1);
    x->producer_epoch = -1;
}

bool init_producer_id_req_is_default(const struct init_producer_id_req *x)
{
    return (kstr_eq(x->transactional_id, KSTR_LIT("")))
        && (x->transaction_timeout_ms == 0)
        && (x->producer_id == INT64_C(-1))
        && (x->producer_epoch == -1);
}

static void decode_init_producer_id_req(struct kreader *r, struct arena *a, int16_t v, struct init_producer_id_req *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->transactional_id = kr_str(r, flex, true);
    x->transaction_timeout_ms = kr_i32(r);
    if (v >= 3) {
        x->producer_id = kr_i64(r);
    }
    if (v >= 3) {
        x->producer_epoch = kr_i16(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_init_producer_id_req(struct kwriter *w, int16_t v, const struct init_producer_id_req *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_str(w, x->transactional_id, flex, true);
    kw_i32(w, x->transaction_timeout_ms);
    if (v >= 3) {
        kw_i64(w, x->producer_id);
    }
    if ((v <= 2) && w->strict && !(x->producer_id == INT64_C(-1)))
        kw_fail(w, -E_INVAL, "InitProducerIdRequest.ProducerId not in this version");
    if (v >= 3) {
        kw_i16(w, x->producer_epoch);
    }
    if ((v <= 2) && w->strict && !(x->producer_epoch == -1))
        kw_fail(w, -E_INVAL, "InitProducerIdRequest.ProducerEpoch not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_init_producer_id_req(int16_t v, const struct init_producer_id_req *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->transactional_id, flex);
    n += 4;
    if (v >= 3) {
        n += 8;
    }
    if (v >= 3) {
        n += 2;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int init_producer_id_req_decode(struct kreader *r, struct arena *a, int16_t v, struct init_producer_id_req *out)
{
    init_producer_id_req_init(out);
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    decode_init_producer_id_req(r, a, v, out);
    return r->err;
}

int init_producer_id_req_encode(struct kwriter *w, int16_t v, const struct init_producer_id_req *in)
{
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    encode_init_producer_id_req(w, v, in);
    return w->err;
}

size_t init_producer_id_req_size(int16_t v, const struct init_producer_id_req *in)
{
    return size_init_producer_id_req(v, in);
}

static void decode_init_producer_id_resp(struct kreader *r, struct arena *a, int16_t v, struct init_producer_id_resp *x);
static void encode_init_producer_id_resp(struct kwriter *w, int16_t v, const struct init_producer_id_resp *x);
static size_t size_init_producer_id_resp(int16_t v, const struct init_producer_id_resp *x);


void init_producer_id_resp_init(struct init_producer_id_resp *x)
{
    memset(x, 0, sizeof *x);
    x->producer_id = INT64_C(-1);
}

bool init_producer_id_resp_is_default(const struct init_producer_id_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->error_code == 0)
        && (x->producer_id == INT64_C(-1))
        && (x->producer_epoch == 0);
}

static void decode_init_producer_id_resp(struct kreader *r, struct arena *a, int16_t v, struct init_producer_id_resp *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->throttle_time_ms = kr_i32(r);
    x->error_code = kr_i16(r);
    x->producer_id = kr_i64(r);
    x->producer_epoch = kr_i16(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_init_producer_id_resp(struct kwriter *w, int16_t v, const struct init_producer_id_resp *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i32(w, x->throttle_time_ms);
    kw_i16(w, x->error_code);
    kw_i64(w, x->producer_id);
    kw_i16(w, x->producer_epoch);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_init_producer_id_resp(int16_t v, const struct init_producer_id_resp *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += 2;
    n += 8;
    n += 2;
    if (flex) {
        n += 1;
    }
    return n;
}

int init_producer_id_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct init_producer_id_resp *out)
{
    init_producer_id_resp_init(out);
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    decode_init_producer_id_resp(r, a, v, out);
    return r->err;
}

int init_producer_id_resp_encode(struct kwriter *w, int16_t v, const struct init_producer_id_resp *in)
{
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    encode_init_producer_id_resp(w, v, in);
    return w->err;
}

size_t init_producer_id_resp_size(int16_t v, const struct init_producer_id_resp *in)
{
    return size_init_producer_id_resp(v, in);
}

