/*
 * seed_requests.c - writes a seed corpus for fuzz_request: for every API
 * and served version, a few random valid requests (header + body) with the
 * 4-byte selector prefix fuzz_request expects. Usage: seed_requests DIR
 * [FRAME_DIR]; with FRAME_DIR, the same requests also go there as frames
 * on the wire (int32 size, header, body) for fuzz_frame.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/msg/registry.h"
#include "tests/protocol/msg_fixtures.h"

int main(int argc, char **argv)
{
    if (argc != 2 && argc != 3) {
        fprintf(stderr, "usage: %s DIR [FRAME_DIR]\n", argv[0]);
        return 2;
    }
    size_t n;
    const struct kmsg_api *apis = kmsg_all(&n);
    struct fx_rng rng = {42};
    int files = 0;
    for (size_t i = 0; i < n; i++) {
        const struct kmsg_api *api = &apis[i];
        const struct fx_api *fx = fx_lookup(api->key);
        for (int16_t v = api->min_version; v <= api->max_version; v++) {
            for (int k = 0; k < 2; k++) {
                struct arena a;
                arena_init(&a);
                void *x = arena_alloc(&a, api->req.struct_size);
                fx->req.random(x, &a, v, &rng);
                struct kwriter w;
                kw_init(&w);
                uint16_t sel = (uint16_t)i;
                uint16_t ver = (uint16_t)(v - api->min_version);
                uint8_t prefix[4] = {(uint8_t)(sel >> 8), (uint8_t)sel, (uint8_t)(ver >> 8), (uint8_t)ver};
                kw_raw(&w, prefix, 4);
                struct request_header h;
                request_header_init(&h);
                h.request_api_key = api->key;
                h.request_api_version = v;
                h.correlation_id = files;
                h.client_id = KSTR_LIT("seed");
                request_header_encode(&w, kmsg_request_header_version(api, v), &h);
                api->req.encode(&w, v, x);
                char path[512];
                snprintf(path, sizeof path, "%s/%s-v%d-%d", argv[1], api->name, v, k);
                FILE *f = fopen(path, "wb");
                if (!f || fwrite(w.buf, 1, w.len, f) != w.len) {
                    perror(path);
                    return 1;
                }
                fclose(f);
                if (argc == 3) {
                    /* The selector becomes the size prefix. */
                    size_t body = w.len - 4;
                    uint8_t size[4] = {(uint8_t)(body >> 24), (uint8_t)(body >> 16),
                                       (uint8_t)(body >> 8), (uint8_t)body};
                    snprintf(path, sizeof path, "%s/%s-v%d-%d", argv[2], api->name, v, k);
                    f = fopen(path, "wb");
                    if (!f || fwrite(size, 1, 4, f) != 4 || fwrite(w.buf + 4, 1, body, f) != body) {
                        perror(path);
                        return 1;
                    }
                    fclose(f);
                }
                files++;
                kw_destroy(&w);
                arena_destroy(&a);
            }
        }
    }
    printf("seed_requests: %d files in %s\n", files, argv[1]);
    return 0;
}
