/*
 * compq.c - completion queue between storage threads and the loop thread
 * (see compq.h). An eventfd is the doorbell; a mutex guards the list.
 */
#include "storage/compq.h"

#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "protocol/status.h"

int compq_init(struct compq *q)
{
    q->head = q->tail = NULL;
    q->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (q->efd < 0)
        return -E_IO;
    if (pthread_mutex_init(&q->mu, NULL)) {
        close(q->efd);
        return -E_NOMEM;
    }
    return 0;
}

void compq_destroy(struct compq *q)
{
    if (q->efd >= 0)
        close(q->efd);
    q->efd = -1;
    pthread_mutex_destroy(&q->mu);
}

void compq_post(struct compq *q, struct compq_item *item)
{
    item->next = NULL;
    pthread_mutex_lock(&q->mu);
    if (q->tail)
        q->tail->next = item;
    else
        q->head = item;
    q->tail = item;
    pthread_mutex_unlock(&q->mu);
    uint64_t one = 1;
    /* EAGAIN means the counter is already non-zero: the loop will wake. */
    ssize_t n;
    do {
        n = write(q->efd, &one, sizeof one);
    } while (n < 0 && errno == EINTR);
}

struct compq_item *compq_take_all(struct compq *q)
{
    uint64_t v;
    ssize_t n;
    do {
        n = read(q->efd, &v, sizeof v);
    } while (n < 0 && errno == EINTR);
    pthread_mutex_lock(&q->mu);
    struct compq_item *all = q->head;
    q->head = q->tail = NULL;
    pthread_mutex_unlock(&q->mu);
    return all;
}

int compq_wait(struct compq *q, int timeout_ms)
{
    struct pollfd p = {.fd = q->efd, .events = POLLIN};
    int rc;
    do {
        rc = poll(&p, 1, timeout_ms);
    } while (rc < 0 && errno == EINTR);
    return rc > 0 ? 1 : 0;
}
