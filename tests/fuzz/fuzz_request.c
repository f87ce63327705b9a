/*
 * fuzz_request.c - libFuzzer target: a request frame body as the broker
 * sees it after the size prefix: header, then the body of whatever API and
 * version the header names, for every generated API. The version is folded
 * into the API's served range so every decoder is reached.
 *
 * Checks beyond "no crash": a body that decodes must encode again, and
 * that encoding must decode to the same bytes (the codec is a bijection on
 * what it accepts, modulo unknown tagged fields which it drops).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"
#include "protocol/msg/registry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    size_t n;
    const struct kmsg_api *apis = kmsg_all(&n);
    const struct kmsg_api *api = &apis[((size_t)data[0] << 8 | data[1]) % n];
    int span = api->max_version - api->min_version + 1;
    int16_t v = (int16_t)(api->min_version + ((data[2] << 8 | data[3]) % span));
    data += 4;
    size -= 4;

    struct arena a;
    arena_init(&a);
    a.limit_bytes = 64 * size + (1 << 20);
    struct kreader r;
    kr_init(&r, data, size);
    struct request_header hdr;
    if (request_header_decode(&r, &a, kmsg_request_header_version(api, v), &hdr) != 0) {
        arena_destroy(&a);
        return 0;
    }
    void *body = arena_alloc(&a, api->req.struct_size);
    if (!body || api->req.decode(&r, &a, v, body) != 0) {
        arena_destroy(&a);
        return 0;
    }
    struct kwriter w1, w2;
    kw_init(&w1);
    kw_init(&w2);
    if (api->req.encode(&w1, v, body) != 0)
        abort();
    if (api->req.size(v, body) != w1.len)
        abort();
    void *again = arena_alloc(&a, api->req.struct_size);
    struct kreader r2;
    kr_init(&r2, w1.buf, w1.len);
    if (!again || api->req.decode(&r2, &a, v, again) != 0 || kr_remaining(&r2) != 0)
        abort();
    if (api->req.encode(&w2, v, again) != 0 || w1.len != w2.len ||
        (w1.len && memcmp(w1.buf, w2.buf, w1.len) != 0))
        abort();
    kw_destroy(&w1);
    kw_destroy(&w2);
    arena_destroy(&a);
    return 0;
}
