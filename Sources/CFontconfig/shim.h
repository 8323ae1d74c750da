// fontconfig, to find installed fonts by family, language and character coverage.
#include <fontconfig/fontconfig.h>
