/*
 * blog.h - the broker's event log: one line per event on stderr,
 * `ts=... level=... event=... key=value ...`. Never payloads or secrets.
 */
#ifndef SLUICE_BLOG_H
#define SLUICE_BLOG_H

enum blog_level { BLOG_DEBUG, BLOG_INFO, BLOG_WARN, BLOG_ERROR };

/* Lines below this level are dropped (default BLOG_INFO). */
void blog_set_level(enum blog_level level);
/* Parse "debug" / "info" / "warn" / "error"; returns -1 if unknown. */
int blog_parse_level(const char *name);
/* Write one event: `event` is a short snake_case name; fmt adds key=value
 * pairs (may be NULL). */
void blog(enum blog_level level, const char *event, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
