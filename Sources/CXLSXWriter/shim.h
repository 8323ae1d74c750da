// libxlsxwriter (libxlsxwriter-dev): writes Excel 2007+ XLSX files, for the board's and the
// evaluation's tables beside the CSV.
#include <xlsxwriter.h>
