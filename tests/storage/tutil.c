/*
 * tutil.c - storage test fixtures (see tutil.h).
 */
#include "tutil.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "protocol/status.h"
#include "storage/batch.h"
#include "tbatch.h"

void tu_mkdir(struct tu_dir *d)
{
    const char *tmp = getenv("TMPDIR");
    if (snprintf(d->base, sizeof d->base, "%s/sluice-storage-XXXXXX", tmp && *tmp ? tmp : "/tmp") < 0)
        abort();
    cr_assert_not_null(mkdtemp(d->base));
    if (snprintf(d->data, sizeof d->data, "%s/data", d->base) < 0)
        abort();
}

void tu_rm_tree(const char *path)
{
    DIR *dd = opendir(path);
    if (dd) {
        struct dirent *de;
        while ((de = readdir(dd))) {
            if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
                continue;
            char p[1024];
            if (snprintf(p, sizeof p, "%s/%s", path, de->d_name) < 0)
                abort();
            struct stat s;
            if (lstat(p, &s) == 0 && S_ISDIR(s.st_mode))
                tu_rm_tree(p);
            else
                unlink(p);
        }
        closedir(dd);
    }
    rmdir(path);
}

void tu_cleanup(struct tu_dir *d)
{
    tu_rm_tree(d->base);
}

void tu_config(struct store_config *cfg, const struct tu_dir *d, const struct sio *io)
{
    store_config_init(cfg);
    cr_assert_eq(store_config_set(cfg, "log.dirs", d->data), 0);
    cfg->io = io;
    cfg->log_segment_bytes = 64 * 1024;
    cfg->log_index_interval_bytes = 1024;
    cfg->log_cleaner_enable = false;
}

struct store *tu_open(const struct store_config *cfg)
{
    struct store *st = NULL;
    int rc = store_open(cfg, &st);
    cr_assert_eq(rc, 0, "store_open: %d", rc);
    return st;
}

void tu_done_cb(void *arg, int status)
{
    struct tu_done *d = arg;
    d->calls++;
    d->status = status;
}

void tu_append_cb(void *arg, int status, const struct log_append_result *res)
{
    struct tu_done *d = arg;
    d->calls++;
    d->status = status;
    d->res = *res;
}

void tu_wait(struct store *st, struct tu_done *done)
{
    for (int i = 0; i < 5000 && done->calls == 0; i++)
        store_wait(st, 1);
    cr_assert_gt(done->calls, 0, "completion never came");
}

void tu_drain(struct store *st)
{
    for (int i = 0; i < 5000 && store_jobs_in_flight(st) > 0; i++)
        store_wait(st, 1);
    cr_assert_eq(store_jobs_in_flight(st), 0);
}

struct topic *tu_topic(struct store *st, const char *name, int32_t parts,
                       const struct store_kv *cfgs, size_t n)
{
    struct tu_done d = {0};
    struct topic *t = NULL;
    int rc = store_topic_create(st, name, parts, cfgs, n, tu_done_cb, &d, &t, NULL);
    cr_assert_eq(rc, 0, "create %s: %d", name, rc);
    tu_wait(st, &d);
    cr_assert_eq(d.status, 0);
    return t;
}

int tu_append(struct store *st, struct log *lg, const uint8_t *b, size_t len, bool durable,
              int64_t now_ms, int64_t *base)
{
    struct tu_done d = {0};
    struct log_append_result res;
    struct log_append_opts o = {now_ms, durable, 0, tu_append_cb, &d};
    int rc = log_append(lg, b, len, &o, &res);
    if (rc)
        return rc;
    if (base)
        *base = res.base_offset;
    if (res.pending) {
        tu_wait(st, &d);
        return d.status;
    }
    return 0;
}

int64_t tu_append_simple(struct log *lg, int n, size_t value_size, int64_t ts, bool durable)
{
    size_t len;
    uint8_t *b = tb_simple(&len, n, value_size, ts, (uint32_t)ts);
    struct log_append_result res;
    struct log_append_opts o = {ts, durable, 0, NULL, NULL};
    int rc = log_append(lg, b, len, &o, &res);
    free(b);
    return rc ? rc : res.base_offset;
}

uint8_t *tu_read_all(struct log *lg, int64_t from, size_t *len)
{
    size_t cap = 1 << 16, got = 0;
    uint8_t *buf = malloc(cap);
    int64_t off = from;
    for (;;) {
        size_t n;
        int64_t next;
        if (cap - got < (1 << 12)) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        int rc = log_read_batches(lg, off, buf + got, cap - got, &n, &next);
        if (rc == -E_TOOBIG) {
            cap = cap * 2 + n;
            buf = realloc(buf, cap);
            continue;
        }
        cr_assert_eq(rc, 0, "read_batches at %ld: %d", (long)off, rc);
        if (n == 0)
            break;
        got += n;
        off = next;
    }
    *len = got;
    return buf;
}

int tu_count_batches(const uint8_t *p, size_t len, int *records)
{
    int n = 0, r = 0;
    size_t pos = 0;
    while (pos < len) {
        struct batch_header h;
        cr_assert_eq(batch_parse_header(p + pos, len - pos, &h), 0);
        r += h.records_count;
        pos += (size_t)batch_size(&h);
        n++;
    }
    cr_assert_eq(pos, len);
    if (records)
        *records = r;
    return n;
}

int64_t tu_file_size(const char *path)
{
    struct stat s;
    return stat(path, &s) == 0 ? (int64_t)s.st_size : -1;
}
