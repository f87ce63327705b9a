/*
 * harness.h - start a real build/sluice for a compat test: a free loopback
 * port, its own data folder, stopped by PID (SIGTERM for a clean stop,
 * SIGKILL for a crash), restartable on the same port and data.
 */
#ifndef SLUICE_COMPAT_HARNESS_H
#define SLUICE_COMPAT_HARNESS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct broker_proc {
    pid_t pid;
    int port;
    int gateway_port;
    char dir[256];       /* temp folder: data/ and broker.log inside */
    char bootstrap[64];  /* "127.0.0.1:port" */
    char extra[16][160]; /* extra --set arguments */
    int nextra;
};

/* A free TCP port on 127.0.0.1 (bound, read, closed). */
int hx_free_port(void);
/* Prepare a broker description with a fresh temp folder; extra settings are
 * NULL-terminated "key=value" strings. */
void hx_init(struct broker_proc *bp, const char *const *settings);
/* Fork and exec the broker without waiting for it (a crash during
 * start-up). Returns 0 or -1. */
int hx_launch(struct broker_proc *bp);
/* Start the broker and wait until it logs event=started (15 s max).
 * Returns 0, or -1 after printing the log. */
int hx_start(struct broker_proc *bp);
/* SIGTERM and wait for exit; returns the exit status (0 for a clean stop)
 * or -1 on timeout (after SIGKILL). */
int hx_stop(struct broker_proc *bp);
/* SIGKILL and reap: a crash. */
void hx_kill(struct broker_proc *bp);
/* Stop if running and remove the temp folder. */
void hx_cleanup(struct broker_proc *bp);
/* True while the process is alive. */
bool hx_alive(struct broker_proc *bp);
/* Run a shell command with a time limit; returns its exit status, its
 * stdout in out (NUL-terminated, truncated to outlen). */
int hx_run(char *out, size_t outlen, int timeout_s, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Count occurrences of needle in the broker's log. */
int hx_log_count(struct broker_proc *bp, const char *needle);
/* Resident set size of the broker in KiB (from /proc), or -1. */
long hx_rss_kib(struct broker_proc *bp);
/* Any "Name:  N kB" field of /proc/<pid>/status (VmRSS, VmHWM ...), or -1. */
long hx_status_kib(struct broker_proc *bp, const char *field);
/* Reset the broker's peak RSS (VmHWM) to its current RSS (writes 5 to
 * /proc/<pid>/clear_refs). Returns 0, or -1 where the kernel refuses. */
int hx_reset_peak_rss(struct broker_proc *bp);
/* Open file descriptors of the broker (entries of /proc/<pid>/fd), or -1. */
int hx_fd_count(struct broker_proc *bp);

#endif
