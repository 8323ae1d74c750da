// GMime 3 (libgmime-3.0-dev), the GNOME project's MIME library: parses Maildir messages and mbox
// files, decodes RFC 2047 headers and transfer encodings, converts charsets (GB2312, GBK, GB18030)
// to UTF-8. GObject's cast and type-check macros do not import into Swift, so they are wrapped.
#include <gmime/gmime.h>

static inline int cgmime_is_part(GMimeObject *object) { return GMIME_IS_PART(object); }
static inline int cgmime_is_text_part(GMimeObject *object) { return GMIME_IS_TEXT_PART(object); }
static inline int cgmime_is_multipart(GMimeObject *object) { return GMIME_IS_MULTIPART(object); }
static inline GMimePart *cgmime_part(GMimeObject *object) { return GMIME_PART(object); }
static inline GMimeTextPart *cgmime_text_part(GMimeObject *object) { return GMIME_TEXT_PART(object); }
static inline GMimeStreamMem *cgmime_stream_mem(GMimeStream *stream) { return GMIME_STREAM_MEM(stream); }
static inline const char *cgmime_mailbox_address(InternetAddress *address) {
    return INTERNET_ADDRESS_IS_MAILBOX(address) ? internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)) : NULL;
}
static inline void cgmime_unref(void *object) { g_object_unref(object); }
static inline void cgmime_free(void *memory) { g_free(memory); }
