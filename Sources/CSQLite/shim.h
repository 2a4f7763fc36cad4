#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H
// The system SQLite, used only by the benchmark to time the same questions side by side.
#include <sqlite3.h>
#endif
