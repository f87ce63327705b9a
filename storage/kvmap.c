/*
 * kvmap.c - small sorted string map (see kvmap.h).
 */
#include "storage/kvmap.h"

#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

void kvmap_init(struct kvmap *m)
{
    m->e = NULL;
    m->n = m->cap = 0;
}

void kvmap_destroy(struct kvmap *m)
{
    for (size_t i = 0; i < m->n; i++) {
        free(m->e[i].key);
        free(m->e[i].value);
    }
    free(m->e);
    kvmap_init(m);
}

/* Index of key, or of where it would go (with *found false). */
static size_t find(const struct kvmap *m, const char *key, int *found)
{
    size_t lo = 0, hi = m->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(m->e[mid].key, key);
        if (c == 0) {
            *found = 1;
            return mid;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *found = 0;
    return lo;
}

const char *kvmap_get(const struct kvmap *m, const char *key)
{
    int found;
    size_t i = find(m, key, &found);
    return found ? m->e[i].value : NULL;
}

int kvmap_set(struct kvmap *m, const char *key, const char *value)
{
    int found;
    size_t i = find(m, key, &found);
    char *v = strdup(value);
    if (!v)
        return -E_NOMEM;
    if (found) {
        free(m->e[i].value);
        m->e[i].value = v;
        return 0;
    }
    char *k = strdup(key);
    if (!k) {
        free(v);
        return -E_NOMEM;
    }
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 8;
        struct kv *e = realloc(m->e, cap * sizeof *e);
        if (!e) {
            free(k);
            free(v);
            return -E_NOMEM;
        }
        m->e = e;
        m->cap = cap;
    }
    memmove(&m->e[i + 1], &m->e[i], (m->n - i) * sizeof *m->e);
    m->e[i] = (struct kv){k, v};
    m->n++;
    return 0;
}

int kvmap_del(struct kvmap *m, const char *key)
{
    int found;
    size_t i = find(m, key, &found);
    if (!found)
        return 0;
    free(m->e[i].key);
    free(m->e[i].value);
    memmove(&m->e[i], &m->e[i + 1], (m->n - i - 1) * sizeof *m->e);
    m->n--;
    return 1;
}

int kvmap_copy(struct kvmap *dst, const struct kvmap *src)
{
    kvmap_init(dst);
    for (size_t i = 0; i < src->n; i++) {
        if (kvmap_set(dst, src->e[i].key, src->e[i].value)) {
            kvmap_destroy(dst);
            return -E_NOMEM;
        }
    }
    return 0;
}

void kvmap_encode(const struct kvmap *m, struct kwriter *w)
{
    kw_i32(w, (int32_t)m->n);
    for (size_t i = 0; i < m->n; i++) {
        kw_str(w, kstr_c(m->e[i].key), false, false);
        struct kstr v = kstr_c(m->e[i].value);
        kw_i32(w, v.len);
        kw_raw(w, v.ptr, (size_t)v.len);
    }
}

int kvmap_decode(struct kvmap *m, struct kreader *r)
{
    kvmap_init(m);
    /* Smallest pair: int16 length + int32 length. */
    int32_t n = kr_array_len(r, false, false, 6);
    for (int32_t i = 0; i < n && !r->err; i++) {
        struct kstr k = kr_str(r, false, false);
        struct kbytes v = kr_bytes(r, false, false);
        if (r->err)
            break;
        if (memchr(k.ptr, 0, (size_t)k.len) || memchr(v.ptr, 0, (size_t)v.len)) {
            kr_fail(r, "NUL in map string");
            break;
        }
        char *ks = kstr_dup(k);
        char *vs = kstr_dup((struct kstr){(const char *)v.ptr, v.len});
        int rc = (ks && vs) ? kvmap_set(m, ks, vs) : -E_NOMEM;
        free(ks);
        free(vs);
        if (rc) {
            kvmap_destroy(m);
            return rc;
        }
    }
    if (r->err) {
        kvmap_destroy(m);
        return -E_CORRUPT;
    }
    return 0;
}
