/* test_purgatory.c - parked requests wake on notify and time out. */
#include <criterion/criterion.h>
#include <event2/event.h>

#include "broker/purgatory.h"

struct probe {
    int woke;
    int timed_out;
    struct parked *handle;
    int finish_after; /* unpark itself on this wake */
};

static void on_wake(struct parked *p, void *arg)
{
    struct probe *pr = arg;
    pr->woke++;
    if (pr->woke == pr->finish_after) {
        purg_unpark(p);
        pr->handle = NULL;
    }
}

static void on_timeout(struct parked *p, void *arg)
{
    (void)p;
    struct probe *pr = arg;
    pr->timed_out++;
    pr->handle = NULL;
}

static void step(struct event_base *base, int n)
{
    for (int i = 0; i < n; i++)
        event_base_loop(base, EVLOOP_NONBLOCK | EVLOOP_ONCE);
}

Test(purgatory, notify_wakes_only_watchers_of_the_key)
{
    struct event_base *base = event_base_new();
    struct purgatory *pg = purg_new(base);
    int k1, k2;
    const void *keys_a[] = {&k1};
    const void *keys_b[] = {&k1, &k2};
    struct probe a = {.finish_after = 1}, b = {.finish_after = 2};
    a.handle = purg_park(pg, keys_a, 1, 10000, on_wake, on_timeout, &a);
    b.handle = purg_park(pg, keys_b, 2, 10000, on_wake, on_timeout, &b);
    cr_assert_eq(purg_count(pg), 2);
    purg_notify(pg, &k2);
    cr_assert_eq(a.woke, 0);
    cr_assert_eq(b.woke, 1);
    purg_notify(pg, &k1); /* a finishes, b finishes on its second wake */
    cr_assert_eq(a.woke, 1);
    cr_assert_eq(b.woke, 2);
    cr_assert_eq(purg_count(pg), 0);
    purg_notify(pg, &k1);
    cr_assert_eq(a.woke, 1);
    purg_free(pg);
    event_base_free(base);
}

Test(purgatory, deadline_fires_the_timeout_once)
{
    struct event_base *base = event_base_new();
    struct purgatory *pg = purg_new(base);
    int k;
    const void *keys[] = {&k};
    struct probe a = {.finish_after = 99};
    a.handle = purg_park(pg, keys, 1, 0, on_wake, on_timeout, &a);
    step(base, 5);
    cr_assert_eq(a.timed_out, 1);
    cr_assert_eq(purg_count(pg), 0);
    purg_notify(pg, &k);
    cr_assert_eq(a.woke, 0);
    purg_free(pg);
    event_base_free(base);
}

Test(purgatory, expire_all_answers_everyone)
{
    struct event_base *base = event_base_new();
    struct purgatory *pg = purg_new(base);
    int k;
    const void *keys[] = {&k};
    struct probe p[50] = {{0}};
    for (int i = 0; i < 50; i++)
        p[i].handle = purg_park(pg, keys, 1, 60000, on_wake, on_timeout, &p[i]);
    purg_expire_all(pg);
    for (int i = 0; i < 50; i++)
        cr_assert_eq(p[i].timed_out, 1);
    cr_assert_eq(purg_count(pg), 0);
    purg_free(pg);
    event_base_free(base);
}
