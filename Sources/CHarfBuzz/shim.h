// HarfBuzz's subsetter, to cut OpenType fonts with CFF outlines down to the glyphs a PDF uses.
#include <hb.h>
#include <hb-subset.h>
