/*
 * TLS with ALPN: a self-signed certificate made here, clients negotiating
 * http/1.1 (then an HTTP/1.1 request) and h2 (then the server's SETTINGS).
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <event2/util.h>

#include "gateway/gw_int.h"
#include "gw_harness.h"

static struct harness H;
static char dir[256], cert[300], key[300];

static void make_cert(void)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/gwtlsXXXXXX", tmp ? tmp : "/tmp");
    cr_assert(mkdtemp(dir));
    snprintf(cert, sizeof cert, "%s/cert.pem", dir);
    snprintf(key, sizeof key, "%s/key.pem", dir);
    EVP_PKEY *pk = EVP_EC_gen("P-256");
    X509 *x = X509_new();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 3600);
    X509_set_pubkey(x, pk);
    X509_NAME *n = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_ASC, (const unsigned char *)"localhost", -1, -1, 0);
    X509_set_issuer_name(x, n);
    cr_assert(X509_sign(x, pk, EVP_sha256()));
    FILE *f = fopen(cert, "w");
    PEM_write_X509(f, x);
    fclose(f);
    f = fopen(key, "w");
    PEM_write_PrivateKey(f, pk, NULL, NULL, 0, NULL, NULL);
    fclose(f);
    X509_free(x);
    EVP_PKEY_free(pk);
}

static void setup(void)
{
    make_cert();
    char c[400], k[400];
    snprintf(c, sizeof c, "sluice.gateway.tls.cert=%s", cert);
    snprintf(k, sizeof k, "sluice.gateway.tls.key=%s", key);
    const char *const s[] = {c, k, NULL};
    hx_init(&H, s);
}

static void teardown(void)
{
    hx_fini(&H);
    unlink(cert);
    unlink(key);
    rmdir(dir);
}

TestSuite(gw_tls, .init = setup, .fini = teardown, .timeout = 10);

/* Client side of a TLS connection on a socketpair, handshake driven by
 * stepping the server loop. */
static SSL *tls_connect(SSL_CTX **ctxp, int *fdp, const unsigned char *alpn, unsigned alpn_len)
{
    int sv[2];
    cr_assert_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    cr_assert_eq(gw_adopt_fd(H.gw, sv[0], true), 0);
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_alpn_protos(ctx, alpn, alpn_len);
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, sv[1]);
    evutil_make_socket_nonblocking(sv[1]);
    int rc = 0;
    for (int i = 0; i < 200; i++) {
        rc = SSL_connect(ssl);
        if (rc == 1)
            break;
        int e = SSL_get_error(ssl, rc);
        cr_assert(e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE, "handshake error %d", e);
        hx_pump(&H, 1);
    }
    cr_assert_eq(rc, 1, "handshake did not finish");
    *ctxp = ctx;
    *fdp = sv[1];
    return ssl;
}

static size_t tls_read_some(SSL *ssl, char *buf, size_t cap, size_t want)
{
    size_t got = 0;
    for (int i = 0; i < 200 && got < want; i++) {
        int n = SSL_read(ssl, buf + got, (int)(cap - got));
        if (n > 0)
            got += (size_t)n;
        else
            hx_pump(&H, 1);
    }
    return got;
}

Test(gw_tls, alpn_http11_serves_http11)
{
    SSL_CTX *ctx;
    int fd;
    SSL *ssl = tls_connect(&ctx, &fd, (const unsigned char *)"\x08http/1.1", 9);
    const unsigned char *p;
    unsigned n;
    SSL_get0_alpn_selected(ssl, &p, &n);
    cr_assert_eq(n, 8);
    cr_assert_eq(memcmp(p, "http/1.1", 8), 0);
    const char *req = "GET /x HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n";
    cr_assert_eq(SSL_write(ssl, req, (int)strlen(req)), (int)strlen(req));
    char buf[2048] = {0};
    size_t got = tls_read_some(ssl, buf, sizeof buf - 1, 12);
    cr_assert_geq(got, 12);
    cr_assert(!strncmp(buf, "HTTP/1.1 400", 12), "%s", buf); /* a GET is not a Kinesis call */
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    close(fd);
}

Test(gw_tls, alpn_prefers_h2)
{
    SSL_CTX *ctx;
    int fd;
    SSL *ssl = tls_connect(&ctx, &fd, (const unsigned char *)"\x08http/1.1\x02h2", 12);
    const unsigned char *p;
    unsigned n;
    SSL_get0_alpn_selected(ssl, &p, &n);
    cr_assert_eq(n, 2);
    cr_assert_eq(memcmp(p, "h2", 2), 0);
    /* Preface + empty SETTINGS: the server answers with its SETTINGS. */
    const char pre[] = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\x00\x00\x00\x04\x00\x00\x00\x00\x00";
    cr_assert_eq(SSL_write(ssl, pre, 33), 33);
    unsigned char buf[256];
    size_t got = tls_read_some(ssl, (char *)buf, sizeof buf, 9);
    cr_assert_geq(got, 9);
    cr_assert_eq(buf[3], 0x04, "first frame is SETTINGS");
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    close(fd);
}

static void quiet(void *arg, const char *line)
{
    (void)arg;
    (void)line;
}

Test(gw_tls, bad_key_files_fail_gw_new)
{
    struct gw_config c;
    gw_config_init(&c);
    const char *why;
    gw_config_set(&c, "sluice.gateway.listener", "", &why);
    gw_config_set(&c, "sluice.gateway.tls.cert", "/nonexistent/cert.pem", &why);
    gw_config_set(&c, "sluice.gateway.tls.key", key, &why);
    c.log_fn = quiet;
    int err = 0;
    struct gateway *gw = gw_new(H.base, &c, mem_backend_iface(H.mem), &err);
    cr_assert_null(gw);
    cr_assert_neq(err, 0);
    gw_config_destroy(&c);
}
