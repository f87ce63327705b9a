/*
 * compq.h - the completion queue: how storage's background threads hand
 * results back to the event-loop thread.
 *
 * Worker threads post items; posting writes to an eventfd. The broker
 * watches that fd (store_completion_fd) with its event loop and, when it
 * becomes readable, calls store_run_completions(), which takes every item
 * and runs it on the loop thread. So completion callbacks always run on
 * the thread that owns broker state, and storage never depends on
 * libevent.
 */
#ifndef SLUICE_STORAGE_COMPQ_H
#define SLUICE_STORAGE_COMPQ_H

#include <pthread.h>

struct compq_item {
    struct compq_item *next;
    void (*run)(struct compq_item *item); /* runs on the loop thread */
};

struct compq {
    int efd;
    pthread_mutex_t mu;
    struct compq_item *head;
    struct compq_item *tail;
};

/* 0 or a negative status (-E_IO when no eventfd can be made). */
int compq_init(struct compq *q);
void compq_destroy(struct compq *q);
/* Any thread: queue item and wake the loop. */
void compq_post(struct compq *q, struct compq_item *item);
/* Loop thread: clear the eventfd and take every queued item, in posting
 * order (NULL when none). */
struct compq_item *compq_take_all(struct compq *q);
/* Block up to timeout_ms (-1 forever) until the eventfd is readable; for
 * callers without an event loop (tests, store_close, the benchmark).
 * Returns 1 if readable, 0 on timeout. */
int compq_wait(struct compq *q, int timeout_ms);

#endif
