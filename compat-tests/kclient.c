/* kclient.c - see kclient.h. */
#include "compat-tests/kclient.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "protocol/msg/fetch.h"
#include "protocol/msg/metadata.h"
#include "protocol/msg/registry.h"

int kc_connect(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port),
                            .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    struct timeval tv = {10, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int kc_send_raw(int fd, const void *p, size_t n)
{
    const uint8_t *b = p;
    while (n) {
        ssize_t w = send(fd, b, n, MSG_NOSIGNAL);
        if (w <= 0) {
            if (w < 0 && errno == EINTR)
                continue;
            return -1;
        }
        b += w;
        n -= (size_t)w;
    }
    return 0;
}

int kc_send(int fd, int16_t key, int16_t version, int32_t correlation_id, const void *body)
{
    const struct kmsg_api *api = kmsg_lookup(key);
    if (!api)
        return -1;
    struct kwriter w;
    kw_init(&w);
    kw_i32(&w, 0);
    struct request_header h;
    request_header_init(&h);
    h.request_api_key = key;
    h.request_api_version = version;
    h.correlation_id = correlation_id;
    h.client_id = KSTR_LIT("sluice-compat");
    request_header_encode(&w, kmsg_request_header_version(api, version), &h);
    if (api->req.encode(&w, version, body) != 0) {
        kw_destroy(&w);
        return -1;
    }
    kw_patch_i32(&w, 0, (int32_t)(w.len - 4));
    int rc = kc_send_raw(fd, w.buf, w.len);
    kw_destroy(&w);
    return rc;
}

static int read_full(int fd, void *p, size_t n)
{
    uint8_t *b = p;
    while (n) {
        ssize_t r = recv(fd, b, n, 0);
        if (r <= 0) {
            if (r < 0 && errno == EINTR)
                continue;
            return -1;
        }
        b += r;
        n -= (size_t)r;
    }
    return 0;
}

uint8_t *kc_recv_frame(int fd, size_t *len)
{
    uint8_t hdr[4];
    if (read_full(fd, hdr, 4) != 0)
        return NULL;
    uint32_t n = (uint32_t)hdr[0] << 24 | (uint32_t)hdr[1] << 16 | (uint32_t)hdr[2] << 8 | hdr[3];
    if (n > (256u << 20))
        return NULL;
    uint8_t *buf = malloc(n ? n : 1);
    if (!buf || read_full(fd, buf, n) != 0) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

int32_t kc_recv(int fd, int16_t key, int16_t version, struct arena *a, void *out, uint8_t **frame)
{
    const struct kmsg_api *api = kmsg_lookup(key);
    size_t len;
    uint8_t *buf = kc_recv_frame(fd, &len);
    *frame = buf;
    if (!buf || !api)
        return -1;
    struct kreader r;
    kr_init(&r, buf, len);
    int32_t corr = kr_i32(&r);
    if (kmsg_response_header_version(api, version) >= 1)
        kr_skip_tags(&r);
    if (api->resp.decode(&r, a, version, out) != 0 || kr_remaining(&r) != 0)
        return -1;
    return corr;
}

bool kc_closed_by_peer(int fd, int timeout_ms)
{
    struct pollfd p = {.fd = fd, .events = POLLIN};
    int waited = 0;
    while (waited <= timeout_ms) {
        int rc = poll(&p, 1, 50);
        if (rc > 0) {
            uint8_t sink[4096];
            ssize_t r = recv(fd, sink, sizeof sink, MSG_DONTWAIT);
            if (r == 0 || (r < 0 && errno == ECONNRESET))
                return true;
        }
        waited += 50;
    }
    return false;
}

int kc_fetch_one(int fd, const char *topic, int32_t partition, int64_t offset, int32_t max_bytes,
                 struct arena *a, struct fetch_resp *out, uint8_t **frame)
{
    struct fetch_req_fetch_partition fp;
    fetch_req_fetch_partition_init(&fp);
    fp.partition = partition;
    fp.fetch_offset = offset;
    fp.partition_max_bytes = max_bytes;
    struct fetch_req_fetch_topic ft;
    fetch_req_fetch_topic_init(&ft);
    ft.topic = kstr_c(topic);
    ft.partitions = &fp;
    ft.partitions_count = 1;
    struct fetch_req req;
    fetch_req_init(&req);
    req.replica_id = -1;
    req.max_wait_ms = 0;
    req.min_bytes = 0;
    req.max_bytes = max_bytes;
    req.topics = &ft;
    req.topics_count = 1;
    static int32_t corr = 7000;
    int32_t id = corr++;
    if (kc_send(fd, 1, 11, id, &req) != 0)
        return -1;
    if (kc_recv(fd, 1, 11, a, out, frame) != id || out->responses_count != 1 ||
        out->responses[0].partitions_count != 1)
        return -1;
    return 0;
}

int kc_await_topic(int port, const char *topic, int32_t partitions)
{
    for (int attempt = 0; attempt < 100; attempt++) {
        int fd = kc_connect(port);
        if (fd < 0)
            return -1;
        struct metadata_req_metadata_request_topic mt;
        metadata_req_metadata_request_topic_init(&mt);
        mt.name = kstr_c(topic);
        struct metadata_req req;
        metadata_req_init(&req);
        req.topics = &mt;
        req.topics_count = 1;
        bool ready = false;
        struct arena a;
        arena_init(&a);
        struct metadata_resp resp;
        uint8_t *frame = NULL;
        if (kc_send(fd, 3, 1, 7, &req) == 0 && kc_recv(fd, 3, 1, &a, &resp, &frame) == 7)
            ready = resp.topics_count == 1 && resp.topics[0].error_code == 0 &&
                    resp.topics[0].partitions_count == partitions;
        free(frame);
        arena_destroy(&a);
        close(fd);
        if (ready)
            return 0;
        usleep(50 * 1000);
    }
    return -1;
}
