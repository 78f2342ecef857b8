#ifndef CRESOLV_SHIM_H
#define CRESOLV_SHIM_H
/* libresolv for the server check. resolv.h names its functions through macros (res_ninit is __res_ninit, …) and
 * keeps the parsed-message accessors as macros too; Swift imports neither, so each gets a small wrapper here.
 * Every query uses a caller-owned res_state: a nameserver chosen for one check never leaks into another. */
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <resolv.h>
#include <netdb.h>
#include <string.h>
#include <stdlib.h>

/* A resolver state of its own, from /etc/resolv.conf; NULL when it cannot be set up. Timeouts are kept short
 * (each try waits `timeout_seconds`, `attempts` tries per nameserver) so a check never hangs on DNS. */
static inline res_state cr_open(int timeout_seconds, int attempts) {
    res_state state = (res_state)calloc(1, sizeof(struct __res_state));
    if (state == NULL) return NULL;
    if (res_ninit(state) != 0) { res_nclose(state); free(state); return NULL; }
    state->retrans = timeout_seconds;
    state->retry = attempts;
    return state;
}

/* Sends every query of this state to one IPv4 nameserver at `port` (for a DNS server of the tests on loopback,
 * or a person's own), instead of those of /etc/resolv.conf. 0 on success, -1 for an address that is not IPv4. */
static inline int cr_use_nameserver(res_state state, const char *ipv4, unsigned short port) {
    struct sockaddr_in address;
    memset(&address, 0, sizeof address);
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    if (inet_pton(AF_INET, ipv4, &address.sin_addr) != 1) return -1;
    state->nsaddr_list[0] = address;
    state->nscount = 1;
    return 0;
}

static inline void cr_close(res_state state) {
    if (state == NULL) return;
    res_nclose(state);
    free(state);
}

/* res_nquery: the answer's length, or -1 with the reason in state->res_h_errno (cr_h_errno). */
static inline int cr_query(res_state state, const char *name, int type, unsigned char *answer, int length) {
    return res_nquery(state, name, ns_c_in, type, answer, length);
}

static inline int cr_h_errno(res_state state) { return state->res_h_errno; }

static inline int cr_type_a(void)     { return ns_t_a; }
static inline int cr_type_aaaa(void)  { return ns_t_aaaa; }
static inline int cr_type_srv(void)   { return ns_t_srv; }
static inline int cr_type_naptr(void) { return ns_t_naptr; }
static inline int cr_host_not_found(void) { return HOST_NOT_FOUND; }
static inline int cr_no_data(void)        { return NO_DATA; }
static inline int cr_try_again(void)      { return TRY_AGAIN; }

/* The parser: a message handle and its records, read through accessor functions instead of the ns_msg_ and ns_rr_
 * macros. */
static inline int cr_init_parse(const unsigned char *message, int length, ns_msg *handle) {
    return ns_initparse(message, length, handle);
}
static inline int cr_answer_count(ns_msg *handle) { return ns_msg_count(*handle, ns_s_an); }
static inline int cr_parse_answer(ns_msg *handle, int index, ns_rr *record) {
    return ns_parserr(handle, ns_s_an, index, record);
}
static inline int cr_rr_type(const ns_rr *record) { return ns_rr_type(*record); }
static inline int cr_rr_length(const ns_rr *record) { return ns_rr_rdlen(*record); }
static inline const unsigned char *cr_rr_data(const ns_rr *record) { return ns_rr_rdata(*record); }
static inline const unsigned char *cr_msg_base(ns_msg *handle) { return ns_msg_base(*handle); }
static inline const unsigned char *cr_msg_end(ns_msg *handle) { return ns_msg_end(*handle); }
static inline unsigned int cr_get16(const unsigned char *at) { return ns_get16(at); }

/* A domain name at `at` (maybe compressed against the message), written as text into `name`; the number of bytes
 * it took in the message, or -1. */
static inline int cr_uncompress(ns_msg *handle, const unsigned char *at, char *name, size_t size) {
    return ns_name_uncompress(ns_msg_base(*handle), ns_msg_end(*handle), at, name, size);
}

/* An A or AAAA record's address as text. */
static inline int cr_address_text(int family, const unsigned char *data, char *text, socklen_t size) {
    return inet_ntop(family, data, text, size) == NULL ? -1 : 0;
}
#endif
