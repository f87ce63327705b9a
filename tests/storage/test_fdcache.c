/* test_fdcache.c - refcounted files and the bounded LRU of open segments. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "storage/fdcache.h"
#include "storage/storage_int.h"
#include "tutil.h"

struct node {
    struct fdc_node n;
    bool pinned;
    int evicted;
};

static bool evict(struct fdc_node *n)
{
    struct node *x = (struct node *)n;
    if (x->pinned)
        return false;
    x->evicted++;
    return true;
}

Test(fdcache, lru_evicts_least_recent_and_skips_pinned)
{
    struct fdcache c;
    fdc_init(&c, 2, evict);
    struct node a = {0}, b = {0}, d = {0};
    fdc_touch(&c, &a.n);
    fdc_touch(&c, &b.n);
    fdc_touch(&c, &a.n);
    fdc_touch(&c, &d.n);
    cr_assert_eq(b.evicted, 1);
    cr_assert_eq(a.evicted, 0);
    cr_assert_eq(c.n, 2);
    a.pinned = true;
    fdc_touch(&c, &d.n);
    fdc_touch(&c, &b.n);
    cr_assert_eq(a.evicted, 0, "pinned");
    cr_assert_eq(d.evicted, 1);
    fdc_remove(&c, &a.n);
    fdc_remove(&c, &b.n);
    cr_assert_eq(c.n, 0);
}

Test(fdcache, sfile_closes_on_last_reference)
{
    int fd = open("/dev/null", O_RDONLY);
    struct sfile *f = sfile_new(sio_posix(), fd);
    sfile_ref(f);
    sfile_unref(f);
    cr_assert_neq(fcntl(fd, F_GETFD), -1, "still open");
    sfile_unref(f);
    cr_assert_eq(fcntl(fd, F_GETFD), -1, "closed");
}

static int count_fds(void)
{
    int n = 0;
    DIR *d = opendir("/proc/self/fd");
    while (readdir(d))
        n++;
    closedir(d);
    return n;
}

Test(fdcache, thousand_partitions_stay_within_descriptor_budget)
{
    struct tu_dir dir;
    struct store_config cfg;
    tu_mkdir(&dir);
    tu_config(&cfg, &dir, NULL);
    cfg.sluice_open_segments_max = 16;
    struct store *st = tu_open(&cfg);
    int before = count_fds();
    struct topic *t = tu_topic(st, "many", 1000, NULL, 0);
    for (int p = 0; p < 1000; p++)
        cr_assert_eq(tu_append_simple(topic_log(t, p), 1, 10, 1, false), 0);
    for (int p = 0; p < 1000; p += 7) {
        size_t n;
        uint8_t *all = tu_read_all(topic_log(t, p), 0, &n);
        cr_assert_gt(n, 0);
        free(all);
    }
    tu_drain(st);
    cr_assert_leq(count_fds() - before, 16 + 4);
    cr_assert_gt(st->fdc.evictions, 900);
    store_close(st);
    st = tu_open(&cfg);
    t = store_topic_find(st, "many");
    for (int p = 0; p < 1000; p++)
        cr_assert_eq(tu_append_simple(topic_log(t, p), 1, 10, 2, false), 1);
    cr_assert_leq(count_fds() - before, 16 + 4);
    store_close(st);
    tu_cleanup(&dir);
}
