/* admin.c - see admin.h. */
#include "broker/admin.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "broker/broker.h"
#include "broker/request.h"
#include "broker/storage_glue.h"
#include "protocol/errors.h"
#include "storage/storage.h"

/* Kafka's Topic.MAX_NAME_LENGTH. */
#define TOPIC_NAME_MAX 249

struct adm_pending *adm_pending_new(struct request *rq)
{
    struct adm_pending *p = arena_alloc(&rq->arena, sizeof *p);
    if (p) {
        p->rq = rq;
        p->outstanding = 1;
    }
    return p;
}

void adm_pending_release(struct adm_pending *p)
{
    if (--p->outstanding == 0)
        rq_finish(p->rq);
}

struct adm_wait *adm_wait_new(struct adm_pending *p, int16_t *error_code,
                              struct kstr *error_message)
{
    struct adm_wait *w = arena_alloc(&p->rq->arena, sizeof *w);
    if (!w)
        return NULL;
    w->pend = p;
    w->error_code = error_code;
    w->error_message = error_message;
    p->outstanding++;
    return w;
}

void adm_wait_cancel(struct adm_wait *w)
{
    /* Never the last reference: the handler still holds its own. */
    w->pend->outstanding--;
}

void adm_wait_done(void *arg, int status)
{
    struct adm_wait *w = arg;
    if (status) {
        int16_t code = sg_kerr(status);
        *w->error_code = code;
        if (w->error_message)
            *w->error_message = adm_msg(&w->pend->rq->arena, "%s", kerr_message(code));
    }
    adm_pending_release(w->pend);
}

char *adm_cstr(struct arena *a, struct kstr s)
{
    if (s.len < 0 || memchr(s.ptr, '\0', (size_t)s.len))
        return NULL;
    char *p = arena_alloc(a, (size_t)s.len + 1);
    if (p && s.len)
        memcpy(p, s.ptr, (size_t)s.len);
    return p;
}

struct kstr adm_msg(struct arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[1];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return KSTR_NULL;
    char *p = arena_alloc(a, (size_t)n + 1);
    if (!p)
        return KSTR_NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return kstr_c(p);
}

static bool legal_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '_' || c == '-';
}

const char *adm_topic_name_error(struct arena *a, struct kstr name, char *buf, size_t len)
{
    int32_t n = name.len < 0 ? 0 : name.len;
    if (n == 0)
        return "Topic name is illegal, it can't be empty";
    if ((n == 1 && name.ptr[0] == '.') || (n == 2 && name.ptr[0] == '.' && name.ptr[1] == '.'))
        return "Topic name cannot be \".\" or \"..\"";
    if (n > TOPIC_NAME_MAX) {
        struct kstr m = adm_msg(a, "Topic name is illegal, it can't be longer than %d characters, "
                                   "Topic name: %.*s", TOPIC_NAME_MAX, (int)n, name.ptr);
        return m.ptr ? m.ptr : "Topic name is illegal";
    }
    for (int32_t i = 0; i < n; i++) {
        if (!legal_char(name.ptr[i])) {
            struct kstr m = adm_msg(a, "Topic name \"%.*s\" is illegal, it contains a character "
                                       "other than ASCII alphanumerics, '.', '_' and '-'",
                                    (int)n, name.ptr);
            return m.ptr ? m.ptr : "Topic name is illegal";
        }
    }
    if ((size_t)n >= len)
        return "Topic name is illegal";
    memcpy(buf, name.ptr, (size_t)n);
    buf[n] = '\0';
    return NULL;
}

/* Equal once '.' and '_' are treated as the same character. */
static bool same_unified(const char *x, const char *y)
{
    for (; *x && *y; x++, y++) {
        char cx = *x == '.' ? '_' : *x, cy = *y == '.' ? '_' : *y;
        if (cx != cy)
            return false;
    }
    return *x == *y;
}

const char *adm_topic_collision(struct broker *b, const char *name)
{
    if (!strpbrk(name, "._"))
        return NULL;
    size_t n = store_topic_count(b->store);
    for (size_t i = 0; i < n; i++) {
        const char *other = topic_name(store_topic_at(b->store, i));
        if (strcmp(other, name) != 0 && same_unified(other, name))
            return other;
    }
    return NULL;
}

static int cmp_i32(const void *x, const void *y)
{
    int32_t a = *(const int32_t *)x, c = *(const int32_t *)y;
    return (a > c) - (a < c);
}

const char *adm_check_replicas(struct arena *a, int32_t node_id, const int32_t *ids, int32_t n,
                               int32_t rf)
{
    if (n <= 0)
        return "The manual partition assignment includes an empty replica list.";
    int32_t *sorted = arena_memdup(a, ids, (size_t)n * sizeof *ids);
    if (!sorted)
        return "out of memory";
    qsort(sorted, (size_t)n, sizeof *sorted, cmp_i32);
    for (int32_t i = 0; i < n; i++) {
        struct kstr m = KSTR_NULL;
        if (sorted[i] != node_id)
            m = adm_msg(a, "The manual partition assignment includes broker %d, but no such "
                           "broker is registered.", sorted[i]);
        else if (i > 0 && sorted[i] == sorted[i - 1])
            m = adm_msg(a, "The manual partition assignment includes the broker %d more than "
                           "once.", sorted[i]);
        if (m.len >= 0)
            return m.ptr;
    }
    if (rf >= 0 && n != rf) {
        struct kstr m = adm_msg(a, "The manual partition assignment includes a partition with %d "
                                   "replica(s), but this is not consistent with previous "
                                   "partitions, which have %d replica(s).", n, rf);
        return m.ptr ? m.ptr : "inconsistent replica count";
    }
    return NULL;
}

bool adm_parse_int32(struct kstr s, int32_t *out)
{
    if (s.len <= 0 || s.len > 12)
        return false;
    int32_t i = 0;
    bool neg = false;
    if (s.ptr[0] == '-' || s.ptr[0] == '+') {
        neg = s.ptr[0] == '-';
        i = 1;
        if (s.len == 1)
            return false;
    }
    int64_t v = 0;
    for (; i < s.len; i++) {
        if (s.ptr[i] < '0' || s.ptr[i] > '9')
            return false;
        v = v * 10 + (s.ptr[i] - '0');
    }
    if (neg)
        v = -v;
    if (v < INT32_MIN || v > INT32_MAX)
        return false;
    *out = (int32_t)v;
    return true;
}

struct keyed {
    struct kstr k;
    int32_t i;
};

static int cmp_keyed(const void *x, const void *y)
{
    const struct keyed *a = x, *b = y;
    int32_t n = a->k.len < b->k.len ? a->k.len : b->k.len;
    int c = n > 0 ? memcmp(a->k.ptr, b->k.ptr, (size_t)n) : 0;
    if (c == 0)
        c = (a->k.len > b->k.len) - (a->k.len < b->k.len);
    if (c == 0)
        c = (a->i > b->i) - (a->i < b->i);
    return c;
}

int adm_mark_duplicates(struct arena *a, const struct kstr *keys, int32_t n, bool *dup,
                        bool *first)
{
    for (int32_t i = 0; i < n; i++) {
        dup[i] = false;
        if (first)
            first[i] = false;
    }
    if (n < 2)
        return 0;
    struct keyed *v = arena_calloc(a, (size_t)n, sizeof *v);
    if (!v)
        return -1;
    int32_t m = 0;
    for (int32_t i = 0; i < n; i++)
        if (keys[i].len >= 0) /* null keys never collide */
            v[m++] = (struct keyed){keys[i], i};
    qsort(v, (size_t)m, sizeof *v, cmp_keyed);
    for (int32_t i = 0; i < m;) {
        int32_t j = i + 1;
        while (j < m && keys[v[j].i].len == keys[v[i].i].len &&
               (keys[v[i].i].len == 0 ||
                memcmp(keys[v[j].i].ptr, keys[v[i].i].ptr, (size_t)keys[v[i].i].len) == 0))
            j++;
        if (j - i > 1) {
            for (int32_t k = i; k < j; k++)
                dup[v[k].i] = true;
            if (first)
                first[v[i].i] = true; /* sorted by index within a group */
        }
        i = j;
    }
    return 0;
}
