/*
 * gw_tls.c - the TLS listener's server context: certificate, key, and ALPN.
 *
 * ALPN offers "h2" first, then "http/1.1" (RFC 7301); a client that sends no
 * ALPN still works because the connection layer sniffs the first bytes for
 * the HTTP/2 preface either way.
 */
#include "gateway/gw_int.h"

#include <event2/bufferevent.h>
#include <event2/bufferevent_ssl.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <string.h>

#include "protocol/status.h"

/* Wire format: length-prefixed protocol names, our order of preference. */
static const unsigned char ALPN_PROTOS[] = "\x02h2\x08http/1.1";

static int alpn_select(SSL *ssl, const unsigned char **out, unsigned char *outlen,
                       const unsigned char *in, unsigned int inlen, void *arg)
{
    (void)ssl;
    (void)arg;
    unsigned char *sel;
    if (SSL_select_next_proto(&sel, outlen, ALPN_PROTOS, sizeof ALPN_PROTOS - 1, in, inlen) !=
        OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_NOACK;
    *out = sel;
    return SSL_TLSEXT_ERR_OK;
}

int gw_tls_ctx_new(struct gateway *gw, const char *cert, const char *key)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (!ctx)
        return -E_NOMEM;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
    if (SSL_CTX_use_certificate_chain_file(ctx, cert) != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_check_private_key(ctx) != 1) {
        unsigned long e = ERR_get_error();
        char msg[256];
        ERR_error_string_n(e, msg, sizeof msg);
        gw_log(gw, "event=tls_config_failed cert=%s key=%s error=\"%s\"", cert, key, msg);
        ERR_clear_error();
        SSL_CTX_free(ctx);
        return -E_INVAL;
    }
    SSL_CTX_set_alpn_select_cb(ctx, alpn_select, NULL);
    gw->ssl_ctx = ctx;
    return 0;
}

void gw_tls_ctx_free(struct gateway *gw)
{
    SSL_CTX_free(gw->ssl_ctx);
    gw->ssl_ctx = NULL;
}

struct bufferevent *gw_tls_bev_new(struct gateway *gw, int fd)
{
    SSL *ssl = SSL_new(gw->ssl_ctx);
    if (!ssl)
        return NULL;
    struct bufferevent *bev = bufferevent_openssl_socket_new(
        gw->base, fd, ssl, BUFFEREVENT_SSL_ACCEPTING, BEV_OPT_CLOSE_ON_FREE);
    if (!bev) {
        SSL_free(ssl);
        return NULL;
    }
    /* A peer that closes without close_notify ends the connection cleanly. */
    bufferevent_openssl_set_allow_dirty_shutdown(bev, 1);
    return bev;
}

const char *gw_tls_alpn(struct bufferevent *bev, char *buf, size_t cap)
{
    SSL *ssl = bufferevent_openssl_get_ssl(bev);
    if (!ssl || cap == 0)
        return NULL;
    const unsigned char *p;
    unsigned int n;
    SSL_get0_alpn_selected(ssl, &p, &n);
    if (!n || n >= cap)
        return NULL;
    memcpy(buf, p, n);
    buf[n] = '\0';
    return buf;
}
