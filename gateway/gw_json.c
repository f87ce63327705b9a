/*
 * gw_json.c - JSON text to and from gw_val trees through yajl (Debian's
 * libyajl, a streaming C JSON library).
 *
 * Why yajl and not a tree library: a PutRecords body is ~700 KB of base64
 * strings. yajl's parser hands each string to a callback as a view into
 * the input (it only copies strings that hold escapes), so the tree is
 * built once, in the request's arena, with one copy per value. jansson
 * reads a byte at a time through a stream and builds a second tree; on
 * PutRecords it cost half the broker's CPU.
 *
 * Reading rules: strings must be valid UTF-8 (yajl checks) and may hold
 * \u0000 (lengths are kept); integers must fit 64 bits; a repeated key
 * keeps every value (gv_get returns the last, as Java readers do); only
 * whitespace may follow the document. Depth and the number of values are
 * bounded while parsing (GW_DOC_MAX_DEPTH / GW_DOC_MAX_VALUES), so a small
 * body cannot ask for a huge tree.
 *
 * Writing: compact, strings escaped by yajl; string bytes that are not
 * UTF-8 (keys read from Kafka need not be) pass through rather than fail
 * the answer; timestamps are epoch seconds with a millisecond fraction.
 */
#include "gateway/gw_json.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_gen.h>
#include <yajl/yajl_parse.h>

#include "protocol/status.h"

struct reader {
    struct arena *a;
    struct gw_val *stack[GW_DOC_MAX_DEPTH + 1];
    int depth;         /* containers open */
    const char *key;   /* pending map key, arena copy */
    size_t values;
    struct gw_val *root;
    const char *why;   /* our own reason for cancelling */
};

/* Attach a finished value to the open container (or make it the root). */
static int attach(struct reader *r, struct gw_val *v)
{
    if (!v) {
        r->why = "out of memory";
        return 0;
    }
    if (++r->values > GW_DOC_MAX_VALUES) {
        r->why = "too many values";
        return 0;
    }
    if (r->depth == 0) {
        r->root = v;
        return 1;
    }
    struct gw_val *top = r->stack[r->depth - 1];
    int rc = top->t == GV_MAP ? gv_put(r->a, top, r->key, v) : gv_push(r->a, top, v);
    if (rc) {
        r->why = "out of memory";
        return 0;
    }
    return 1;
}

static int on_null(void *ctx)
{
    struct reader *r = ctx;
    return attach(r, gv_null(r->a));
}

static int on_bool(void *ctx, int b)
{
    struct reader *r = ctx;
    return attach(r, gv_bool(r->a, b != 0));
}

static int on_integer(void *ctx, long long i)
{
    struct reader *r = ctx;
    return attach(r, gv_int(r->a, (int64_t)i));
}

static int on_double(void *ctx, double d)
{
    struct reader *r = ctx;
    return attach(r, gv_real(r->a, d));
}

static int on_string(void *ctx, const unsigned char *s, size_t n)
{
    struct reader *r = ctx;
    return attach(r, gv_strn(r->a, (const char *)s, n));
}

static int on_key(void *ctx, const unsigned char *s, size_t n)
{
    struct reader *r = ctx;
    char *k = arena_alloc_uninit(r->a, n + 1);
    if (!k) {
        r->why = "out of memory";
        return 0;
    }
    memcpy(k, s, n);
    k[n] = '\0';
    r->key = k;
    return 1;
}

static int open_container(struct reader *r, struct gw_val *c)
{
    if (r->depth >= GW_DOC_MAX_DEPTH) {
        r->why = "document too deep";
        return 0;
    }
    if (!attach(r, c))
        return 0;
    r->stack[r->depth++] = c;
    return 1;
}

static int on_start_map(void *ctx)
{
    struct reader *r = ctx;
    return open_container(r, gv_map(r->a));
}

static int on_start_array(void *ctx)
{
    struct reader *r = ctx;
    return open_container(r, gv_arr(r->a));
}

static int on_end(void *ctx)
{
    struct reader *r = ctx;
    r->depth--;
    return 1;
}

static const yajl_callbacks callbacks = {
    .yajl_null = on_null,
    .yajl_boolean = on_bool,
    .yajl_integer = on_integer,
    .yajl_double = on_double,
    .yajl_string = on_string,
    .yajl_start_map = on_start_map,
    .yajl_map_key = on_key,
    .yajl_end_map = on_end,
    .yajl_start_array = on_start_array,
    .yajl_end_array = on_end,
};

int gw_json_parse(struct arena *a, const uint8_t *p, size_t n, struct gw_val **out,
                  const char **why, size_t *at)
{
    *out = NULL;
    struct reader r = {.a = a};
    yajl_handle h = yajl_alloc(&callbacks, NULL, &r);
    if (!h) {
        *why = "out of memory";
        *at = 0;
        return -E_NOMEM;
    }
    yajl_status st = yajl_parse(h, p, n);
    if (st == yajl_status_ok)
        st = yajl_complete_parse(h);
    int rc = 0;
    if (st != yajl_status_ok) {
        *at = yajl_get_bytes_consumed(h);
        if (r.why) {
            *why = r.why;
        } else {
            /* yajl's message, copied into the arena (static text is ours). */
            unsigned char *msg = yajl_get_error(h, 0, p, n);
            char *copy = msg ? arena_strdup(a, (const char *)msg) : NULL;
            if (msg)
                yajl_free_error(h, msg);
            if (copy) {
                size_t l = strlen(copy);
                while (l && (copy[l - 1] == '\n' || copy[l - 1] == ' '))
                    copy[--l] = '\0';
            }
            *why = copy ? copy : "malformed JSON";
        }
        rc = -E_CORRUPT;
    } else {
        *out = r.root;
    }
    yajl_free(h);
    return rc;
}

/* ----------------------------------------------------------------- writing */

/* yajl prints through our callback into one buffer sized from the tree
 * up front: a GetRecords answer is ~14 MB, and letting yajl double its
 * own buffer and then copying it out cost a third of the gateway's CPU
 * (copies and page faults). */
struct out_buf {
    char *p;
    size_t len, cap;
    bool failed;
};

/* Room for n more bytes; false (and failed set) when out of memory. */
static bool reserve(struct out_buf *o, size_t n)
{
    if (o->failed)
        return false;
    if (n > o->cap - o->len) {
        size_t cap = o->cap * 2 > o->len + n ? o->cap * 2 : o->len + n;
        char *np = realloc(o->p, cap);
        if (!np) {
            o->failed = true;
            return false;
        }
        o->p = np;
        o->cap = cap;
    }
    return true;
}

static void print_to(void *ctx, const char *s, size_t n)
{
    struct out_buf *o = ctx;
    if (reserve(o, n)) {
        memcpy(o->p + o->len, s, n);
        o->len += n;
    }
}

/* Bytes the compact text of v takes when nothing needs escaping (a good
 * first size; print_to grows the buffer if escapes make it longer). */
static size_t estimate(const struct gw_val *v)
{
    switch (v->t) {
    case GV_NULL:
    case GV_BOOL:
        return 5;
    case GV_INT:
    case GV_REAL:
    case GV_TIME:
        return 24;
    case GV_STR:
        return v->u.s.n + 2;
    case GV_BYTES:
        return (v->u.s.n + 2) / 3 * 4 + 2;
    case GV_ARR: {
        size_t n = 2;
        for (size_t i = 0; i < v->u.a.n; i++)
            n += estimate(v->u.a.v[i]) + 1;
        return n;
    }
    case GV_MAP: {
        size_t n = 2;
        for (size_t i = 0; i < v->u.m.n; i++)
            n += strlen(v->u.m.m[i].key) + 4 + estimate(v->u.m.m[i].val);
        return n;
    }
    }
    return 0;
}

static yajl_gen_status gen_val(yajl_gen g, const struct gw_val *v, struct out_buf *o)
{
    switch (v->t) {
    case GV_NULL:
        return yajl_gen_null(g);
    case GV_BOOL:
        return yajl_gen_bool(g, v->u.b);
    case GV_INT:
        return yajl_gen_integer(g, (long long)v->u.i);
    case GV_REAL: {
        char num[40];
        int l = snprintf(num, sizeof num, "%.15g", v->u.d);
        return yajl_gen_number(g, num, (size_t)l);
    }
    case GV_TIME: {
        /* Epoch seconds with a millisecond fraction, printed exactly. */
        char num[40];
        int64_t ms = v->u.ms;
        int l = snprintf(num, sizeof num, "%s%" PRId64 ".%03d", ms < 0 ? "-" : "",
                         (ms < 0 ? -ms : ms) / 1000, (int)((ms < 0 ? -ms : ms) % 1000));
        return yajl_gen_number(g, num, (size_t)l);
    }
    case GV_STR:
        return yajl_gen_string(g, (const unsigned char *)v->u.s.p, v->u.s.n);
    case GV_BYTES: {
        /* Base64 never needs escaping. yajl writes the separator the
         * position needs (a zero-length number token; its output comes
         * through print_to, in order), then the quoted text is encoded
         * straight into the answer: no scratch copy, and not through
         * yajl's byte-by-byte string escaper. Blobs are nearly all of a
         * GetRecords answer. */
        yajl_gen_status rc = yajl_gen_number(g, "", 0);
        if (rc != yajl_gen_status_ok)
            return rc;
        if (!reserve(o, (v->u.s.n + 2) / 3 * 4 + 2))
            return yajl_gen_in_error_state;
        char *q = o->p + o->len;
        size_t l = gw_base64_encode_to((const uint8_t *)v->u.s.p, v->u.s.n, q + 1);
        q[0] = '"';
        q[l + 1] = '"';
        o->len += l + 2;
        return yajl_gen_status_ok;
    }
    case GV_ARR: {
        yajl_gen_status rc = yajl_gen_array_open(g);
        for (size_t i = 0; !rc && i < v->u.a.n; i++)
            rc = gen_val(g, v->u.a.v[i], o);
        return rc ? rc : yajl_gen_array_close(g);
    }
    case GV_MAP: {
        yajl_gen_status rc = yajl_gen_map_open(g);
        for (size_t i = 0; !rc && i < v->u.m.n; i++) {
            const char *k = v->u.m.m[i].key;
            rc = yajl_gen_string(g, (const unsigned char *)k, strlen(k));
            if (!rc)
                rc = gen_val(g, v->u.m.m[i].val, o);
        }
        return rc ? rc : yajl_gen_map_close(g);
    }
    }
    return yajl_gen_in_error_state;
}

int gw_json_write(const struct gw_val *v, uint8_t **out, size_t *len)
{
    *out = NULL;
    *len = 0;
    struct out_buf o = {.cap = estimate(v) + 16};
    o.p = malloc(o.cap);
    yajl_gen g = o.p ? yajl_gen_alloc(NULL) : NULL;
    if (!g) {
        free(o.p);
        return -E_NOMEM;
    }
    yajl_gen_config(g, yajl_gen_print_callback, print_to, &o);
    /* Strings are ours or validated on the way in; Kafka keys may not be
     * UTF-8 and must not make the answer fail. */
    yajl_gen_config(g, yajl_gen_validate_utf8, 0);
    yajl_gen_status rc = gen_val(g, v, &o);
    yajl_gen_free(g);
    if (rc != yajl_gen_status_ok || o.failed) {
        free(o.p);
        return -E_NOMEM;
    }
    *out = (uint8_t *)o.p;
    *len = o.len;
    return 0;
}
