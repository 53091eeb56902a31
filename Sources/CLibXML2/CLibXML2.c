#include "CLibXML2.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <string.h>

// The headers give the types and the structure layouts; every function is called through a pointer from dlsym.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

// The library these headers belong to: libxml2 2.14 changed its ABI and its soname.
#if defined(__APPLE__)
#define CC_LIBXML2_NAME "libxml2.2.dylib"
#elif LIBXML_VERSION >= 21400
#define CC_LIBXML2_NAME "libxml2.so.16"
#else
#define CC_LIBXML2_NAME "libxml2.so.2"
#endif

/// The libxml2 functions used here, resolved once by `cc_xmlOpen`.
static struct {
    __typeof__(&xmlInitParser) initParser;
    __typeof__(&xmlSetGenericErrorFunc) setGenericErrorFunc;
    __typeof__(&xmlSetStructuredErrorFunc) setStructuredErrorFunc;
    __typeof__(&xmlFindCharEncodingHandler) findCharEncodingHandler;
    __typeof__(&xmlCharEncInFunc) charEncInFunc;
    __typeof__(&xmlCharEncCloseFunc) charEncCloseFunc;
    __typeof__(&xmlBufferCreateSize) bufferCreateSize;
    __typeof__(&xmlBufferAdd) bufferAdd;
    __typeof__(&xmlBufferLength) bufferLength;
    __typeof__(&xmlBufferShrink) bufferShrink;
    __typeof__(&xmlBufferDetach) bufferDetach;
    __typeof__(&xmlBufferFree) bufferFree;
    __typeof__(&htmlCreateMemoryParserCtxt) createMemoryParserCtxt;
    __typeof__(&htmlCtxtUseOptions) ctxtUseOptions;
    __typeof__(&xmlSwitchEncoding) switchEncoding;
    __typeof__(&htmlParseDocument) parseDocument;
    __typeof__(&xmlFreeDoc) freeDoc;
    __typeof__(&htmlFreeParserCtxt) freeParserCtxt;
    /// libxml2's deallocator (a global variable holding a function pointer).
    xmlFreeFunc *freeFunction;
} cc_xml;

static pthread_once_t cc_xmlOnce = PTHREAD_ONCE_INIT;
static int cc_xmlReady = 0;

/// Swallows libxml2's generic error reports (encoding and I/O errors bypass the parser's own error switches).
static void cc_xmlSilentError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

#define CC_RESOLVE(member, symbol)                                       \
    cc_xml.member = (__typeof__(cc_xml.member))dlsym(library, #symbol); \
    if (cc_xml.member == NULL) return;

/// Loads libxml2, resolves every function and initialises the parser (its first-use initialisation is not
/// thread-safe); leaves `cc_xmlReady` at 0 when anything is missing.
static void cc_xmlOpen(void) {
    void *library = dlopen(CC_LIBXML2_NAME, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return;
    CC_RESOLVE(initParser, xmlInitParser)
    CC_RESOLVE(setGenericErrorFunc, xmlSetGenericErrorFunc)
    CC_RESOLVE(setStructuredErrorFunc, xmlSetStructuredErrorFunc)
    CC_RESOLVE(findCharEncodingHandler, xmlFindCharEncodingHandler)
    CC_RESOLVE(charEncInFunc, xmlCharEncInFunc)
    CC_RESOLVE(charEncCloseFunc, xmlCharEncCloseFunc)
    CC_RESOLVE(bufferCreateSize, xmlBufferCreateSize)
    CC_RESOLVE(bufferAdd, xmlBufferAdd)
    CC_RESOLVE(bufferLength, xmlBufferLength)
    CC_RESOLVE(bufferShrink, xmlBufferShrink)
    CC_RESOLVE(bufferDetach, xmlBufferDetach)
    CC_RESOLVE(bufferFree, xmlBufferFree)
    CC_RESOLVE(createMemoryParserCtxt, htmlCreateMemoryParserCtxt)
    CC_RESOLVE(ctxtUseOptions, htmlCtxtUseOptions)
    CC_RESOLVE(switchEncoding, xmlSwitchEncoding)
    CC_RESOLVE(parseDocument, htmlParseDocument)
    CC_RESOLVE(freeDoc, xmlFreeDoc)
    CC_RESOLVE(freeParserCtxt, htmlFreeParserCtxt)
    CC_RESOLVE(freeFunction, xmlFree)
    if (*cc_xml.freeFunction == NULL) return;
    cc_xml.initParser();
    cc_xmlReady = 1;
}

int cc_xmlLoad(void) {
    pthread_once(&cc_xmlOnce, cc_xmlOpen);
    return cc_xmlReady;
}

void cc_xmlFree(void *pointer) {
    if (pointer != NULL && cc_xmlLoad()) (*cc_xml.freeFunction)(pointer);
}

/// Silences libxml2's global error channels for the calling thread.
static void cc_xmlSilenceErrors(void) {
    cc_xml.setGenericErrorFunc(NULL, cc_xmlSilentError);
    cc_xml.setStructuredErrorFunc(NULL, NULL);
}

unsigned char *cc_xmlConvertToUTF8(const char *encoding, const unsigned char *input, int length, int *outLength) {
    *outLength = 0;
    if (!cc_xmlLoad()) return NULL;
    cc_xmlSilenceErrors();
    xmlCharEncodingHandlerPtr handler = cc_xml.findCharEncodingHandler(encoding);
    if (handler == NULL) return NULL;
    xmlBufferPtr in = cc_xml.bufferCreateSize((size_t)length + 1);
    xmlBufferPtr out = cc_xml.bufferCreateSize((size_t)length * 2 + 16);
    if (in == NULL || out == NULL) {
        if (in != NULL) cc_xml.bufferFree(in);
        if (out != NULL) cc_xml.bufferFree(out);
        cc_xml.charEncCloseFunc(handler);
        return NULL;
    }
    cc_xml.bufferAdd(in, input, length);
    static const xmlChar replacement[3] = {0xEF, 0xBF, 0xBD};
    while (cc_xml.bufferLength(in) > 0) {
        int before = cc_xml.bufferLength(in);
        cc_xml.charEncInFunc(handler, out, in);
        if (cc_xml.bufferLength(in) == before) {
            // No progress: an undecodable or incomplete sequence starts here.
            cc_xml.bufferAdd(out, replacement, 3);
            cc_xml.bufferShrink(in, 1);
        }
    }
    cc_xml.charEncCloseFunc(handler);
    cc_xml.bufferFree(in);
    *outLength = cc_xml.bufferLength(out);
    unsigned char *result = cc_xml.bufferDetach(out);
    cc_xml.bufferFree(out);
    return result;
}

int cc_htmlSAXParseMemory(const char *buffer, int size, const cc_html_callbacks *callbacks, void *context) {
    if (!cc_xmlLoad()) return -1;
    cc_xmlSilenceErrors();
    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = (startElementSAXFunc)callbacks->start_element;
    sax.endElement = (endElementSAXFunc)callbacks->end_element;
    sax.characters = (charactersSAXFunc)callbacks->characters;
    sax.ignorableWhitespace = (ignorableWhitespaceSAXFunc)callbacks->characters;
    sax.cdataBlock = (cdataBlockSAXFunc)callbacks->cdata_block;
    htmlParserCtxtPtr ctxt = cc_xml.createMemoryParserCtxt(buffer, size);
    if (ctxt == NULL) return -1;
    cc_xml.ctxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                    HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
    // The input is UTF-8; without this libxml2 guesses ISO-8859-1 at the first non-ASCII byte.
    cc_xml.switchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    if (ctxt->sax != NULL) (*cc_xml.freeFunction)(ctxt->sax);
    ctxt->sax = &sax;
    ctxt->userData = context;
    cc_xml.parseDocument(ctxt);
    ctxt->sax = NULL;
    ctxt->userData = NULL;
    if (ctxt->myDoc != NULL) {
        cc_xml.freeDoc(ctxt->myDoc);
        ctxt->myDoc = NULL;
    }
    cc_xml.freeParserCtxt(ctxt);
    return 0;
}
