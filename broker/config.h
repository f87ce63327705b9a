/*
 * config.h - broker configuration: the embedded defaults (config_defs.def),
 * then a Kafka-style server.properties file, then --set overrides.
 */
#ifndef SLUICE_CONFIG_H
#define SLUICE_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum config_source { CFG_DEFAULT, CFG_FILE, CFG_OVERRIDE };

struct config_entry {
    char *name;
    char *value; /* "" = unset */
    enum config_source source;
    bool known;  /* listed in config_defs.def */
};

struct config {
    struct config_entry *entries;
    size_t count;
    size_t cap;
};

/* Fill c with the embedded defaults. Returns 0 or -E_NOMEM. */
int config_init(struct config *c);
void config_destroy(struct config *c);
/* Read a properties file (`key=value` or `key: value`, # and ! comments,
 * backslash line continuations). On error writes a reason into err. */
int config_load_file(struct config *c, const char *path, char *err, size_t errlen);
/* Set one value; accepts Kafka's aliases (broker.id, log.dir). Values are
 * checked against the declared type: -E_INVAL with a reason in err. */
int config_set(struct config *c, const char *name, const char *value, enum config_source source,
               char *err, size_t errlen);
/* Parse "key=value" (the --set form). */
int config_set_pair(struct config *c, const char *pair, char *err, size_t errlen);

/* The value, or NULL when unset. */
const char *config_get(const struct config *c, const char *name);
int64_t config_get_i64(const struct config *c, const char *name, int64_t fallback);
bool config_get_bool(const struct config *c, const char *name, bool fallback);
const struct config_entry *config_entry(const struct config *c, const char *name);

/* Print every known setting with its default and description (--help). */
void config_print_help(void);

#endif
