/* generated from SaslHandshakeRequest.json, SaslHandshakeResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/sasl_handshake.h"

#include <string.h>

#include "protocol/status.h"

static void decode_sasl_handshake_req(struct kreader *r, struct arena *a, int16_t v, struct sasl_handshake_req *x);
static void encode_sasl_handshake_req(struct kwriter *w, int16_t v, const struct sasl_handshake_req *x);
static size_t size_sasl_handshake_req(int16_t v, const struct sasl_handshake_req *x);


void sasl_handshake_req_init(struct sasl_handshake_req *x)
{
    memset(x, 0, sizeof *x);
    x->mechanism = KSTR_LIT("");
}

bool sasl_handshake_req_is_default(const struct sasl_handshake_req *x)
{
    return (kstr_eq(x->mechanism, KSTR_LIT("")));
}

static void decode_sasl_handshake_req(struct kreader *r, struct arena *a, int16_t v, struct sasl_handshake_req *x)
{
    const bool flex = false;
    (void)a;
    (void)v;
    (void)flex;
    x->mechanism = kr_str(r, flex, false);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_sasl_handshake_req(struct kwriter *w, int16_t v, const struct sasl_handshake_req *x)
{
    const bool flex = false;
    (void)flex;
    (void)v;
    kw_str(w, x->mechanism, flex, false);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_sasl_handshake_req(int16_t v, const struct sasl_handshake_req *x)
{
    const bool flex = false;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->mechanism, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

int sasl_handshake_req_decode(struct kreader *r, struct arena *a, int16_t v, struct sasl_handshake_req *out)
{
    sasl_handshake_req_init(out);
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    decode_sasl_handshake_req(r, a, v, out);
    return r->err;
}

int sasl_handshake_req_encode(struct kwriter *w, int16_t v, const struct sasl_handshake_req *in)
{
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    encode_sasl_handshake_req(w, v, in);
    return w->err;
}

size_t sasl_handshake_req_size(int16_t v, const struct sasl_handshake_req *in)
{
    return size_sasl_handshake_req(v, in);
}

static void decode_sasl_handshake_resp(struct kreader *r, struct arena *a, int16_t v, struct sasl_handshake_resp *x);
static void encode_sasl_handshake_resp(struct kwriter *w, int16_t v, const struct sasl_handshake_resp *x);
static size_t size_sasl_handshake_resp(int16_t v, const struct sasl_handshake_resp *x);

static const uint16_t minsz_sasl_handshake_resp_mechanisms[2] = {2, 2};

void sasl_handshake_resp_init(struct sasl_handshake_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool sasl_handshake_resp_is_default(const struct sasl_handshake_resp *x)
{
    return (x->error_code == 0)
        && (x->mechanisms_count == 0);
}

static void decode_sasl_handshake_resp(struct kreader *r, struct arena *a, int16_t v, struct sasl_handshake_resp *x)
{
    const bool flex = false;
    (void)a;
    (void)v;
    (void)flex;
    x->error_code = kr_i16(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_sasl_handshake_resp_mechanisms[v]);
        x->mechanisms_count = n_;
        x->mechanisms = NULL;
        if (n_ > 0) {
            x->mechanisms = arena_calloc(a, (size_t)n_, sizeof *x->mechanisms);
            if (!x->mechanisms) {
                kr_fail(r, "out of memory");
                x->mechanisms_count = 0;
            }
            for (int32_t i_ = 0; x->mechanisms && i_ < n_ && !(r)->err; i_++) {
                x->mechanisms[i_] = kr_str(r, flex, false);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_sasl_handshake_resp(struct kwriter *w, int16_t v, const struct sasl_handshake_resp *x)
{
    const bool flex = false;
    (void)flex;
    (void)v;
    kw_i16(w, x->error_code);
    kw_array_len(w, x->mechanisms_count, flex, false);
    for (int32_t i_ = 0; i_ < x->mechanisms_count; i_++) {
        kw_str(w, x->mechanisms[i_], flex, false);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_sasl_handshake_resp(int16_t v, const struct sasl_handshake_resp *x)
{
    const bool flex = false;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 2;
    n += ksize_array_len(x->mechanisms_count, flex);
    for (int32_t i_ = 0; i_ < x->mechanisms_count; i_++)
        n += ksize_str(x->mechanisms[i_], flex);
    if (flex) {
        n += 1;
    }
    return n;
}

int sasl_handshake_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct sasl_handshake_resp *out)
{
    sasl_handshake_resp_init(out);
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    decode_sasl_handshake_resp(r, a, v, out);
    return r->err;
}

int sasl_handshake_resp_encode(struct kwriter *w, int16_t v, const struct sasl_handshake_resp *in)
{
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    encode_sasl_handshake_resp(w, v, in);
    return w->err;
}

size_t sasl_handshake_resp_size(int16_t v, const struct sasl_handshake_resp *in)
{
    return size_sasl_handshake_resp(v, in);
}

