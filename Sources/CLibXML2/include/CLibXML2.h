#ifndef CROSSCHECK_CLIBXML2_H
#define CROSSCHECK_CLIBXML2_H

// libxml2 for the HTML parser and the character-set converters, loaded with dlopen on first use so that the commands
// that never read HTML (`crosscheck diff` on text files above all) do not pay at start-up for loading and relocating
// libxml2 and what it links (ICU, liblzma, libstdc++). This header declares no libxml2 types, so the modules that
// import it need none of libxml2's headers; the callback types below have the same C signatures as libxml2's SAX
// callbacks (`xmlChar` is `unsigned char`).

/// Called for an opening tag with its name and a NULL-terminated list of attribute names and values.
typedef void (*cc_html_start_element)(void *context, const unsigned char *name, const unsigned char **attributes);
/// Called for a closing tag (also for the tags libxml2 closes itself).
typedef void (*cc_html_end_element)(void *context, const unsigned char *name);
/// Called for text (`length` bytes of UTF-8, not NUL-terminated).
typedef void (*cc_html_characters)(void *context, const unsigned char *text, int length);

/// The events `cc_htmlSAXParseMemory` reports; a NULL member ignores its event.
typedef struct cc_html_callbacks {
    cc_html_start_element start_element;
    cc_html_end_element end_element;
    /// Text and ignorable white space.
    cc_html_characters characters;
    /// The raw text of `<script>` and `<style>` elements.
    cc_html_characters cdata_block;
} cc_html_callbacks;

/// Loads libxml2 and initialises its parser, once per process (thread-safe).
/// Returns 1 when libxml2 is ready, 0 when it could not be loaded.
int cc_xmlLoad(void);

/// Parses a UTF-8 HTML document from memory, reporting it only through `callbacks` (no libxml2 tree is built).
///
/// A `<meta charset>` inside the document is ignored because the caller has already decoded it to UTF-8. Errors and
/// warnings are suppressed, the network is never touched, and the parser recovers from any malformed markup.
/// Returns 0 on success, -1 when libxml2 is not available or no parser could be made.
int cc_htmlSAXParseMemory(const char *buffer, int size, const cc_html_callbacks *callbacks, void *context);

/// Converts text in the named character set to UTF-8 through libxml2's converters (iconv), replacing every byte that
/// cannot be decoded with U+FFFD. Returns a buffer to release with `cc_xmlFree`, or NULL when the character set is
/// unknown (or libxml2 is not available); `*outLength` receives its length.
unsigned char *cc_xmlConvertToUTF8(const char *encoding, const unsigned char *input, int length, int *outLength);

/// Releases a buffer returned by `cc_xmlConvertToUTF8` (libxml2's `xmlFree`).
void cc_xmlFree(void *pointer);

#endif
