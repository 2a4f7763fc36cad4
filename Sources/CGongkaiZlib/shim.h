#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H
/* The system zlib (named apart from ZIPFoundation's CZlib, which the tests link), for inflating the parts of a .docx (Readers/Zip/ZipInflater.swift). */
#include <zlib.h>
#endif
