/* test_checkpoint.c - crash-safe small files and the offsets checkpoint. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "protocol/status.h"
#include "storage/checkpoint.h"
#include "faultio.h"
#include "tutil.h"

static struct tu_dir dir;

static void setup(void)
{
    tu_mkdir(&dir);
    cr_assert_eq(mkdir(dir.data, 0755), 0);
}

static void teardown(void)
{
    tu_cleanup(&dir);
}

TestSuite(checkpoint, .init = setup, .fini = teardown);

Test(checkpoint, write_read_round_trip)
{
    const struct sio *io = sio_posix();
    cr_assert_eq(ckpt_write(io, dir.data, "f", CKPT_TOPIC, "hello", 5), 0);
    uint8_t *p;
    size_t len;
    cr_assert_eq(ckpt_read(io, dir.data, "f", CKPT_TOPIC, 100, &p, &len), 0);
    cr_assert_eq(len, 5);
    cr_assert_eq(memcmp(p, "hello", 5), 0);
    free(p);
    cr_assert_eq(ckpt_read(io, dir.data, "f", CKPT_OFFSETS, 100, &p, &len), -E_CORRUPT);
    cr_assert_eq(ckpt_read(io, dir.data, "f", CKPT_TOPIC, 2, &p, &len), -E_TOOBIG);
    cr_assert_eq(ckpt_read(io, dir.data, "g", CKPT_TOPIC, 100, &p, &len), -E_NOTFOUND);
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s/f.tmp", dir.data);
    cr_assert_eq(access(tmp, F_OK), -1, "no temp file left");
}

Test(checkpoint, detects_corruption_and_truncation)
{
    const struct sio *io = sio_posix();
    cr_assert_eq(ckpt_write(io, dir.data, "f", CKPT_TOPIC, "payload!", 8), 0);
    char path[4200];
    snprintf(path, sizeof path, "%s/f", dir.data);
    int fd = open(path, O_RDWR);
    uint8_t c = 'X';
    cr_assert_eq(pwrite(fd, &c, 1, CKPT_HEADER_BYTES + 2), 1);
    close(fd);
    uint8_t *p;
    size_t len;
    cr_assert_eq(ckpt_read(io, dir.data, "f", CKPT_TOPIC, 100, &p, &len), -E_CORRUPT);
    cr_assert_eq(truncate(path, 10), 0);
    cr_assert_eq(ckpt_read(io, dir.data, "f", CKPT_TOPIC, 100, &p, &len), -E_CORRUPT);
}

Test(checkpoint, failed_replace_keeps_old_file)
{
    struct fio *f = fio_new(dir.data);
    const struct sio *io = fio_io(f);
    cr_assert_eq(ckpt_write(io, dir.data, "f", CKPT_TOPIC, "old", 3), 0);
    fio_fail_next(f, FIO_FSYNC, 5 /* EIO */, 0, NULL);
    cr_assert_eq(ckpt_write(io, dir.data, "f", CKPT_TOPIC, "new", 3), -E_IO);
    uint8_t *p;
    size_t len;
    cr_assert_eq(ckpt_read(io, dir.data, "f", CKPT_TOPIC, 100, &p, &len), 0);
    cr_assert_eq(memcmp(p, "old", 3), 0);
    free(p);
    fio_free(f);
}

Test(checkpoint, crash_during_replace_leaves_old_or_new)
{
    for (uint64_t n = 1; n < 12; n++) {
        struct fio *f = fio_new(dir.data);
        const struct sio *io = fio_io(f);
        cr_assert_eq(ckpt_write(io, dir.data, "f", CKPT_TOPIC, "old", 3), 0);
        uint64_t base = fio_calls(f);
        fio_set_crash_at(f, base + n);
        (void)ckpt_write(io, dir.data, "f", CKPT_TOPIC, "new!", 4);
        fio_crash_apply(f, n * 31);
        uint8_t *p;
        size_t len;
        cr_assert_eq(ckpt_read(sio_posix(), dir.data, "f", CKPT_TOPIC, 100, &p, &len), 0,
                     "crash at call %llu", (unsigned long long)n);
        cr_assert((len == 3 && !memcmp(p, "old", 3)) || (len == 4 && !memcmp(p, "new!", 4)));
        free(p);
        fio_free(f);
    }
}

Test(checkpoint, offsets_encode_decode)
{
    struct ckpt_offsets_entry e[3] = {
        {.partition = 0, .recovery_point = 10, .log_start_offset = 1},
        {.partition = 1, .recovery_point = 20, .log_start_offset = 2},
        {.partition = 2, .recovery_point = 30, .log_start_offset = 3},
    };
    e[1].topic_id.b[0] = 7;
    uint8_t *p;
    size_t len;
    cr_assert_eq(ckpt_offsets_encode(e, 3, &p, &len), 0);
    struct ckpt_offsets_entry *d;
    size_t n;
    cr_assert_eq(ckpt_offsets_decode(p, len, &d, &n), 0);
    cr_assert_eq(n, 3);
    cr_assert_eq(d[1].topic_id.b[0], 7);
    cr_assert_eq(d[2].recovery_point, 30);
    free(d);
    cr_assert_eq(ckpt_offsets_decode(p, len - 1, &d, &n), -E_CORRUPT);
    p[0] = 0x40; /* a count far beyond the bytes */
    cr_assert_eq(ckpt_offsets_decode(p, len, &d, &n), -E_CORRUPT);
    free(p);
}
