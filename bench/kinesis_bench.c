/*
 * kinesis_bench.c - Kinesis API throughput over HTTP/1.1 keep-alive: a
 * stream is created, PutRecords calls (R records of S bytes each) go out
 * on C connections at once (one thread each), then every shard is read
 * back with GetRecords. Every record must be accepted (FailedRecordCount
 * 0) and read back exactly (counts compared). The same program measures
 * build/sluice and kinesalite (bench/kinesis_bench.sh runs both). A short
 * warm-up round on another stream comes first, for both servers alike.
 *
 *   kinesis_bench HOST PORT LABEL CALLS [RECORDS SIZE CONNS SHARDS]
 *
 * Prints one line: "LABEL put_rec_s=... put_mib_s=... get_rec_s=...
 * records=...". Requests carry a well-formed SigV4 header with a dummy
 * signature: run the servers with signature checks off (sluice
 * auth=any; kinesalite checks none).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static const char *host;
static int port;
static const char *stream = "bench";

struct conn {
    int fd;
    char *buf; /* response bytes */
    size_t len, cap;
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void die(const char *what)
{
    fprintf(stderr, "kinesis_bench: %s\n", what);
    exit(1);
}

static void conn_open(struct conn *c)
{
    memset(c, 0, sizeof *c);
    c->fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    inet_pton(AF_INET, host, &a.sin_addr);
    if (c->fd < 0 || connect(c->fd, (struct sockaddr *)&a, sizeof a) != 0)
        die("connect failed");
    int one = 1;
    setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

static void send_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            die("send failed");
        p += w;
        n -= (size_t)w;
    }
}

static void fill(struct conn *c, size_t want)
{
    while (c->len < want) {
        if (c->cap - c->len < 65536) {
            c->cap = c->cap ? c->cap * 2 : 1 << 20;
            c->buf = realloc(c->buf, c->cap + 1);
        }
        ssize_t r = recv(c->fd, c->buf + c->len, c->cap - c->len, 0);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            die("connection closed");
        c->len += (size_t)r;
    }
}

/* One request; returns the status, *body points into c->buf (NUL-ended). */
static int call(struct conn *c, const char *op, const char *body, size_t body_len,
                const char **out)
{
    char head[1024], date[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(date, sizeof date, "%Y%m%dT%H%M%SZ", &tm);
    int n = snprintf(head, sizeof head,
                     "POST / HTTP/1.1\r\nHost: %s:%d\r\n"
                     "Content-Type: application/x-amz-json-1.1\r\n"
                     "X-Amz-Target: Kinesis_20131202.%s\r\nX-Amz-Date: %s\r\n"
                     "Authorization: AWS4-HMAC-SHA256 Credential=AKIDBENCH/%.8s/us-east-1/"
                     "kinesis/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, "
                     "Signature=%064d\r\nContent-Length: %zu\r\n\r\n",
                     host, port, op, date, date, 0, body_len);
    send_all(c->fd, head, (size_t)n);
    send_all(c->fd, body, body_len);
    /* Read the head. */
    c->len = 0;
    char *end = NULL;
    while (!end) {
        fill(c, c->len + 1);
        c->buf[c->len] = '\0';
        end = strstr(c->buf, "\r\n\r\n");
    }
    size_t head_len = (size_t)(end - c->buf) + 4;
    int status = atoi(c->buf + 9);
    const char *cl = strcasestr(c->buf, "\r\ncontent-length:");
    bool chunked = strcasestr(c->buf, "\r\ntransfer-encoding: chunked") != NULL;
    if (cl && (!chunked || cl < end)) {
        size_t blen = strtoul(cl + 17, NULL, 10);
        fill(c, head_len + blen);
        memmove(c->buf, c->buf + head_len, blen);
        c->len = blen;
    } else if (chunked) {
        /* Decode chunks in place after the head. */
        size_t at = head_len, outp = 0;
        for (;;) {
            char *crlf;
            while (!(c->buf[c->len] = '\0', crlf = strstr(c->buf + at, "\r\n")))
                fill(c, c->len + 1);
            size_t sz = strtoul(c->buf + at, NULL, 16);
            size_t data = (size_t)(crlf - c->buf) + 2;
            fill(c, data + sz + 2);
            memmove(c->buf + outp, c->buf + data, sz);
            outp += sz;
            at = data + sz + 2;
            if (sz == 0)
                break;
        }
        c->len = outp;
    } else {
        die("response without length");
    }
    c->buf[c->len] = '\0';
    *out = c->buf;
    return status;
}

static size_t count(const char *s, const char *needle)
{
    size_t n = 0;
    for (const char *p = s; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

/* ------------------------------------------------------------------- put */

static int ncalls, nrecs, rsize, nconns, nshards;
static long accepted_total;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static char *put_body(int thread, size_t *len)
{
    static const char b64[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t dlen = ((size_t)rsize + 2) / 3 * 4;
    size_t cap = (size_t)nrecs * (dlen + 96) + 128;
    char *b = malloc(cap);
    size_t at = (size_t)snprintf(b, cap, "{\"StreamName\":\"%s\",\"Records\":[", stream);
    unsigned seed = (unsigned)thread * 7919u + 1;
    for (int i = 0; i < nrecs; i++) {
        at += (size_t)snprintf(b + at, cap - at, "%s{\"PartitionKey\":\"t%d-k%d\",\"Data\":\"",
                               i ? "," : "", thread, i);
        /* Random-looking data of rsize bytes, as base64 (no padding
         * needed when rsize % 3 == 0; otherwise pad). */
        size_t full = (size_t)rsize / 3 * 4;
        for (size_t j = 0; j < full; j++) {
            seed = seed * 1103515245u + 12345u;
            b[at++] = b64[(seed >> 16) & 63];
        }
        if (rsize % 3 == 1) {
            memcpy(b + at, "AA==", 4);
            at += 4;
        } else if (rsize % 3 == 2) {
            memcpy(b + at, "AAA=", 4);
            at += 4;
        }
        at += (size_t)snprintf(b + at, cap - at, "\"}");
    }
    at += (size_t)snprintf(b + at, cap - at, "]}");
    *len = at;
    return b;
}

static void *put_thread(void *arg)
{
    int t = (int)(intptr_t)arg;
    struct conn c;
    conn_open(&c);
    size_t len;
    char *body = put_body(t, &len);
    long ok = 0;
    for (int i = t; i < ncalls; i += nconns) {
        const char *resp;
        int st = call(&c, "PutRecords", body, len, &resp);
        if (st != 200 || !strstr(resp, "\"FailedRecordCount\":0")) {
            fprintf(stderr, "PutRecords failed: %d %.300s\n", st, resp);
            exit(1);
        }
        ok += (long)count(resp, "\"SequenceNumber\"");
    }
    pthread_mutex_lock(&mu);
    accepted_total += ok;
    pthread_mutex_unlock(&mu);
    free(body);
    free(c.buf);
    close(c.fd);
    return NULL;
}

/* ------------------------------------------------------------------- get */

static long read_total;

static char *json_string_after(const char *s, const char *key)
{
    const char *p = strstr(s, key);
    if (!p)
        return NULL;
    p = strchr(p + strlen(key), '"');
    if (!p)
        return NULL;
    p++;
    const char *e = strchr(p, '"');
    return e ? strndup(p, (size_t)(e - p)) : NULL;
}

static void *get_thread(void *arg)
{
    int t = (int)(intptr_t)arg;
    struct conn c;
    conn_open(&c);
    long n = 0;
    for (int shard = t; shard < nshards; shard += nconns) {
        char body[256];
        const char *resp;
        int bl = snprintf(body, sizeof body,
                          "{\"StreamName\":\"%s\",\"ShardId\":\"shardId-%012d\","
                          "\"ShardIteratorType\":\"TRIM_HORIZON\"}",
                          stream, shard);
        if (call(&c, "GetShardIterator", body, (size_t)bl, &resp) != 200)
            die("GetShardIterator failed");
        char *it = json_string_after(resp, "\"ShardIterator\"");
        int empty = 0;
        while (it && empty < 2) {
            char *req = malloc(strlen(it) + 64);
            bl = sprintf(req, "{\"ShardIterator\":\"%s\",\"Limit\":10000}", it);
            int st = call(&c, "GetRecords", req, (size_t)bl, &resp);
            free(req);
            free(it);
            if (st != 200) {
                fprintf(stderr, "GetRecords failed: %d %.300s\n", st, resp);
                exit(1);
            }
            size_t got = count(resp, "\"SequenceNumber\"");
            n += (long)got;
            empty = got ? 0 : empty + 1;
            it = json_string_after(resp, "\"NextShardIterator\"");
        }
        free(it);
    }
    pthread_mutex_lock(&mu);
    read_total += n;
    pthread_mutex_unlock(&mu);
    free(c.buf);
    close(c.fd);
    return NULL;
}

static void create_stream(const char *name)
{
    struct conn c;
    conn_open(&c);
    char body[256];
    const char *resp;
    int bl = snprintf(body, sizeof body, "{\"StreamName\":\"%s\",\"ShardCount\":%d}", name,
                      nshards);
    if (call(&c, "CreateStream", body, (size_t)bl, &resp) != 200) {
        fprintf(stderr, "CreateStream: %s\n", resp);
        exit(1);
    }
    /* kinesalite keeps a new stream CREATING for a while. */
    bl = snprintf(body, sizeof body, "{\"StreamName\":\"%s\"}", name);
    for (int i = 0; i < 200; i++) {
        if (call(&c, "DescribeStreamSummary", body, (size_t)bl, &resp) == 200 &&
            strstr(resp, "\"ACTIVE\""))
            break;
        usleep(50000);
    }
    free(c.buf);
    close(c.fd);
}

static void run_threads(void *(*fn)(void *))
{
    pthread_t th[64];
    for (int i = 0; i < nconns; i++)
        pthread_create(&th[i], NULL, fn, (void *)(intptr_t)i);
    for (int i = 0; i < nconns; i++)
        pthread_join(th[i], NULL);
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: %s HOST PORT LABEL CALLS [RECORDS SIZE CONNS SHARDS]\n", argv[0]);
        return 2;
    }
    host = argv[1];
    port = atoi(argv[2]);
    const char *label = argv[3];
    ncalls = atoi(argv[4]);
    nrecs = argc > 5 ? atoi(argv[5]) : 500;
    rsize = argc > 6 ? atoi(argv[6]) : 1024;
    nconns = argc > 7 ? atoi(argv[7]) : 4;
    nshards = argc > 8 ? atoi(argv[8]) : 4;
    if (nconns < 1 || nconns > 64 || nrecs < 1 || nrecs > 500 || rsize < 1 || ncalls < 1)
        die("bad arguments");

    /* Warm-up, alike for every server: a put/get round of a fifth of the
     * calls on its own stream, so the measured run sees a warm heap and
     * (kinesalite) a warm JIT. */
    int calls = ncalls;
    stream = "warmup";
    create_stream(stream);
    ncalls = calls / 5 > nconns * 2 ? calls / 5 : nconns * 2;
    run_threads(put_thread);
    run_threads(get_thread);
    if (accepted_total != read_total) {
        fprintf(stderr, "%s: warm-up read %ld of %ld\n", label, read_total, accepted_total);
        return 1;
    }
    accepted_total = read_total = 0;
    ncalls = calls;
    stream = "bench";
    create_stream(stream);

    double t0 = now_s();
    run_threads(put_thread);
    double put_s = now_s() - t0;
    long sent = (long)ncalls * nrecs;
    if (accepted_total != sent) {
        fprintf(stderr, "%s: %ld of %ld records accepted\n", label, accepted_total, sent);
        return 1;
    }
    t0 = now_s();
    run_threads(get_thread);
    double get_s = now_s() - t0;
    if (read_total != sent) {
        fprintf(stderr, "%s: read back %ld of %ld records\n", label, read_total, sent);
        return 1;
    }
    printf("%s put_rec_s=%.0f put_mib_s=%.1f get_rec_s=%.0f records=%ld put_s=%.2f get_s=%.2f\n",
           label, sent / put_s, sent * (double)rsize / put_s / 1048576.0, sent / get_s, sent,
           put_s, get_s);
    return 0;
}
