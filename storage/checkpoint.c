/*
 * checkpoint.c - crash-safe small files (see checkpoint.h).
 */
#include "storage/checkpoint.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/crc32c.h"
#include "protocol/status.h"

#define CKPT_MAGIC 0x534c434bu /* "SLCK" */
#define CKPT_VERSION 1

int ckpt_write_at(const struct sio *io, int dirfd, const char *name, enum ckpt_kind kind,
                  const void *payload, size_t len)
{
    char tmp[4096];
    int rc = sio_path(tmp, sizeof tmp, "%s.tmp", name);
    if (rc)
        return rc;
    if (len > UINT32_MAX)
        return -E_TOOBIG;

    uint8_t hdr[CKPT_HEADER_BYTES];
    struct kwriter w;
    kw_init(&w);
    kw_u32(&w, CKPT_MAGIC);
    kw_u16(&w, CKPT_VERSION);
    kw_u16(&w, (uint16_t)kind);
    kw_u32(&w, (uint32_t)len);
    kw_u32(&w, crc32c(0, payload, len));
    if (w.err) {
        rc = w.err;
        kw_destroy(&w);
        return rc;
    }
    memcpy(hdr, w.buf, sizeof hdr);
    kw_destroy(&w);

    int fd = io->open(io->ctx, dirfd, tmp, O_CREAT | O_TRUNC | O_WRONLY, 0644);
    if (fd < 0)
        return sio_status(fd);
    struct iovec iov[2] = {{hdr, sizeof hdr}, {(void *)payload, len}};
    rc = sio_pwritev_all(io, fd, iov, len ? 2 : 1, 0);
    if (!rc)
        rc = sio_status(io->fsync(io->ctx, fd, false));
    int crc = io->close(io->ctx, fd);
    if (!rc && crc < 0)
        rc = sio_status(crc);
    if (!rc)
        rc = sio_status(io->rename(io->ctx, dirfd, tmp, dirfd, name));
    if (rc) {
        io->unlink(io->ctx, dirfd, tmp, false);
        return rc;
    }
    return sio_status(io->fsync(io->ctx, dirfd, false));
}

int ckpt_write(const struct sio *io, const char *dir, const char *name, enum ckpt_kind kind,
               const void *payload, size_t len)
{
    int dirfd = io->open(io->ctx, SIO_CWD, dir, O_RDONLY | O_DIRECTORY, 0);
    if (dirfd < 0)
        return sio_status(dirfd);
    int rc = ckpt_write_at(io, dirfd, name, kind, payload, len);
    int crc = io->close(io->ctx, dirfd);
    return rc ? rc : sio_status(crc);
}

int ckpt_read(const struct sio *io, const char *dir, const char *name, enum ckpt_kind kind,
              size_t max_len, uint8_t **payload, size_t *len)
{
    char path[4096];
    *payload = NULL;
    *len = 0;
    int rc = sio_path(path, sizeof path, "%s/%s", dir, name);
    if (rc)
        return rc;
    uint8_t *buf;
    size_t n;
    rc = sio_read_file(io, SIO_CWD, path, max_len + CKPT_HEADER_BYTES, &buf, &n);
    if (rc)
        return rc;
    struct kreader r;
    kr_init(&r, buf, n);
    uint32_t magic = kr_u32(&r);
    uint16_t version = kr_u16(&r);
    uint16_t k = kr_u16(&r);
    uint32_t plen = kr_u32(&r);
    uint32_t crc = kr_u32(&r);
    const uint8_t *p = kr_take(&r, plen);
    if (r.err || magic != CKPT_MAGIC || version != CKPT_VERSION || k != (uint16_t)kind ||
        kr_remaining(&r) != 0 || crc32c(0, p, plen) != crc) {
        free(buf);
        return -E_CORRUPT;
    }
    uint8_t *out = malloc(plen ? plen : 1);
    if (!out) {
        free(buf);
        return -E_NOMEM;
    }
    memcpy(out, p, plen);
    free(buf);
    *payload = out;
    *len = plen;
    return 0;
}

/* ------------------------------------------------------- offsets payload */

#define OFFSETS_ENTRY_BYTES (16 + 4 + 8 + 8)

int ckpt_offsets_encode(const struct ckpt_offsets_entry *e, size_t n, uint8_t **out, size_t *len)
{
    if (n > INT32_MAX)
        return -E_TOOBIG;
    struct kwriter w;
    kw_init(&w);
    kw_i32(&w, (int32_t)n);
    for (size_t i = 0; i < n; i++) {
        kw_uuid(&w, &e[i].topic_id);
        kw_i32(&w, e[i].partition);
        kw_i64(&w, e[i].recovery_point);
        kw_i64(&w, e[i].log_start_offset);
    }
    if (w.err) {
        int rc = w.err;
        kw_destroy(&w);
        return rc;
    }
    *out = w.buf; /* ownership moves to the caller */
    *len = w.len;
    return 0;
}

int ckpt_offsets_decode(const uint8_t *p, size_t len, struct ckpt_offsets_entry **out, size_t *n)
{
    struct kreader r;
    kr_init(&r, p, len);
    int32_t count = kr_array_len(&r, false, false, OFFSETS_ENTRY_BYTES);
    if (r.err)
        return -E_CORRUPT;
    struct ckpt_offsets_entry *e = calloc(count ? (size_t)count : 1, sizeof *e);
    if (!e)
        return -E_NOMEM;
    for (int32_t i = 0; i < count; i++) {
        kr_uuid(&r, &e[i].topic_id);
        e[i].partition = kr_i32(&r);
        e[i].recovery_point = kr_i64(&r);
        e[i].log_start_offset = kr_i64(&r);
    }
    if (r.err || kr_remaining(&r) || count < 0) {
        free(e);
        return -E_CORRUPT;
    }
    *out = e;
    *n = (size_t)count;
    return 0;
}
