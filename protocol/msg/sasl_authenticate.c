/* generated from SaslAuthenticateRequest.json, SaslAuthenticateResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/sasl_authenticate.h"

#include <string.h>

#include "protocol/status.h"

static void decode_sasl_authenticate_req(struct kreader *r, struct arena *a, int16_t v, struct sasl_authenticate_req *x);
static void encode_sasl_authenticate_req(struct kwriter *w, int16_t v, const struct sasl_authenticate_req *x);
static size_t size_sasl_authenticate_req(int16_t v, const struct sasl_authenticate_req *x);


void sasl_authenticate_req_init(struct sasl_authenticate_req *x)
{
    memset(x, 0, sizeof *x);
}

bool sasl_authenticate_req_is_default(const struct sasl_authenticate_req *x)
{
    return (x->auth_bytes.len == 0);
}

static void decode_sasl_authenticate_req(struct kreader *r, struct arena *a, int16_t v, struct sasl_authenticate_req *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->auth_bytes = kr_bytes(r, flex, false);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_sasl_authenticate_req(struct kwriter *w, int16_t v, const struct sasl_authenticate_req *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_bytes(w, x->auth_bytes, flex, false);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_sasl_authenticate_req(int16_t v, const struct sasl_authenticate_req *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_bytes(x->auth_bytes, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

int sasl_authenticate_req_decode(struct kreader *r, struct arena *a, int16_t v, struct sasl_authenticate_req *out)
{
    sasl_authenticate_req_init(out);
    if (v < 0 || v > 2)
        return -E_UNSUPPORTED;
    decode_sasl_authenticate_req(r, a, v, out);
    return r->err;
}

int sasl_authenticate_req_encode(struct kwriter *w, int16_t v, const struct sasl_authenticate_req *in)
{
    if (v < 0 || v > 2)
        return -E_UNSUPPORTED;
    encode_sasl_authenticate_req(w, v, in);
    return w->err;
}

size_t sasl_authenticate_req_size(int16_t v, const struct sasl_authenticate_req *in)
{
    return size_sasl_authenticate_req(v, in);
}

static void decode_sasl_authenticate_resp(struct kreader *r, struct arena *a, int16_t v, struct sasl_authenticate_resp *x);
static void encode_sasl_authenticate_resp(struct kwriter *w, int16_t v, const struct sasl_authenticate_resp *x);
static size_t size_sasl_authenticate_resp(int16_t v, const struct sasl_authenticate_resp *x);


void sasl_authenticate_resp_init(struct sasl_authenticate_resp *x)
{
    memset(x, 0, sizeof *x);
    x->error_message = KSTR_LIT("");
    x->session_lifetime_ms = INT64_C(0);
}

bool sasl_authenticate_resp_is_default(const struct sasl_authenticate_resp *x)
{
    return (x->error_code == 0)
        && (kstr_eq(x->error_message, KSTR_LIT("")))
        && (x->auth_bytes.len == 0)
        && (x->session_lifetime_ms == INT64_C(0));
}

static void decode_sasl_authenticate_resp(struct kreader *r, struct arena *a, int16_t v, struct sasl_authenticate_resp *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->error_code = kr_i16(r);
    x->error_message = kr_str(r, flex, true);
    x->auth_bytes = kr_bytes(r, flex, false);
    if (v >= 1) {
        x->session_lifetime_ms = kr_i64(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_sasl_authenticate_resp(struct kwriter *w, int16_t v, const struct sasl_authenticate_resp *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i16(w, x->error_code);
    kw_str(w, x->error_message, flex, true);
    kw_bytes(w, x->auth_bytes, flex, false);
    if (v >= 1) {
        kw_i64(w, x->session_lifetime_ms);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_sasl_authenticate_resp(int16_t v, const struct sasl_authenticate_resp *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 2;
    n += ksize_str(x->error_message, flex);
    n += ksize_bytes(x->auth_bytes, flex);
    if (v >= 1) {
        n += 8;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int sasl_authenticate_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct sasl_authenticate_resp *out)
{
    sasl_authenticate_resp_init(out);
    if (v < 0 || v > 2)
        return -E_UNSUPPORTED;
    decode_sasl_authenticate_resp(r, a, v, out);
    return r->err;
}

int sasl_authenticate_resp_encode(struct kwriter *w, int16_t v, const struct sasl_authenticate_resp *in)
{
    if (v < 0 || v > 2)
        return -E_UNSUPPORTED;
    encode_sasl_authenticate_resp(w, v, in);
    return w->err;
}

size_t sasl_authenticate_resp_size(int16_t v, const struct sasl_authenticate_resp *in)
{
    return size_sasl_authenticate_resp(v, in);
}

