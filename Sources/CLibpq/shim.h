#ifndef POWERDESK_CLIBPQ_SHIM_H
#define POWERDESK_CLIBPQ_SHIM_H
/* libpq, PostgreSQL's own C client (Debian: libpq-dev). Its headers live under
   /usr/include/postgresql, which SwiftPM does not search; libpq-fe.h includes postgres_ext.h
   with quotes, found beside it. */
#include <postgresql/libpq-fe.h>
#endif
