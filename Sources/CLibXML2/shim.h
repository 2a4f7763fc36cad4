#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
/* The system libxml2 is built with ICU, and its encoding.h then includes the system's <unicode/ucnv.h>,
   whose enums clash with the ICU copy inside Foundation (_FoundationICU) in any Swift file importing
   both. gongkai never touches the ICU members of xmlCharEncodingHandler (only pointers to it), so the
   ICU part of the headers is left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/globals.h>

/* libxml2's generic error handler is variadic, which Swift cannot express: these wrappers install a
   handler that discards the message, so the forgiving HTML parser never prints to stderr. */
static inline void gongkai_xml_discard_error(void *ctx, const char *msg, ...) {
    (void)ctx;
    (void)msg;
}

/* Silences libxml2's fallback error printing for the calling thread and for threads started later. */
static inline void gongkai_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, gongkai_xml_discard_error);
    xmlThrDefSetGenericErrorFunc(NULL, gongkai_xml_discard_error);
}
#endif
