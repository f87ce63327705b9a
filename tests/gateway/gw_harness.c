/* gw_harness.c - see gw_harness.h. */
#include "gw_harness.h"

#include <criterion/criterion.h>
#include <errno.h>
#include <event2/event.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include "gateway/gateway.h"
#include "gateway/gw_int.h"

static int64_t harness_now(void *arg)
{
    return ((struct harness *)arg)->now_ms;
}

static void harness_log(void *arg, const char *line)
{
    struct harness *h = arg;
    size_t at = strlen(h->log);
    snprintf(h->log + at, sizeof h->log - at, "%s\n", line);
}

void hx_init(struct harness *h, const char *const *settings)
{
    memset(h, 0, sizeof *h);
    h->base = event_base_new();
    h->mem = mem_backend_new();
    h->now_ms = 1767323045000LL; /* 2026-01-02T03:04:05Z */
    mem_backend_set_now(h->mem, h->now_ms);
    struct gw_config cfg;
    cr_assert_eq(gw_config_init(&cfg), 0);
    const char *why;
    cr_assert_eq(gw_config_set(&cfg, "sluice.gateway.listener", "", &why), 0);
    cr_assert_eq(gw_config_set(&cfg, "sluice.gateway.auth", "any", &why), 0);
    /* The clock stands still here: streams are ACTIVE at once unless a
     * test asks for the CREATING/UPDATING window. */
    cr_assert_eq(gw_config_set(&cfg, "sluice.gateway.status.delay.ms", "0", &why), 0);
    for (size_t i = 0; settings && settings[i]; i++) {
        char kv[512];
        snprintf(kv, sizeof kv, "%s", settings[i]);
        char *eq = strchr(kv, '=');
        cr_assert(eq, "setting %s", settings[i]);
        *eq = '\0';
        cr_assert_eq(gw_config_set(&cfg, kv, eq + 1, &why), 0, "%s: %s", kv, why ? why : "");
    }
    cfg.log_fn = harness_log;
    cfg.log_arg = h;
    int err = 0;
    h->gw = gw_new(h->base, &cfg, mem_backend_iface(h->mem), &err);
    gw_config_destroy(&cfg);
    cr_assert(h->gw, "gw_new failed: %d", err);
    gw_set_clock(h->gw, harness_now, h);
    h->fd = hx_connect(h);
}

void hx_fini(struct harness *h)
{
    if (h->fd >= 0)
        close(h->fd);
    gw_free(h->gw);
    mem_backend_free(h->mem);
    event_base_free(h->base);
}

void hx_set_now(struct harness *h, int64_t now_ms)
{
    h->now_ms = now_ms;
    mem_backend_set_now(h->mem, now_ms);
}

int hx_connect(struct harness *h)
{
    int sv[2];
    cr_assert_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    fcntl(sv[1], F_SETFL, fcntl(sv[1], F_GETFL) | O_NONBLOCK);
    cr_assert_eq(gw_adopt_fd(h->gw, sv[0], false), 0);
    return sv[1];
}

void hx_pump(struct harness *h, int rounds)
{
    for (int i = 0; i < rounds; i++)
        event_base_loop(h->base, EVLOOP_NONBLOCK);
}

void hx_send(struct harness *h, int fd, const void *p, size_t n)
{
    const char *c = p;
    for (int tries = 0; n > 0 && tries < 100000; tries++) {
        ssize_t w = write(fd, c, n);
        if (w > 0) {
            c += w;
            n -= (size_t)w;
        } else if (w < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            return; /* the server closed: callers check the response */
        } else {
            hx_pump(h, 1);
        }
    }
}

void hresp_free(struct hresp *r)
{
    free(r->body);
    r->body = NULL;
}

const char *hresp_header(const struct hresp *r, const char *name, char *buf, size_t cap)
{
    size_t nl = strlen(name);
    const char *p = strstr(r->head, "\r\n");
    while (p && p[2] != '\r' && p[2]) {
        p += 2;
        if (!strncasecmp(p, name, nl) && p[nl] == ':') {
            const char *v = p + nl + 1;
            while (*v == ' ')
                v++;
            size_t l = strcspn(v, "\r");
            if (l >= cap)
                l = cap - 1;
            memcpy(buf, v, l);
            buf[l] = '\0';
            return buf;
        }
        p = strstr(p, "\r\n");
    }
    return NULL;
}

/* Pending input per fd (pipelined responses arrive together). */
static struct {
    int fd;
    char buf[1 << 16];
    size_t len;
} leftover[8];

static size_t *left_len(int fd, char **buf)
{
    for (int i = 0; i < 8; i++)
        if (leftover[i].fd == fd && leftover[i].len) {
            *buf = leftover[i].buf;
            return &leftover[i].len;
        }
    for (int i = 0; i < 8; i++)
        if (!leftover[i].len) {
            leftover[i].fd = fd;
            *buf = leftover[i].buf;
            return &leftover[i].len;
        }
    return NULL;
}

int hx_read_response(struct harness *h, int fd, struct hresp *out, int rounds)
{
    memset(out, 0, sizeof *out);
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    char *lb;
    size_t *ll = left_len(fd, &lb);
    if (ll && *ll) {
        memcpy(buf, lb, *ll);
        len = *ll;
        *ll = 0;
    }
    int rc = -1;
    for (int i = 0; i <= rounds; i++) {
        char *end = len ? memmem(buf, len, "\r\n\r\n", 4) : NULL;
        if (end) {
            size_t hl = (size_t)(end - buf) + 4;
            char *cl = memmem(buf, hl, "content-length:", 15);
            size_t body = cl ? strtoul(cl + 15, NULL, 10) : 0;
            if (!strncmp(buf, "HTTP/1.1 100", 12)) {
                memmove(buf, buf + hl, len - hl);
                len -= hl;
                continue;
            }
            if (len >= hl + body) {
                out->status = atoi(buf + 9);
                size_t copy = hl < sizeof out->head ? hl : sizeof out->head - 1;
                memcpy(out->head, buf, copy);
                out->head[copy] = '\0';
                out->body = malloc(body + 1);
                memcpy(out->body, buf + hl, body);
                out->body[body] = '\0';
                out->body_len = body;
                size_t rest = len - hl - body;
                if (rest && (ll = left_len(fd, &lb)) && rest <= sizeof leftover[0].buf) {
                    memcpy(lb, buf + hl + body, rest);
                    *ll = rest;
                }
                rc = 0;
                break;
            }
        }
        hx_pump(h, 1);
        for (;;) {
            if (cap - len < 4096) {
                cap *= 2;
                buf = realloc(buf, cap);
            }
            ssize_t r = read(fd, buf + len, cap - len);
            if (r > 0) {
                len += (size_t)r;
                continue;
            }
            if (r == 0)
                out->closed = true;
            break;
        }
        if (out->closed && !memmem(buf, len, "\r\n\r\n", 4))
            break;
    }
    free(buf);
    return rc;
}

static void auth_headers(char *out, size_t cap, const char *op)
{
    (void)op;
    snprintf(out, cap,
             "x-amz-date: 20260102T030405Z\r\n"
             "authorization: AWS4-HMAC-SHA256 Credential=AKIDTEST/20260102/us-east-1/kinesis/"
             "aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
             "Signature=%064d\r\n",
             0);
}

int hx_call_raw(struct harness *h, const char *op, const char *ctype, const void *body,
                size_t len, struct hresp *out)
{
    char auth[512], head[1024];
    auth_headers(auth, sizeof auth, op);
    int n = snprintf(head, sizeof head,
                     "POST / HTTP/1.1\r\nhost: localhost:4566\r\ncontent-type: %s\r\n"
                     "x-amz-target: Kinesis_20131202.%s\r\n%scontent-length: %zu\r\n\r\n",
                     ctype, op, auth, len);
    hx_send(h, h->fd, head, (size_t)n);
    hx_send(h, h->fd, body, len);
    return hx_read_response(h, h->fd, out, 200);
}

json_t *hx_call(struct harness *h, const char *op, const char *json_body, int *status)
{
    struct hresp r;
    int rc = hx_call_raw(h, op, "application/x-amz-json-1.1", json_body, strlen(json_body), &r);
    cr_assert_eq(rc, 0, "%s: no response", op);
    *status = r.status;
    json_t *j = r.body_len ? json_loadb((char *)r.body, r.body_len, 0, NULL) : NULL;
    if (r.body_len)
        cr_assert(j, "%s: body is not JSON: %s", op, r.body);
    hresp_free(&r);
    return j;
}

const char *hx_type(json_t *j)
{
    const char *t = json_string_value(json_object_get(j, "__type"));
    return t ? t : "";
}

#include <stdarg.h>

static json_t *vcall(struct harness *h, int *status, const char *op, const char *fmt, va_list ap)
{
    char *body = NULL;
    cr_assert(vasprintf(&body, fmt, ap) >= 0);
    json_t *j = hx_call(h, op, body, status);
    free(body);
    return j;
}

json_t *hx_callf(struct harness *h, int want_status, const char *op, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int status;
    json_t *j = vcall(h, &status, op, fmt, ap);
    va_end(ap);
    if (want_status) {
        char *dump = j ? json_dumps(j, 0) : NULL;
        cr_assert_eq(status, want_status, "%s: status %d body %s", op, status,
                     dump ? dump : "(empty)");
        free(dump);
    }
    return j;
}

void hx_expect_error(struct harness *h, const char *type, const char *op, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int status;
    json_t *j = vcall(h, &status, op, fmt, ap);
    va_end(ap);
    char *dump = j ? json_dumps(j, 0) : NULL;
    cr_expect_eq(status, 400, "%s: status %d body %s", op, status, dump ? dump : "");
    cr_expect_str_eq(hx_type(j), type, "%s: %s", op, dump ? dump : "");
    free(dump);
    json_decref(j);
}
