/*
 * harness.c - broker processes for compat tests (see harness.h). Tests
 * only ever signal the PIDs they started.
 */
#include "compat-tests/harness.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int hx_free_port(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof a;
    if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) != 0 ||
        getsockname(fd, (struct sockaddr *)&a, &len) != 0) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    int port = ntohs(a.sin_port);
    close(fd);
    return port;
}

void hx_init(struct broker_proc *bp, const char *const *settings)
{
    memset(bp, 0, sizeof *bp);
    const char *tmp = getenv("TMPDIR");
    snprintf(bp->dir, sizeof bp->dir, "%s/sluice-compat-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(bp->dir)) {
        perror("mkdtemp");
        abort();
    }
    bp->port = hx_free_port();
    bp->gateway_port = hx_free_port();
    snprintf(bp->bootstrap, sizeof bp->bootstrap, "127.0.0.1:%d", bp->port);
    for (int i = 0; settings && settings[i] && i < 16; i++)
        snprintf(bp->extra[bp->nextra++], sizeof bp->extra[0], "%s", settings[i]);
}

static void print_log(struct broker_proc *bp)
{
    char path[300];
    snprintf(path, sizeof path, "%s/broker.log", bp->dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char line[1024];
    fprintf(stderr, "---- %s\n", path);
    while (fgets(line, sizeof line, f))
        fputs(line, stderr);
    fclose(f);
}

int hx_log_count(struct broker_proc *bp, const char *needle)
{
    char path[300];
    snprintf(path, sizeof path, "%s/broker.log", bp->dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    char line[2048];
    int n = 0;
    while (fgets(line, sizeof line, f))
        if (strstr(line, needle))
            n++;
    fclose(f);
    return n;
}

int hx_launch(struct broker_proc *bp)
{
    const char *bin = getenv("SLUICE_BIN");
    if (!bin || !*bin)
        bin = "build/sluice";
    char listen[64], data[300], gw[64], logpath[300];
    snprintf(listen, sizeof listen, "listeners=PLAINTEXT://127.0.0.1:%d", bp->port);
    snprintf(data, sizeof data, "log.dirs=%s/data", bp->dir);
    snprintf(gw, sizeof gw, "sluice.gateway.listener=127.0.0.1:%d", bp->gateway_port);
    snprintf(logpath, sizeof logpath, "%s/broker.log", bp->dir);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        /* A failed assertion ends the test process without hx_cleanup:
         * the broker must not outlive it. */
        if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent)
            _exit(127);
        int fd = open(logpath, O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (fd >= 0) {
            dup2(fd, 2);
            dup2(fd, 1);
            close(fd);
        }
        const char *argv[64];
        int n = 0;
        argv[n++] = bin;
        argv[n++] = "--set";
        argv[n++] = listen;
        argv[n++] = "--set";
        argv[n++] = data;
        argv[n++] = "--set";
        argv[n++] = gw;
        for (int i = 0; i < bp->nextra; i++) {
            argv[n++] = "--set";
            argv[n++] = bp->extra[i];
        }
        argv[n] = NULL;
        execv(bin, (char *const *)argv);
        _exit(127);
    }
    bp->pid = pid;
    return 0;
}

int hx_start(struct broker_proc *bp)
{
    int started_before = hx_log_count(bp, "event=started");
    if (hx_launch(bp) != 0)
        return -1;
    pid_t pid = bp->pid;
    double deadline = now_s() + 15;
    while (now_s() < deadline) {
        if (hx_log_count(bp, "event=started") > started_before)
            return 0;
        int st;
        if (waitpid(pid, &st, WNOHANG) == pid) {
            bp->pid = 0;
            fprintf(stderr, "broker exited during start-up\n");
            print_log(bp);
            return -1;
        }
        usleep(20000);
    }
    fprintf(stderr, "broker did not start within 15 s\n");
    print_log(bp);
    hx_kill(bp);
    return -1;
}

bool hx_alive(struct broker_proc *bp)
{
    if (bp->pid <= 0)
        return false;
    int st;
    if (waitpid(bp->pid, &st, WNOHANG) == bp->pid) {
        bp->pid = 0;
        return false;
    }
    return true;
}

int hx_stop(struct broker_proc *bp)
{
    if (bp->pid <= 0)
        return -1;
    kill(bp->pid, SIGTERM);
    double deadline = now_s() + 30;
    int st;
    while (now_s() < deadline) {
        if (waitpid(bp->pid, &st, WNOHANG) == bp->pid) {
            bp->pid = 0;
            return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        }
        usleep(20000);
    }
    hx_kill(bp);
    return -1;
}

void hx_kill(struct broker_proc *bp)
{
    if (bp->pid <= 0)
        return;
    kill(bp->pid, SIGKILL);
    int st;
    waitpid(bp->pid, &st, 0);
    bp->pid = 0;
}

void hx_cleanup(struct broker_proc *bp)
{
    if (bp->pid > 0)
        hx_kill(bp);
    if (bp->dir[0] && !getenv("SLUICE_KEEP")) {
        char cmd[320];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", bp->dir);
        (void)system(cmd);
    }
}

int hx_run(char *out, size_t outlen, int timeout_s, const char *fmt, ...)
{
    char cmd[4096], full[4200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    snprintf(full, sizeof full, "timeout %d sh -c '%s'", timeout_s, cmd);
    FILE *p = popen(full, "r");
    if (!p)
        return -1;
    size_t n = 0;
    if (out && outlen) {
        n = fread(out, 1, outlen - 1, p);
        out[n] = '\0';
    }
    char sink[4096];
    while (fread(sink, 1, sizeof sink, p) > 0)
        ;
    int st = pclose(p);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

long hx_status_kib(struct broker_proc *bp, const char *field)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/status", (int)bp->pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[256];
    long kib = -1;
    size_t flen = strlen(field);
    while (fgets(line, sizeof line, f))
        if (strncmp(line, field, flen) == 0 && line[flen] == ':')
            kib = strtol(line + flen + 1, NULL, 10);
    fclose(f);
    return kib;
}

long hx_rss_kib(struct broker_proc *bp)
{
    return hx_status_kib(bp, "VmRSS");
}

int hx_reset_peak_rss(struct broker_proc *bp)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/clear_refs", (int)bp->pid);
    int fd = open(path, O_WRONLY);
    if (fd < 0)
        return -1;
    ssize_t n = write(fd, "5", 1);
    close(fd);
    return n == 1 ? 0 : -1;
}

int hx_fd_count(struct broker_proc *bp)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/fd", (int)bp->pid);
    DIR *d = opendir(path);
    if (!d)
        return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.')
            n++;
    closedir(d);
    return n;
}
