#ifndef CROSSCHECK_CLIBXML2_SHIM_H
#define CROSSCHECK_CLIBXML2_SHIM_H

// libxml2 built with ICU pulls <unicode/ucnv.h> into encoding.h, whose ICU types clash with the copy of ICU that
// Foundation ships. Nothing here touches the ICU-only fields, so read the version header and drop the switch first.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

/// `xmlFree` is a macro over a global function pointer; Swift cannot call it.
static inline void cc_xmlFree(void *pointer) {
    xmlFree(pointer);
}

/// Swallows libxml2's generic error reports (encoding and I/O errors bypass the parser's own error switches).
static inline void cc_xmlSilentError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/// Silences libxml2's global error channels for the calling thread.
static inline void cc_xmlSilenceErrors(void) {
    xmlSetGenericErrorFunc(NULL, cc_xmlSilentError);
    xmlSetStructuredErrorFunc(NULL, NULL);
}

/// Converts text in the named character set to UTF-8 through libxml2's converters (iconv), replacing every byte that
/// cannot be decoded with U+FFFD. Returns a buffer to release with `cc_xmlFree`, or NULL when the character set is
/// unknown; `*outLength` receives its length.
static inline unsigned char *cc_xmlConvertToUTF8(const char *encoding, const unsigned char *input, int length,
                                                 int *outLength) {
    *outLength = 0;
    cc_xmlSilenceErrors();
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(encoding);
    if (handler == NULL) return NULL;
    xmlBufferPtr in = xmlBufferCreateSize((size_t)length + 1);
    xmlBufferPtr out = xmlBufferCreateSize((size_t)length * 2 + 16);
    if (in == NULL || out == NULL) {
        if (in != NULL) xmlBufferFree(in);
        if (out != NULL) xmlBufferFree(out);
        xmlCharEncCloseFunc(handler);
        return NULL;
    }
    xmlBufferAdd(in, input, length);
    static const xmlChar replacement[3] = {0xEF, 0xBF, 0xBD};
    while (xmlBufferLength(in) > 0) {
        int before = xmlBufferLength(in);
        xmlCharEncInFunc(handler, out, in);
        if (xmlBufferLength(in) == before) {
            // No progress: an undecodable or incomplete sequence starts here.
            xmlBufferAdd(out, replacement, 3);
            xmlBufferShrink(in, 1);
        }
    }
    xmlCharEncCloseFunc(handler);
    xmlBufferFree(in);
    *outLength = xmlBufferLength(out);
    unsigned char *result = xmlBufferDetach(out);
    xmlBufferFree(out);
    return result;
}

/// Parses a UTF-8 HTML document from memory, reporting it only through `sax` (no libxml2 tree is built).
///
/// A `<meta charset>` inside the document is ignored because the caller has already decoded it to UTF-8. Errors and
/// warnings are suppressed, the network is never touched, and the parser recovers from any malformed markup.
/// Returns 0 on success, -1 when no parser could be made.
static inline int cc_htmlSAXParseMemory(const char *buffer, int size, htmlSAXHandlerPtr sax, void *userData) {
    cc_xmlSilenceErrors();
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(buffer, size);
    if (ctxt == NULL) return -1;
    htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                 HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
    // The input is UTF-8; without this libxml2 guesses ISO-8859-1 at the first non-ASCII byte.
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    if (ctxt->sax != NULL) xmlFree(ctxt->sax);
    ctxt->sax = sax;
    ctxt->userData = userData;
    htmlParseDocument(ctxt);
    ctxt->sax = NULL;
    ctxt->userData = NULL;
    if (ctxt->myDoc != NULL) {
        xmlFreeDoc(ctxt->myDoc);
        ctxt->myDoc = NULL;
    }
    htmlFreeParserCtxt(ctxt);
    return 0;
}

#endif
