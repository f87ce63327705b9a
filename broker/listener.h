/*
 * listener.h - Kafka listeners (`listeners=PLAINTEXT://host:port,...`):
 * accept, socket options, connection limits.
 */
#ifndef SLUICE_LISTENER_H
#define SLUICE_LISTENER_H

struct broker;

struct listen_addr {
    char name[32]; /* PLAINTEXT */
    char host[256];
    int port;
};

/* Parse one "NAME://host:port" entry. Returns 0 or -E_INVAL. */
int listener_parse(const char *spec, struct listen_addr *out);
/* Open every configured listener; logs and returns -E_IO if one fails. */
int listener_start_all(struct broker *b);
/* Stop accepting (shutdown); open connections are untouched. */
void listener_stop_all(struct broker *b);
/* The port actually bound by the first listener (port 0 picks one). */
int listener_bound_port(const struct broker *b);

#endif
