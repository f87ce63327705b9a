/* gw_evstream.c - event stream message encode/decode (layout in the header). */
#include "gateway/gw_evstream.h"

#include <string.h>
#include <zlib.h>

#include "protocol/status.h"

/* A message may not exceed 16 MiB (the limit the SDK decoders enforce). */
#define EVS_MAX_MESSAGE (16u << 20)

static uint32_t crc(const uint8_t *p, size_t n)
{
    return (uint32_t)crc32(crc32(0L, Z_NULL, 0), p, (uInt)n);
}

int gw_evstream_encode(struct kwriter *w, const struct gw_evs_header *h, size_t nh,
                       const uint8_t *payload, size_t len)
{
    size_t hlen = 0;
    for (size_t i = 0; i < nh; i++) {
        if (h[i].name.len <= 0 || h[i].name.len > 255 || h[i].value.len < 0 ||
            h[i].value.len > 32767)
            return -E_TOOBIG;
        hlen += 1 + (size_t)h[i].name.len + 1 + 2 + (size_t)h[i].value.len;
    }
    size_t total = 12 + hlen + len + 4;
    if (total > EVS_MAX_MESSAGE)
        return -E_TOOBIG;
    size_t start = w->len;
    kw_u32(w, (uint32_t)total);
    kw_u32(w, (uint32_t)hlen);
    if (w->err)
        return w->err;
    kw_u32(w, crc(w->buf + start, 8));
    for (size_t i = 0; i < nh; i++) {
        kw_i8(w, (int8_t)(uint8_t)h[i].name.len);
        kw_raw(w, h[i].name.ptr, (size_t)h[i].name.len);
        kw_i8(w, GW_EVS_TYPE_STRING);
        kw_u16(w, (uint16_t)h[i].value.len);
        kw_raw(w, h[i].value.ptr, (size_t)h[i].value.len);
    }
    kw_raw(w, payload, len);
    if (w->err)
        return w->err;
    kw_u32(w, crc(w->buf + start, w->len - start));
    return w->err;
}

/* Bytes each non-string header value type occupies (types 0..9). */
static long fixed_size(int type)
{
    switch (type) {
    case 0: case 1: return 0;  /* bool true / false */
    case 2: return 1;          /* byte */
    case 3: return 2;          /* short */
    case 4: return 4;          /* int */
    case 5: case 8: return 8;  /* long, timestamp */
    case 9: return 16;         /* uuid */
    }
    return -1;
}

long gw_evstream_decode(const uint8_t *p, size_t n, struct gw_evs_message *m)
{
    memset(m, 0, sizeof *m);
    if (n < 12)
        return 0;
    struct kreader r;
    kr_init(&r, p, n);
    uint32_t total = kr_u32(&r);
    uint32_t hlen = kr_u32(&r);
    uint32_t pcrc = kr_u32(&r);
    if (pcrc != crc(p, 8) || total < 16 || total > EVS_MAX_MESSAGE || hlen > total - 16)
        return -E_CORRUPT;
    if (n < total)
        return 0;
    if (kr_u32(&(struct kreader){.start = p, .pos = p + total - 4, .end = p + total}) !=
        crc(p, total - 4))
        return -E_CORRUPT;
    struct kreader hr;
    kr_init(&hr, p + 12, hlen);
    while (kr_remaining(&hr) > 0 && !hr.err) {
        uint8_t nl = (uint8_t)kr_i8(&hr);
        const uint8_t *name = kr_take(&hr, nl);
        int type = (uint8_t)kr_i8(&hr);
        struct kstr value = KSTR_NULL;
        if (type == 6 || type == GW_EVS_TYPE_STRING) {
            uint16_t vl = kr_u16(&hr);
            const uint8_t *v = kr_take(&hr, vl);
            if (type == GW_EVS_TYPE_STRING && v)
                value = (struct kstr){(const char *)v, vl};
        } else {
            long fs = fixed_size(type);
            if (fs < 0)
                return -E_CORRUPT;
            kr_skip(&hr, (size_t)fs);
        }
        if (hr.err || nl == 0)
            return -E_CORRUPT;
        if (m->nheaders < GW_EVS_MAX_HEADERS) {
            m->headers[m->nheaders].name = (struct kstr){(const char *)name, nl};
            m->headers[m->nheaders].value = value;
            m->nheaders++;
        }
    }
    if (hr.err)
        return -E_CORRUPT;
    m->payload = (struct kbytes){p + 12 + hlen, (int32_t)(total - 16 - hlen)};
    return (long)total;
}

struct kstr gw_evs_header_get(const struct gw_evs_message *m, const char *name)
{
    for (size_t i = 0; i < m->nheaders; i++)
        if (kstr_eq_c(m->headers[i].name, name))
            return m->headers[i].value;
    return KSTR_NULL;
}
