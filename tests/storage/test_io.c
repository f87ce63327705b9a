/* test_io.c - the file-operation table's helpers. */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "protocol/status.h"
#include "storage/io.h"
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

TestSuite(io, .init = setup, .fini = teardown);

Test(io, status_mapping)
{
    cr_assert_eq(sio_status(-ENOSPC), -E_NOSPC);
    cr_assert_eq(sio_status(-EDQUOT), -E_NOSPC);
    cr_assert_eq(sio_status(-ENOENT), -E_NOTFOUND);
    cr_assert_eq(sio_status(-EEXIST), -E_EXISTS);
    cr_assert_eq(sio_status(-EIO), -E_IO);
    cr_assert_eq(sio_status(-EROFS), -E_IO);
    cr_assert_eq(sio_status(7), 7);
}

Test(io, pwritev_all_retries_short_writes_across_iovecs)
{
    struct fio *f = fio_new(dir.data);
    const struct sio *io = fio_io(f);
    char path[4200];
    snprintf(path, sizeof path, "%s/x", dir.data);
    int fd = io->open(io->ctx, SIO_CWD, path, O_CREAT | O_RDWR, 0644);
    cr_assert_geq(fd, 0);
    char a[10] = "0123456789", b[5] = "abcde";
    struct iovec iov[2] = {{a, 10}, {b, 5}};
    fio_fail_next(f, FIO_WRITE, 0, 7, NULL); /* 7 bytes, then a short return */
    cr_assert_eq(sio_pwritev_all(io, fd, iov, 2, 100), 0);
    char got[15];
    cr_assert_eq(sio_pread_all(io, fd, got, 15, 100), 15);
    cr_assert_eq(memcmp(got, "0123456789abcde", 15), 0);
    cr_assert_eq(memcmp(a, "0123456789", 10), 0, "caller's iovecs untouched");
    cr_assert_eq(sio_pread_all(io, fd, got, 15, 110), 5, "short at end of file");
    io->close(io->ctx, fd);
    fio_free(f);
}

Test(io, read_file_respects_cap)
{
    const struct sio *io = sio_posix();
    char path[4200];
    snprintf(path, sizeof path, "%s/f", dir.data);
    int fd = open(path, O_CREAT | O_WRONLY, 0644);
    cr_assert_eq(write(fd, "hello", 5), 5);
    close(fd);
    uint8_t *p;
    size_t n;
    cr_assert_eq(sio_read_file(io, SIO_CWD, path, 4, &p, &n), -E_TOOBIG);
    cr_assert_eq(sio_read_file(io, SIO_CWD, path, 5, &p, &n), 0);
    cr_assert_eq(n, 5);
    free(p);
    snprintf(path, sizeof path, "%s/none", dir.data);
    cr_assert_eq(sio_read_file(io, SIO_CWD, path, 5, &p, &n), -E_NOTFOUND);
}

static int count_cb(void *arg, const char *name)
{
    (void)name;
    (*(int *)arg)++;
    return 0;
}

Test(io, list_sees_every_entry_of_a_large_directory)
{
    const struct sio *io = sio_posix();
    char path[4200];
    for (int i = 0; i < 3000; i++) {
        snprintf(path, sizeof path, "%s/a-rather-long-file-name-to-fill-buffers-%05d.log",
                 dir.data, i);
        int fd = open(path, O_CREAT | O_WRONLY, 0644);
        close(fd);
    }
    int n = 0;
    cr_assert_eq(io->list(io->ctx, SIO_CWD, dir.data, count_cb, &n), 0);
    cr_assert_eq(n, 3000, "'.' and '..' are skipped, nothing lost across getdents calls");
    cr_assert_eq(sio_status(io->list(io->ctx, SIO_CWD, "/nonexistent-dir", count_cb, &n)),
                 -E_NOTFOUND);
}

Test(io, remove_tree_and_mkdir)
{
    const struct sio *io = sio_posix();
    char path[4200];
    snprintf(path, sizeof path, "%s/t", dir.data);
    cr_assert_eq(sio_mkdir_p1(io, SIO_CWD, path), 0);
    cr_assert_eq(sio_mkdir_p1(io, SIO_CWD, path), 0, "existing is fine");
    snprintf(path, sizeof path, "%s/t/u", dir.data);
    cr_assert_eq(sio_mkdir_p1(io, SIO_CWD, path), 0);
    snprintf(path, sizeof path, "%s/t/u/f", dir.data);
    close(open(path, O_CREAT | O_WRONLY, 0644));
    snprintf(path, sizeof path, "%s/t", dir.data);
    cr_assert_eq(sio_remove_tree(io, SIO_CWD, path), 0);
    cr_assert_eq(access(path, F_OK), -1);
    cr_assert_eq(sio_remove_tree(io, SIO_CWD, path), 0, "missing is fine");
    cr_assert_eq(sio_fsync_dir(io, SIO_CWD, dir.data), 0);
}

Test(io, path_overflow_is_an_error)
{
    char small[8];
    cr_assert_eq(sio_path(small, sizeof small, "%s", "123456789"), -E_INVAL);
    cr_assert_eq(sio_path(small, sizeof small, "%s", "1234567"), 0);
}
