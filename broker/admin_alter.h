/*
 * admin_alter.h - the rules AlterConfigs (key 33, legacy: replace every
 * override of a resource) and IncrementalAlterConfigs (key 44, KIP-339:
 * SET / DELETE / APPEND / SUBTRACT per key) share. Both handlers translate
 * their request into adm_alter_res and let adm_alter() check and apply it,
 * so the two APIs cannot drift apart.
 *
 * Order of checks, as Kafka 3.9's broker (ConfigAdminManager.preprocess)
 * and then its controller (ConfigurationControlManager) apply them:
 *   1. a resource named twice: INVALID_REQUEST for every copy;
 *   2. a config key named twice in one resource: INVALID_REQUEST;
 *   3. a null value (legacy: any; incremental: except DELETE);
 *   4. by resource type:
 *      BROKER        name "" or this node's id; every key that would get
 *                    a value is refused with INVALID_REQUEST (Kafka's
 *                    answer for a config that cannot be updated
 *                    dynamically: Sluice has none yet); DELETE is a no-op;
 *      BROKER_LOGGER (incremental only) this node's id; Sluice has no
 *                    loggers, so SET/DELETE name an unknown logger
 *                    (INVALID_CONFIG) and APPEND/SUBTRACT are refused;
 *      TOPIC         APPEND/SUBTRACT only on LIST configs, then the name,
 *                    then each resulting value (INVALID_CONFIG naming the
 *                    key; unknown keys included), then existence
 *                    (UNKNOWN_TOPIC_OR_PARTITION); applied unless
 *                    validate_only, answered once durable;
 *      anything else INVALID_REQUEST "Unknown resource type".
 */
#ifndef SLUICE_ADMIN_ALTER_H
#define SLUICE_ADMIN_ALTER_H

#include <stdbool.h>
#include <stdint.h>

#include "protocol/kbuf.h"

struct request;
struct adm_pending;

struct adm_alter_op {
    struct kstr name;
    int8_t op; /* enum adm_op; legacy requests use ADM_OP_SET */
    struct kstr value;
};

struct adm_alter_res {
    int8_t type;
    struct kstr name;
    const struct adm_alter_op *ops;
    int32_t nops;
    /* Where the outcome goes (borrowed from the response entry). */
    int16_t *error_code;
    struct kstr *error_message;
};

/*
 * Check and apply n resources. incremental selects KIP-339 semantics
 * (otherwise every override of a topic is replaced by the given set).
 * Storage changes register with pend; error codes and messages are written
 * at once or when the change is durable. Error messages are null on
 * success.
 */
void adm_alter(struct request *rq, struct adm_pending *pend, struct adm_alter_res *res, int32_t n,
               bool incremental, bool validate_only);

#endif
