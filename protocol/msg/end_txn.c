/* generated from EndTxnRequest.json, EndTxnResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/end_txn.h"

#include <string.h>

#include "protocol/status.h"

static void decode_end_txn_req(struct kreader *r, struct arena *a, int16_t v, struct end_txn_req *x);
static void encode_end_txn_req(struct kwriter *w, int16_t v, const struct end_txn_req *x);
static size_t size_end_txn_req(int16_t v, const struct end_txn_req *x);


void end_txn_req_init(struct end_txn_req *x)
{
    memset(x, 0, sizeof *x);
    x->transactional_id = KSTR_LIT("");
}

bool end_txn_req_is_default(const struct end_txn_req *x)
{
    return (kstr_eq(x->transactional_id, KSTR_LIT("")))
        && (x->producer_id == 0)
        && (x->producer_epoch == 0)
        && (x->committed == false);
}

static void decode_end_txn_req(struct kreader *r, struct arena *a, int16_t v, struct end_txn_req *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    x->transactional_id = kr_str(r, flex, false);
    x->producer_id = kr_i64(r);
    x->producer_epoch = kr_i16(r);
    x->committed = kr_bool(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_end_txn_req(struct kwriter *w, int16_t v, const struct end_txn_req *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    kw_str(w, x->transactional_id, flex, false);
    kw_i64(w, x->producer_id);
    kw_i16(w, x->producer_epoch);
    kw_bool(w, x->committed);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_end_txn_req(int16_t v, const struct end_txn_req *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->transactional_id, flex);
    n += 8;
    n += 2;
    n += 1;
    if (flex) {
        n += 1;
    }
    return n;
}

int end_txn_req_decode(struct kreader *r, struct arena *a, int16_t v, struct end_txn_req *out)
{
    end_txn_req_init(out);
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    decode_end_txn_req(r, a, v, out);
    return r->err;
}

int end_txn_req_encode(struct kwriter *w, int16_t v, const struct end_txn_req *in)
{
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    encode_end_txn_req(w, v, in);
    return w->err;
}

size_t end_txn_req_size(int16_t v, const struct end_txn_req *in)
{
    return size_end_txn_req(v, in);
}

static void decode_end_txn_resp(struct kreader *r, struct arena *a, int16_t v, struct end_txn_resp *x);
static void encode_end_txn_resp(struct kwriter *w, int16_t v, const struct end_txn_resp *x);
static size_t size_end_txn_resp(int16_t v, const struct end_txn_resp *x);


void end_txn_resp_init(struct end_txn_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool end_txn_resp_is_default(const struct end_txn_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->error_code == 0);
}

static void decode_end_txn_resp(struct kreader *r, struct arena *a, int16_t v, struct end_txn_resp *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    x->throttle_time_ms = kr_i32(r);
    x->error_code = kr_i16(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_end_txn_resp(struct kwriter *w, int16_t v, const struct end_txn_resp *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    kw_i32(w, x->throttle_time_ms);
    kw_i16(w, x->error_code);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_end_txn_resp(int16_t v, const struct end_txn_resp *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += 2;
    if (flex) {
        n += 1;
    }
    return n;
}

int end_txn_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct end_txn_resp *out)
{
    end_txn_resp_init(out);
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    decode_end_txn_resp(r, a, v, out);
    return r->err;
}

int end_txn_resp_encode(struct kwriter *w, int16_t v, const struct end_txn_resp *in)
{
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    encode_end_txn_resp(w, v, in);
    return w->err;
}

size_t end_txn_resp_size(int16_t v, const struct end_txn_resp *in)
{
    return size_end_txn_resp(v, in);
}

