// libxml2 is built with ICU on Debian; its ICU types clash with Foundation's copy of ICU.
// Nothing Gazette reads needs them, so switch that part off before including the parser.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
