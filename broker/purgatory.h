/*
 * purgatory.h - requests parked until something happens or time runs out:
 * long-poll Fetch waiting for data, and anything else that waits on a
 * "key" (an opaque pointer, e.g. a partition log).
 *
 * A parked request watches one or more keys. purg_notify(key) calls the
 * wake callback of every request watching key; the callback decides
 * whether to finish (purg_unpark + rq_finish) or keep waiting. When the
 * deadline passes, the timeout callback runs instead (the request is
 * already unparked then). Everything runs on the loop thread.
 */
#ifndef SLUICE_PURGATORY_H
#define SLUICE_PURGATORY_H

#include <stddef.h>
#include <stdint.h>

struct event_base;
struct request;
struct purgatory;
struct parked;

typedef void (*purg_cb)(struct parked *p, void *arg);

struct purgatory *purg_new(struct event_base *base);
/* Frees parked entries without calling callbacks (shutdown only). */
void purg_free(struct purgatory *pg);

/* Park: watch keys[0..nkeys), wake on notify, time out after timeout_ms.
 * Returns the handle, or NULL on allocation failure. */
struct parked *purg_park(struct purgatory *pg, const void *const *keys, size_t nkeys,
                         int64_t timeout_ms, purg_cb on_wake, purg_cb on_timeout, void *arg);
/* Stop watching and cancel the timer; the handle is freed. */
void purg_unpark(struct parked *p);
/* Wake every request watching key. Safe if callbacks unpark themselves. */
void purg_notify(struct purgatory *pg, const void *key);
/* Fire every parked timeout now (shutdown: answer everyone early). */
void purg_expire_all(struct purgatory *pg);
/* How many requests are parked (tests, metrics). */
size_t purg_count(const struct purgatory *pg);

#endif
