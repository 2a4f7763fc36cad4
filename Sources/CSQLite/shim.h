#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H
// The system SQLite: the benchmark times the same questions on it; exports write .sqlite files with it;
// the query tests use it as an oracle.
#include <sqlite3.h>
#endif
