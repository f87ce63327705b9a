/* test_store.c - store lifecycle, completion fd, tick, offline behaviour. */
#include <criterion/criterion.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "protocol/status.h"
#include "storage/checkpoint.h"
#include "storage/storage_int.h"
#include "faultio.h"
#include "tbatch.h"
#include "tutil.h"

static struct tu_dir dir;
static struct store_config cfg;

static void setup(void)
{
    tu_mkdir(&dir);
    tu_config(&cfg, &dir, NULL);
}

static void teardown(void)
{
    tu_cleanup(&dir);
}

TestSuite(store, .init = setup, .fini = teardown);

Test(store, open_creates_layout_and_uses_first_log_dir)
{
    char dirs[4300];
    snprintf(dirs, sizeof dirs, "%s,%s/second", dir.data, dir.base);
    cr_assert_eq(store_config_set(&cfg, "log.dirs", dirs), 0);
    struct store *st = tu_open(&cfg);
    cr_assert_not(store_clean_start(st));
    char p[4300];
    snprintf(p, sizeof p, "%s/topics", dir.data);
    cr_assert_eq(access(p, F_OK), 0);
    snprintf(p, sizeof p, "%s/second", dir.base);
    cr_assert_eq(access(p, F_OK), -1, "only the first entry is used");
    cr_assert_str_eq(store_get_config(st)->log_dirs, dirs);
    store_close(st);
    st = tu_open(&cfg);
    cr_assert(store_clean_start(st));
    store_close(st);
}

Test(store, completion_fd_becomes_readable_for_durable_appends)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    tu_drain(st);
    size_t len;
    uint8_t *b = tb_simple(&len, 1, 10, 1, 1);
    struct tu_done d = {0};
    struct log_append_result res;
    struct log_append_opts o = {1, true, 0, tu_append_cb, &d};
    cr_assert_eq(log_append(lg, b, len, &o, &res), 0);
    struct pollfd p = {.fd = store_completion_fd(st), .events = POLLIN};
    cr_assert_eq(poll(&p, 1, 5000), 1);
    cr_assert_eq(d.calls, 0, "callbacks only run from store_run_completions");
    while (!d.calls) {
        store_run_completions(st);
        if (!d.calls)
            poll(&p, 1, 100);
    }
    cr_assert_eq(d.status, 0);
    free(b);
    store_close(st);
}

static int64_t ckpt_rp(void)
{
    uint8_t *p;
    size_t len;
    if (ckpt_read(sio_posix(), dir.data, "partition-state-checkpoint", CKPT_OFFSETS, 1 << 20, &p,
                  &len))
        return -1;
    struct ckpt_offsets_entry *e;
    size_t n;
    cr_assert_eq(ckpt_offsets_decode(p, len, &e, &n), 0);
    int64_t rp = n ? e[0].recovery_point : -1;
    free(e);
    free(p);
    return rp;
}

Test(store, tick_checkpoints_recovery_points_on_interval)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    tu_append_simple(lg, 5, 10, 1, true);
    tu_drain(st);
    cr_assert_eq(log_recovery_point(lg), 5);
    store_tick(st, 10);
    tu_drain(st);
    int64_t first = ckpt_rp();
    tu_append_simple(lg, 5, 10, 2, true);
    tu_drain(st);
    store_tick(st, 20); /* before the interval */
    tu_drain(st);
    cr_assert_eq(ckpt_rp(), first);
    store_tick(st, 70000);
    tu_drain(st);
    cr_assert_eq(ckpt_rp(), 10);
    store_close(st);
}

Test(store, offline_store_refuses_work_and_restarts_unclean)
{
    struct fio *f = fio_new(dir.data);
    cfg.io = fio_io(f);
    struct store *st = tu_open(&cfg);
    struct topic *t = tu_topic(st, "t", 1, NULL, 0);
    tu_append_simple(topic_log(t, 0), 1, 10, 1, true);
    tu_drain(st);
    fio_fail_next(f, FIO_FSYNC, EIO, 0, NULL);
    struct tu_done d = {0};
    cr_assert_eq(store_topic_set_attrs(st, t, &(struct store_kv){"k", "v"}, 1, tu_done_cb, &d), 0);
    tu_wait(st, &d);
    cr_assert_neq(d.status, 0);
    cr_assert(store_offline(st));
    cr_assert_eq(store_topic_create(st, "u", 1, NULL, 0, NULL, NULL, NULL, NULL), -E_IO);
    cr_assert_eq(tu_append_simple(topic_log(t, 0), 1, 10, 1, false), -E_IO);
    int64_t lw;
    cr_assert_eq(log_delete_records(topic_log(t, 0), 0, NULL, NULL, &lw), -E_IO);
    store_close(st);
    cfg.io = NULL;
    st = tu_open(&cfg);
    cr_assert_not(store_clean_start(st), "no marker after an offline shutdown");
    cr_assert_eq(log_end_offset(topic_log(store_topic_find(st, "t"), 0)), 1);
    store_close(st);
    fio_free(f);
}
