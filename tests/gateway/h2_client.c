/* h2_client.c - see h2_client.h. */
#include "h2_client.h"

#include <criterion/criterion.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct h2c_stream *h2c_stream(struct h2c *c, int32_t id)
{
    for (int i = 0; i < c->n; i++)
        if (c->streams[i].id == id)
            return &c->streams[i];
    return NULL;
}

static int on_header(nghttp2_session *s, const nghttp2_frame *f, const uint8_t *name,
                     size_t namelen, const uint8_t *value, size_t valuelen, uint8_t flags,
                     void *ud)
{
    (void)s;
    (void)flags;
    struct h2c_stream *st = h2c_stream(ud, f->hd.stream_id);
    if (!st)
        return 0;
    if (namelen == 7 && !memcmp(name, ":status", 7))
        st->status = atoi((const char *)value);
    if (namelen == 12 && !memcmp(name, "content-type", 12) && valuelen < sizeof st->content_type) {
        memcpy(st->content_type, value, valuelen);
        st->content_type[valuelen] = '\0';
    }
    return 0;
}

static int on_data(nghttp2_session *s, uint8_t flags, int32_t id, const uint8_t *data, size_t len,
                   void *ud)
{
    (void)s;
    (void)flags;
    struct h2c_stream *st = h2c_stream(ud, id);
    if (!st)
        return 0;
    if (st->len + len + 1 > st->cap) {
        st->cap = (st->len + len + 1) * 2;
        st->body = realloc(st->body, st->cap);
    }
    memcpy(st->body + st->len, data, len);
    st->len += len;
    st->body[st->len] = '\0';
    return 0;
}

static int on_close(nghttp2_session *s, int32_t id, uint32_t error_code, void *ud)
{
    (void)s;
    struct h2c_stream *st = h2c_stream(ud, id);
    if (st) {
        st->closed = true;
        st->error_code = error_code;
    }
    return 0;
}

void h2c_init(struct h2c *c, struct harness *h, int fd, uint32_t window)
{
    memset(c, 0, sizeof *c);
    c->h = h;
    c->fd = fd;
    nghttp2_session_callbacks *cbs;
    nghttp2_session_callbacks_new(&cbs);
    nghttp2_session_callbacks_set_on_header_callback(cbs, on_header);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cbs, on_data);
    nghttp2_session_callbacks_set_on_stream_close_callback(cbs, on_close);
    cr_assert_eq(nghttp2_session_client_new(&c->s, cbs, c), 0);
    nghttp2_session_callbacks_del(cbs);
    nghttp2_settings_entry iv[1] = {{NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE,
                                     window ? window : 65535}};
    nghttp2_submit_settings(c->s, NGHTTP2_FLAG_NONE, iv, 1);
}

void h2c_free(struct h2c *c)
{
    for (int i = 0; i < c->n; i++) {
        free(c->streams[i].body);
        free(c->streams[i].req);
    }
    nghttp2_session_del(c->s);
}

static ssize_t body_read(nghttp2_session *s, int32_t id, uint8_t *buf, size_t length,
                         uint32_t *flags, nghttp2_data_source *src, void *ud)
{
    (void)s;
    (void)id;
    (void)ud;
    struct h2c_stream *b = src->ptr;
    size_t n = b->req_len - b->req_at < length ? b->req_len - b->req_at : length;
    memcpy(buf, b->req + b->req_at, n);
    b->req_at += n;
    if (b->req_at == b->req_len)
        *flags |= NGHTTP2_DATA_FLAG_EOF;
    return (ssize_t)n;
}

int32_t h2c_request(struct h2c *c, const char *method, const char *path,
                    const char *const *headers, const void *body, size_t len)
{
    nghttp2_nv nv[32];
    size_t n = 0;
#define NV(a, b)                                                                                  \
    nv[n++] = (nghttp2_nv){(uint8_t *)(a), (uint8_t *)(b), strlen(a), strlen(b),                  \
                           NGHTTP2_NV_FLAG_NONE}
    NV(":method", method);
    NV(":scheme", "http");
    NV(":authority", "localhost:4566");
    NV(":path", path);
    for (size_t i = 0; headers && headers[i] && n < 30; i += 2)
        NV(headers[i], headers[i + 1]);
#undef NV
    cr_assert_lt(c->n, H2C_MAX_STREAMS);
    struct h2c_stream *st = &c->streams[c->n];
    *st = (struct h2c_stream){0};
    nghttp2_data_provider prd, *pp = NULL;
    if (body) {
        st->req = malloc(len + 1);
        memcpy(st->req, body, len);
        st->req_len = len;
        prd.source.ptr = st;
        prd.read_callback = body_read;
        pp = &prd;
    }
    int32_t id = nghttp2_submit_request(c->s, NULL, nv, n, pp, NULL);
    cr_assert_gt(id, 0);
    st->id = id;
    c->n++;
    return id;
}

int32_t h2c_kinesis(struct h2c *c, const char *op, const char *ctype, const void *body, size_t len)
{
    char target[128];
    snprintf(target, sizeof target, "Kinesis_20131202.%s", op);
    static char auth[256];
    snprintf(auth, sizeof auth,
             "AWS4-HMAC-SHA256 Credential=AKIDTEST/20260102/us-east-1/kinesis/aws4_request, "
             "SignedHeaders=host;x-amz-date;x-amz-target, Signature=%064d",
             0);
    const char *h[] = {"content-type", ctype, "x-amz-target", target, "x-amz-date",
                       "20260102T030405Z", "authorization", auth, NULL};
    return h2c_request(c, "POST", "/", h, body, len);
}

void h2c_pump(struct h2c *c, int rounds)
{
    for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < 1000; k++) {
            const uint8_t *data;
            ssize_t n = nghttp2_session_mem_send(c->s, &data);
            if (n <= 0)
                break;
            hx_send(c->h, c->fd, data, (size_t)n);
        }
        hx_pump(c->h, 1);
        uint8_t buf[16384];
        for (;;) {
            ssize_t n = read(c->fd, buf, sizeof buf);
            if (n > 0) {
                ssize_t used = nghttp2_session_mem_recv(c->s, buf, (size_t)n);
                cr_assert_eq(used, n, "client could not parse server frames");
                continue;
            }
            if (n == 0)
                c->eof = true;
            break;
        }
    }
}

struct h2c_stream *h2c_wait(struct h2c *c, int32_t id, int rounds)
{
    for (int r = 0; r < rounds; r++) {
        struct h2c_stream *st = h2c_stream(c, id);
        if (st && st->closed)
            return st;
        h2c_pump(c, 1);
    }
    return h2c_stream(c, id);
}
