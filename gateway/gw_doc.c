/*
 * gw_doc.c - JSON (gw_json.c) and CBOR (libcbor) to and from struct gw_val,
 * and the typed accessors operations use to read their inputs.
 *
 * Neither parser is trusted with more than it must: the body size is
 * already capped by the transport, trailing bytes after the document are an
 * error, and nesting beyond GW_DOC_MAX_DEPTH is refused while converting.
 */
#include "gateway/gw_doc.h"

#include "gateway/gw_json.h"

#include <cbor.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/kbuf.h"
#include "protocol/status.h"

/* ---------------------------------------------------------------- builders */

static struct gw_val *gv_new(struct arena *a, enum gw_vtype t)
{
    struct gw_val *v = arena_alloc(a, sizeof *v);
    if (v)
        v->t = t;
    return v;
}

struct gw_val *gv_map(struct arena *a) { return gv_new(a, GV_MAP); }
struct gw_val *gv_arr(struct arena *a) { return gv_new(a, GV_ARR); }

struct gw_val *gv_null(struct arena *a)
{
    return gv_new(a, GV_NULL);
}

struct gw_val *gv_real(struct arena *a, double d)
{
    struct gw_val *v = gv_new(a, GV_REAL);
    if (v)
        v->u.d = d;
    return v;
}

struct gw_val *gv_strn(struct arena *a, const char *s, size_t n)
{
    struct gw_val *v = gv_new(a, GV_STR);
    char *copy = arena_alloc_uninit(a, n + 1);
    if (!v || !copy)
        return NULL;
    memcpy(copy, s, n);
    copy[n] = '\0';
    v->u.s.p = copy;
    v->u.s.n = n;
    return v;
}

struct gw_val *gv_str(struct arena *a, const char *s)
{
    return s ? gv_strn(a, s, strlen(s)) : NULL;
}

struct gw_val *gv_bytes(struct arena *a, const void *p, size_t n)
{
    struct gw_val *v = gv_new(a, GV_BYTES);
    if (v) {
        v->u.s.p = p ? p : "";
        v->u.s.n = n;
    }
    return v;
}

struct gw_val *gv_int(struct arena *a, int64_t i)
{
    struct gw_val *v = gv_new(a, GV_INT);
    if (v)
        v->u.i = i;
    return v;
}

struct gw_val *gv_bool(struct arena *a, bool b)
{
    struct gw_val *v = gv_new(a, GV_BOOL);
    if (v)
        v->u.b = b;
    return v;
}

struct gw_val *gv_time(struct arena *a, int64_t ms)
{
    struct gw_val *v = gv_new(a, GV_TIME);
    if (v)
        v->u.ms = ms;
    return v;
}

static int grow(struct arena *a, void **items, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return 0;
    size_t ncap = *cap ? *cap * 2 : 8;
    void *nv = arena_calloc(a, ncap, size);
    if (!nv)
        return -E_NOMEM;
    if (n)
        memcpy(nv, *items, n * size);
    *items = nv;
    *cap = ncap;
    return 0;
}

int gv_put(struct arena *a, struct gw_val *map, const char *key, struct gw_val *v)
{
    if (!v)
        return 0;
    if (!map || map->t != GV_MAP)
        return -E_INVAL;
    if (grow(a, (void **)&map->u.m.m, &map->u.m.cap, map->u.m.n, sizeof(struct gw_member)))
        return -E_NOMEM;
    map->u.m.m[map->u.m.n].key = key;
    map->u.m.m[map->u.m.n].val = v;
    map->u.m.n++;
    return 0;
}

int gv_push(struct arena *a, struct gw_val *arr, struct gw_val *v)
{
    if (!v || !arr || arr->t != GV_ARR)
        return -E_INVAL;
    if (grow(a, (void **)&arr->u.a.v, &arr->u.a.cap, arr->u.a.n, sizeof(struct gw_val *)))
        return -E_NOMEM;
    arr->u.a.v[arr->u.a.n++] = v;
    return 0;
}

const struct gw_val *gv_get(const struct gw_val *map, const char *key)
{
    if (!map || map->t != GV_MAP)
        return NULL;
    /* Last one wins, as a JSON object with a repeated key reads in Java. */
    for (size_t i = map->u.m.n; i-- > 0;)
        if (!strcmp(map->u.m.m[i].key, key))
            return map->u.m.m[i].val;
    return NULL;
}

/* JSON in: gw_json.c. */

/* -------------------------------------------------------------- CBOR in */

static struct gw_val *from_cbor(struct arena *a, cbor_item_t *it, int depth);

static struct gw_val *cbor_chunks(struct arena *a, cbor_item_t *it, bool text)
{
    size_t n = text ? cbor_string_chunk_count(it) : cbor_bytestring_chunk_count(it);
    cbor_item_t **ch = text ? cbor_string_chunks_handle(it) : cbor_bytestring_chunks_handle(it);
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += text ? cbor_string_length(ch[i]) : cbor_bytestring_length(ch[i]);
    char *buf = arena_alloc(a, total + 1);
    struct gw_val *v = gv_new(a, text ? GV_STR : GV_BYTES);
    if (!buf || !v)
        return NULL;
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        size_t l = text ? cbor_string_length(ch[i]) : cbor_bytestring_length(ch[i]);
        memcpy(buf + at, text ? cbor_string_handle(ch[i]) : cbor_bytestring_handle(ch[i]), l);
        at += l;
    }
    buf[total] = '\0';
    v->u.s.p = buf;
    v->u.s.n = total;
    return v;
}

static struct gw_val *from_cbor(struct arena *a, cbor_item_t *it, int depth)
{
    if (depth > GW_DOC_MAX_DEPTH)
        return NULL;
    struct gw_val *v;
    switch (cbor_typeof(it)) {
    case CBOR_TYPE_UINT: {
        uint64_t u = cbor_get_int(it);
        if (u > INT64_MAX)
            return NULL;
        return gv_int(a, (int64_t)u);
    }
    case CBOR_TYPE_NEGINT: {
        uint64_t u = cbor_get_int(it);
        if (u > INT64_MAX)
            return NULL;
        return gv_int(a, -1 - (int64_t)u);
    }
    case CBOR_TYPE_BYTESTRING:
        if (!cbor_bytestring_is_definite(it))
            return cbor_chunks(a, it, false);
        v = gv_new(a, GV_BYTES);
        if (v) {
            v->u.s.n = cbor_bytestring_length(it);
            v->u.s.p = arena_memdup(a, cbor_bytestring_handle(it) ? (const void *)cbor_bytestring_handle(it) : "", v->u.s.n);
            if (!v->u.s.p)
                return NULL;
        }
        return v;
    case CBOR_TYPE_STRING:
        if (!cbor_string_is_definite(it))
            return cbor_chunks(a, it, true);
        return gv_strn(a, cbor_string_handle(it) ? (const char *)cbor_string_handle(it) : "",
                       cbor_string_length(it));
    case CBOR_TYPE_ARRAY: {
        v = gv_arr(a);
        if (!v)
            return NULL;
        size_t n = cbor_array_size(it);
        cbor_item_t **items = cbor_array_handle(it);
        for (size_t i = 0; i < n; i++) {
            struct gw_val *c = from_cbor(a, items[i], depth + 1);
            if (!c || gv_push(a, v, c))
                return NULL;
        }
        return v;
    }
    case CBOR_TYPE_MAP: {
        v = gv_map(a);
        if (!v)
            return NULL;
        size_t n = cbor_map_size(it);
        struct cbor_pair *p = cbor_map_handle(it);
        for (size_t i = 0; i < n; i++) {
            /* Member names are text strings in every AWS shape. */
            if (!cbor_isa_string(p[i].key))
                return NULL;
            struct gw_val *k = from_cbor(a, p[i].key, depth + 1);
            struct gw_val *c = from_cbor(a, p[i].value, depth + 1);
            if (!k || !c || gv_put(a, v, k->u.s.p, c))
                return NULL;
        }
        return v;
    }
    case CBOR_TYPE_TAG: {
        /* Tag 1 (epoch time) and any other tag: the tagged value stands. */
        cbor_item_t *inner = cbor_tag_item(it);
        v = from_cbor(a, inner, depth + 1);
        cbor_decref(&inner);
        return v;
    }
    case CBOR_TYPE_FLOAT_CTRL:
        if (cbor_float_ctrl_is_ctrl(it)) {
            if (cbor_is_bool(it))
                return gv_bool(a, cbor_get_bool(it));
            return gv_new(a, GV_NULL); /* null and undefined */
        }
        v = gv_new(a, GV_REAL);
        if (v)
            v->u.d = cbor_float_get_float(it);
        return v;
    }
    return NULL;
}

/* ------------------------------------------------------- limits first */

/*
 * libcbor allocates a definite array or map from its declared count before
 * reading one element (a 12-byte body can ask for 2^36 entries), and both
 * parsers spend tens of bytes per value. So every body is walked first with
 * the kbuf reader: CBOR counts and lengths must fit the bytes left (each
 * item takes at least one), nesting stays within GW_DOC_MAX_DEPTH, and no
 * document may hold more than GW_DOC_MAX_VALUES values.
 */

static void cbor_scan(struct kreader *r, int depth, size_t *values);

/* Items of an indefinite-length container, up to the 0xff break. */
static void cbor_scan_until_break(struct kreader *r, int depth, size_t *values, int per_entry)
{
    while (!r->err) {
        if (r->pos < r->end && *r->pos == 0xff) {
            kr_skip(r, 1);
            return;
        }
        for (int i = 0; i < per_entry && !r->err; i++)
            cbor_scan(r, depth + 1, values);
    }
}

static void cbor_scan(struct kreader *r, int depth, size_t *values)
{
    if (r->err)
        return;
    if (depth > GW_DOC_MAX_DEPTH || ++*values > GW_DOC_MAX_VALUES) {
        kr_fail(r, "cbor limits");
        return;
    }
    uint8_t ib = (uint8_t)kr_i8(r);
    unsigned major = ib >> 5, ai = ib & 31;
    uint64_t arg = ai;
    bool indefinite = false;
    if (ai == 24)
        arg = (uint8_t)kr_i8(r);
    else if (ai == 25)
        arg = kr_u16(r);
    else if (ai == 26)
        arg = kr_u32(r);
    else if (ai == 27)
        arg = (uint64_t)kr_i64(r);
    else if (ai == 31 && (major >= 2 && major <= 5))
        indefinite = true;
    else if (ai > 27) {
        kr_fail(r, "cbor additional info");
        return;
    }
    if (r->err)
        return;
    size_t left = kr_remaining(r);
    switch (major) {
    case 0:
    case 1:
    case 7: /* integers, simple values and floats carry no payload beyond arg */
        return;
    case 2:
    case 3:
        if (indefinite)
            cbor_scan_until_break(r, depth, values, 1);
        else if (arg > left)
            kr_fail(r, "cbor string length");
        else
            kr_skip(r, (size_t)arg);
        return;
    case 4:
    case 5: {
        int per = major == 5 ? 2 : 1;
        if (indefinite) {
            cbor_scan_until_break(r, depth, values, per);
            return;
        }
        if (arg > left / (uint64_t)per) {
            kr_fail(r, "cbor count");
            return;
        }
        for (uint64_t i = 0; i < arg * (uint64_t)per && !r->err; i++)
            cbor_scan(r, depth + 1, values);
        return;
    }
    case 6:
        cbor_scan(r, depth + 1, values);
        return;
    }
}

int gw_doc_parse(struct arena *a, enum gw_fmt fmt, const uint8_t *body, size_t len,
                 struct gw_val **out, struct gw_err *err)
{
    *out = NULL;
    if (len == 0)
        return gw_err_set(err, GW_EXC_SERIALIZATION, "Request body is empty.");
    struct gw_val *v = NULL;
    if (fmt == GW_FMT_JSON) {
        /* The reader bounds depth and values as it goes. */
        const char *why;
        size_t at;
        if (gw_json_parse(a, body, len, &v, &why, &at))
            return gw_err_set(err, GW_EXC_SERIALIZATION, "Malformed JSON at byte %zu: %s", at,
                              why);
    } else {
        struct kreader kr;
        size_t values = 0;
        kr_init(&kr, body, len);
        cbor_scan(&kr, 0, &values);
        if (kr.err)
            return gw_err_set(err, GW_EXC_SERIALIZATION, "Malformed CBOR at byte %zu (%s).",
                              kr.err_at, kr.err_what ? kr.err_what : "truncated");
        struct cbor_load_result res;
        cbor_item_t *it = cbor_load(body, len, &res);
        if (!it || res.error.code != CBOR_ERR_NONE) {
            if (it)
                cbor_decref(&it);
            return gw_err_set(err, GW_EXC_SERIALIZATION, "Malformed CBOR at byte %zu.",
                              res.error.position);
        }
        if (res.read != len) {
            cbor_decref(&it);
            return gw_err_set(err, GW_EXC_SERIALIZATION, "Trailing bytes after the CBOR document.");
        }
        if (cbor_isa_map(it))
            v = from_cbor(a, it, 0);
        cbor_decref(&it);
    }
    if (!v || v->t != GV_MAP)
        return gw_err_set(err, GW_EXC_SERIALIZATION,
                          "Start of structure or map expected (or document too deep).");
    *out = v;
    return 0;
}

/* JSON out: gw_json.c. */

/* -------------------------------------------------------------- CBOR out */

static cbor_item_t *cbor_uint(uint64_t u)
{
    if (u <= UINT8_MAX)
        return cbor_build_uint8((uint8_t)u);
    if (u <= UINT16_MAX)
        return cbor_build_uint16((uint16_t)u);
    if (u <= UINT32_MAX)
        return cbor_build_uint32((uint32_t)u);
    return cbor_build_uint64(u);
}

static cbor_item_t *cbor_int(int64_t i)
{
    if (i >= 0)
        return cbor_uint((uint64_t)i);
    cbor_item_t *it;
    uint64_t n = (uint64_t)(-(i + 1));
    if (n <= UINT8_MAX)
        it = cbor_build_negint8((uint8_t)n);
    else if (n <= UINT16_MAX)
        it = cbor_build_negint16((uint16_t)n);
    else if (n <= UINT32_MAX)
        it = cbor_build_negint32((uint32_t)n);
    else
        it = cbor_build_negint64(n);
    return it;
}

static cbor_item_t *to_cbor(const struct gw_val *v)
{
    cbor_item_t *it = NULL;
    switch (v->t) {
    case GV_NULL: return cbor_new_null();
    case GV_BOOL: return cbor_build_bool(v->u.b);
    case GV_INT: return cbor_int(v->u.i);
    case GV_REAL: return cbor_build_float8(v->u.d);
    case GV_TIME: {
        /* Tag 1 with epoch milliseconds: see the header comment. */
        cbor_item_t *inner = cbor_int(v->u.ms);
        if (!inner)
            return NULL;
        it = cbor_build_tag(1, inner);
        cbor_decref(&inner);
        return it;
    }
    case GV_STR: return cbor_build_stringn(v->u.s.p, v->u.s.n);
    case GV_BYTES: return cbor_build_bytestring((cbor_data)v->u.s.p, v->u.s.n);
    case GV_ARR:
        it = cbor_new_definite_array(v->u.a.n);
        for (size_t i = 0; it && i < v->u.a.n; i++) {
            cbor_item_t *c = to_cbor(v->u.a.v[i]);
            bool ok = c && cbor_array_push(it, c);
            if (c)
                cbor_decref(&c);
            if (!ok)
                cbor_decref(&it);
        }
        return it;
    case GV_MAP:
        it = cbor_new_definite_map(v->u.m.n);
        for (size_t i = 0; it && i < v->u.m.n; i++) {
            cbor_item_t *k = cbor_build_string(v->u.m.m[i].key);
            cbor_item_t *c = to_cbor(v->u.m.m[i].val);
            bool ok = k && c && cbor_map_add(it, (struct cbor_pair){.key = k, .value = c});
            if (k)
                cbor_decref(&k);
            if (c)
                cbor_decref(&c);
            if (!ok)
                cbor_decref(&it);
        }
        return it;
    }
    return NULL;
}

int gw_doc_serialize(const struct gw_val *v, enum gw_fmt fmt, uint8_t **out, size_t *len)
{
    *out = NULL;
    *len = 0;
    if (fmt == GW_FMT_JSON) {
        return gw_json_write(v, out, len);
    }
    cbor_item_t *it = to_cbor(v);
    if (!it)
        return -E_NOMEM;
    unsigned char *buf = NULL;
    size_t cap = 0;
    size_t n = cbor_serialize_alloc(it, &buf, &cap);
    cbor_decref(&it);
    if (!n) {
        free(buf);
        return -E_NOMEM;
    }
    *out = buf;
    *len = n;
    return 0;
}
