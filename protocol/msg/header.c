/* generated from RequestHeader.json, ResponseHeader.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/header.h"

#include <string.h>

#include "protocol/status.h"

static void decode_request_header(struct kreader *r, struct arena *a, int16_t v, struct request_header *x);
static void encode_request_header(struct kwriter *w, int16_t v, const struct request_header *x);
static size_t size_request_header(int16_t v, const struct request_header *x);


void request_header_init(struct request_header *x)
{
    memset(x, 0, sizeof *x);
    x->client_id = KSTR_LIT("");
}

bool request_header_is_default(const struct request_header *x)
{
    return (x->request_api_key == 0)
        && (x->request_api_version == 0)
        && (x->correlation_id == 0)
        && (kstr_eq(x->client_id, KSTR_LIT("")));
}

static void decode_request_header(struct kreader *r, struct arena *a, int16_t v, struct request_header *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->request_api_key = kr_i16(r);
    x->request_api_version = kr_i16(r);
    x->correlation_id = kr_i32(r);
    x->client_id = kr_str(r, false, true);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_request_header(struct kwriter *w, int16_t v, const struct request_header *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i16(w, x->request_api_key);
    kw_i16(w, x->request_api_version);
    kw_i32(w, x->correlation_id);
    kw_str(w, x->client_id, false, true);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_request_header(int16_t v, const struct request_header *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 2;
    n += 2;
    n += 4;
    n += ksize_str(x->client_id, false);
    if (flex) {
        n += 1;
    }
    return n;
}

int request_header_decode(struct kreader *r, struct arena *a, int16_t v, struct request_header *out)
{
    request_header_init(out);
    if (v < 1 || v > 2)
        return -E_UNSUPPORTED;
    decode_request_header(r, a, v, out);
    return r->err;
}

int request_header_encode(struct kwriter *w, int16_t v, const struct request_header *in)
{
    if (v < 1 || v > 2)
        return -E_UNSUPPORTED;
    encode_request_header(w, v, in);
    return w->err;
}

size_t request_header_size(int16_t v, const struct request_header *in)
{
    return size_request_header(v, in);
}

static void decode_response_header(struct kreader *r, struct arena *a, int16_t v, struct response_header *x);
static void encode_response_header(struct kwriter *w, int16_t v, const struct response_header *x);
static size_t size_response_header(int16_t v, const struct response_header *x);


void response_header_init(struct response_header *x)
{
    memset(x, 0, sizeof *x);
}

bool response_header_is_default(const struct response_header *x)
{
    return (x->correlation_id == 0);
}

static void decode_response_header(struct kreader *r, struct arena *a, int16_t v, struct response_header *x)
{
    const bool flex = v >= 1;
    (void)a;
    (void)v;
    (void)flex;
    x->correlation_id = kr_i32(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_response_header(struct kwriter *w, int16_t v, const struct response_header *x)
{
    const bool flex = v >= 1;
    (void)flex;
    (void)v;
    kw_i32(w, x->correlation_id);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_response_header(int16_t v, const struct response_header *x)
{
    const bool flex = v >= 1;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    if (flex) {
        n += 1;
    }
    return n;
}

int response_header_decode(struct kreader *r, struct arena *a, int16_t v, struct response_header *out)
{
    response_header_init(out);
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    decode_response_header(r, a, v, out);
    return r->err;
}

int response_header_encode(struct kwriter *w, int16_t v, const struct response_header *in)
{
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    encode_response_header(w, v, in);
    return w->err;
}

size_t response_header_size(int16_t v, const struct response_header *in)
{
    return size_response_header(v, in);
}

