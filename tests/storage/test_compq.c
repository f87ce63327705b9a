/* test_compq.c - the completion queue between storage threads and the loop. */
#include <criterion/criterion.h>
#include <poll.h>
#include <pthread.h>

#include "storage/compq.h"

struct item {
    struct compq_item it;
    int n;
};

static int ran[8], nran;
static void run(struct compq_item *it)
{
    ran[nran++] = ((struct item *)it)->n;
}

static struct compq q;
static struct item items[4];

static void *poster(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++) {
        items[i].n = i;
        items[i].it.run = run;
        compq_post(&q, &items[i].it);
    }
    return NULL;
}

Test(compq, posts_from_a_thread_arrive_in_order_and_wake_the_fd)
{
    cr_assert_eq(compq_init(&q), 0);
    cr_assert_null(compq_take_all(&q));
    cr_assert_eq(compq_wait(&q, 0), 0);
    pthread_t t;
    pthread_create(&t, NULL, poster, NULL);
    pthread_join(t, NULL);
    struct pollfd p = {.fd = q.efd, .events = POLLIN};
    cr_assert_eq(poll(&p, 1, 0), 1, "the eventfd is readable");
    nran = 0;
    for (struct compq_item *it = compq_take_all(&q); it;) {
        struct compq_item *n = it->next;
        it->run(it);
        it = n;
    }
    cr_assert_eq(nran, 4);
    for (int i = 0; i < 4; i++)
        cr_assert_eq(ran[i], i);
    cr_assert_eq(poll(&p, 1, 0), 0, "drained");
    compq_destroy(&q);
}
