// The system's libcrypto (OpenSSL), for SHA-256 only: its EVP digest interface, which
// OpenSSL 3 does not mark deprecated.
#include <openssl/evp.h>
