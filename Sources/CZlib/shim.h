// zlib, for the FlateDecode streams of the PDFs PowerDesk writes.
#include <zlib.h>
